package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;

import java.util.List;
import java.util.Set;

/**
 * TREATY_ACTION: "<state> signed|ratified|acceded to|became a party to <treaty>[ and <treaty>]", the passive
 * "<treaty> was ratified at ... of the <national body>", with "respectively" pairing treaties and dates.
 */
public final class TreatyActionRule implements Rule {

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are");
    private static final int MAX_GAP = 2;

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        Mention previousActor = null;
        for (CueMatch cue : v.cues(CueKind.TREATY)) {
            String action = cue.value(CueKind.TREATY);
            int clauseEnd = v.clauseEnd(cue.tokEnd());
            boolean passive = isPassive(v, cue.tokStart());
            List<Mention> treaties;
            Mention actor;
            Mention body = null;
            if (!passive) {
                Mention first = v.firstRight(cue.tokEnd(), Math.min(clauseEnd, cue.tokEnd() + MAX_GAP + 1), Roles.TREATY);
                if (first == null && (v.tokenIs(cue.tokEnd(), "it") || v.tokenIs(cue.tokEnd(), "them"))) {
                    first = treatyPronoun(v, cue);
                }
                if (first == null) {
                    continue;
                }
                treaties = first.inferred() && v.tokenIs(cue.tokEnd(), "them") ? themTreaties(v, cue, first)
                        : v.coordinatedRight(first, Roles.TREATY);
                actor = v.nearestLeft(cue.tokStart(), Roles.STATE_ACTOR);
                if (actor == null) {
                    actor = previousActor;
                }
                if (actor != null && actor.kind() == MentionKind.NATIONAL_BODY) {
                    body = actor;
                    actor = actor.withId(actor.country(), MentionKind.STATE);
                }
            } else {
                Mention last = v.nearestLeft(cue.tokStart(), Roles.TREATY);
                if (last == null) {
                    continue;
                }
                treaties = v.coordinatedLeft(last, Roles.TREATY);
                body = v.firstRight(cue.tokEnd(), clauseEnd, m -> m.kind() == MentionKind.NATIONAL_BODY);
                Mention byState = v.firstRight(cue.tokEnd(), clauseEnd, m -> m.kind() == MentionKind.STATE
                        && v.tokenIs(m.tokStart() - 1, "by"));
                if (body != null) {
                    actor = body.withId(body.country(), MentionKind.STATE);
                } else if (byState != null) {
                    actor = byState;
                } else {
                    actor = null;
                }
            }
            if (actor == null || actor.id() == null) {
                continue;
            }
            previousActor = actor;
            List<DateMention> dates = v.datesIn(v.clauseStart(cue.tokStart()), clauseEnd).stream()
                    .filter(d -> d.iso() != null).toList();
            boolean pairwise = v.respectively() && treaties.size() > 1 && dates.size() == treaties.size();
            DateMention near = v.nearestDate(cue.tokStart());
            for (int i = 0; i < treaties.size(); i++) {
                Mention treaty = treaties.get(i);
                if (treaty.id() == null) {
                    continue;
                }
                FactDraft fact = new FactDraft(FactType.TREATY_ACTION).subKind(action)
                        .code("action", action).entity("actor", actor).entity("treaty", treaty);
                if (body != null) {
                    fact.entity("body", body);
                }
                DateMention date = pairwise ? dates.get(i) : near;
                fact.date(date == null ? null : date.iso(), false);
                out.add(fact);
            }
        }
    }

    /** "signed the Convention ... and ratified it": the treaty named last. */
    private static Mention treatyPronoun(SentenceView v, CueMatch cue) {
        Mention named = v.nearestLeft(cue.tokStart(), Roles.TREATY);
        String id = named != null ? named.id() : v.discourse.lastTreaty();
        if (id == null) {
            return null;
        }
        var pronoun = v.token(cue.tokEnd());
        return new Mention(MentionKind.TREATY, id, cue.tokEnd(), cue.tokEnd() + 1, pronoun.start(), pronoun.end(),
                pronoun.text(), null, null, true);
    }

    /** "ratified them": the treaties of the sentence so far, else the last pair. */
    private static List<Mention> themTreaties(SentenceView v, CueMatch cue, Mention pronoun) {
        List<Mention> named = v.mentionsIn(v.clauseStart(cue.tokStart()), cue.tokStart(), Roles.TREATY);
        if (named.size() >= 2) {
            return named.stream().map(m -> m.widenTo(pronoun)).toList();
        }
        List<String> pair = v.discourse.treatyPair();
        if (pair.size() >= 2) {
            return pair.stream().map(id -> pronoun.withId(id, MentionKind.TREATY)).toList();
        }
        return List.of(pronoun);
    }

    private static boolean isPassive(SentenceView v, int tok) {
        for (int i = tok - 1; i >= Math.max(0, tok - 4); i--) {
            if (v.token(i).is(",") || v.token(i).is(";")) {
                return false;
            }
            if (PASSIVE.contains(v.token(i).norm())) {
                return true;
            }
        }
        return false;
    }
}
