package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;

/**
 * Acts of states listed on one treaty: each state with its date in brackets, states named after a count, "the accession
 * of Benin and Gabon to", a state's act on the treaty in view, and a second state that did the same act on a later date.
 */
final class StatesActingOnOneTreaty {

    private StatesActingOnOneTreaty() {
    }

    /**
     * "in 2008 the instrument was ratified by Mexico (18 March), Honduras (1 April), France (23 September) and Bolivia
     * (17 December)": one act of each state listed with its date in brackets, of the treaty the sentence or the text
     * names. The cue read, else null.
     */
    static CueMatch statesWithTheirDates(SentenceView v, List<FactDraft> out) {
        for (CueMatch cue : v.cues(CueKind.TREATY)) {
            String action = cue.value(CueKind.TREATY);
            if (!("RATIFICATION".equals(action) || "ACCESSION".equals(action) || "SIGNATURE".equals(action))
                    || !v.tokenIs(cue.tokEnd(), "by")) {
                continue;
            }
            List<Mention> states = new ArrayList<>();
            List<DateMention> dates = new ArrayList<>();
            int k = cue.tokEnd() + 1;
            while (k < v.tokens.size()) {
                final int at = v.tokenIs(k, "the") ? k + 1 : k;
                Mention state = v.firstRight(at, at + 1, m -> m.kind() == MentionKind.STATE && m.id() != null && m.tokStart() == at);
                if (state == null || !v.tokenIs(state.tokEnd(), "(")) {
                    break;
                }
                int close = v.findWord(")", state.tokEnd(), Math.min(v.tokens.size(), state.tokEnd() + 6));
                DateMention date = close < 0 ? null : v.datesIn(state.tokEnd() + 1, close).stream()
                        .filter(d -> d.iso() != null).findFirst().orElse(null);
                if (date == null) {
                    break;
                }
                states.add(state);
                dates.add(date);
                k = close + 1;
                k = v.pastListJoint(k);
            }
            if (states.size() < 2) {
                continue;
            }
            Mention named = TreatiesNamed.treatyOrTheTexts(v, v.nearestLeft(cue.tokStart(), Roles.TREATY), cue);
            if (named == null) {
                continue;
            }
            for (int i = 0; i < states.size(); i++) {
                out.add(TreatyActionRule.act(action, states.get(i), named, dates.get(i)));
            }
            return cue;
        }
        return null;
    }

    /**
     * "Twenty States sign on the first day, among them Austria, Belgium, ... and Uruguay": the states named after the
     * count, each its own act, of the treaty the sentence or the text names, on the sentence's date. The cue read, else
     * null.
     */
    static CueMatch countedThenNamed(SentenceView v, List<FactDraft> out) {
        for (CueMatch cue : v.cues(CueKind.TREATY)) {
            int k = cue.tokStart() - 1;
            if (!(v.tokenIs(k, "states") || v.tokenIs(k, "countries")) || k < 1
                    || !(v.token(k - 1).isNumber() || v.kb.cardinal(v.token(k - 1).norm()) != null)) {
                continue;
            }
            int among = -1;
            for (int i = cue.tokEnd(); i + 1 < v.tokens.size(); i++) {
                if (v.tokenIs(i, "among") && v.tokenIs(i + 1, "them")) {
                    among = i + 2;
                    break;
                }
                if (v.tokenIs(i, "including")) {
                    among = i + 1;
                    break;
                }
            }
            if (among < 0) {
                continue;
            }
            final int from = among;
            Mention first = v.firstRight(from, Math.min(v.tokens.size(), from + 2), m -> m.kind() == MentionKind.STATE);
            if (first == null) {
                continue;
            }
            Mention treaty = v.firstRight(cue.tokEnd(), among, Roles.TREATY);
            if (treaty == null) {
                treaty = v.nearestLeft(cue.tokStart(), Roles.TREATY);
            }
            Mention named = TreatiesNamed.treatyOrTheTexts(v, treaty, cue);
            if (named == null) {
                continue;
            }
            DateMention date = v.nearestDate(cue.tokStart());
            // "28 February 2012 - The Protocol is opened for signature ... . Twenty States sign on the first day": that day
            String day = date != null ? date.iso() : v.dates.isEmpty() && v.discourse.lastDay() != null
                    ? v.discourse.lastDay().iso() : null;
            for (Mention state : v.coordinatedRight(first, m -> m.kind() == MentionKind.STATE)) {
                if (state.id() == null) {
                    continue;
                }
                String action = cue.value(CueKind.TREATY);
                FactDraft fact = new FactDraft(FactType.TREATY_ACTION).subKind(action).code("action", action)
                        .entity("actor", state).entity("treaty", named);
                fact.date(day, false);
                out.add(fact);
            }
            return cue;
        }
        return null;
    }

    /**
     * "welcomed the accession of Benin and Gabon to the Second Optional Protocol ..., in July 2012 and April 2014,
     * respectively": one act of each state, each with its date where "respectively" pairs them, else the one date.
     */
    static boolean severalStatesOf(SentenceView v, CueMatch cue, String action, List<FactDraft> out) {
        if (!v.tokenIs(cue.tokEnd() - 1, "of")) {
            return false;
        }
        Mention first = v.firstRight(cue.tokEnd(), cue.tokEnd() + 2, m -> m.kind() == MentionKind.STATE);
        if (first == null) {
            return false;
        }
        List<Mention> states = v.coordinatedRight(first, m -> m.kind() == MentionKind.STATE);
        int to = states.get(states.size() - 1).tokEnd();
        if (states.size() < 2 || !v.tokenIs(to, "to")) {
            return false;
        }
        int ce = v.clauseEnd(to);
        Mention treaty = v.firstRight(to + 1, Math.min(ce, to + 3), Roles.TREATY);
        if (treaty == null || treaty.id() == null) {
            return false;
        }
        int respectively = v.findWord("respectively", treaty.tokEnd(), ce); // dates up to it, not a later clause's
        List<DateMention> dates = v.datesIn(treaty.tokEnd(), respectively > 0 ? respectively : ce).stream()
                .filter(d -> d.iso() != null).toList();
        boolean paired = v.respectively() && dates.size() == states.size();
        for (int k = 0; k < states.size(); k++) {
            DateMention date = paired ? dates.get(k) : dates.size() == 1 ? dates.get(0) : null;
            out.add(TreatyActionRule.act(action, states.get(k), treaty, date));
        }
        return true;
    }

    /**
     * "the Convention now had 196 States parties, following the accession of South Sudan on 23 January 2015 and the
     * ratification by Somalia on 1 October 2015": a state's act written with its date and no treaty of its own, on the
     * treaty the sentence named before (else the treaty of the committee whose text this is).
     */
    static boolean actOfAStateOnTheTreatyInView(SentenceView v, CueMatch cue, String action, List<FactDraft> out) {
        if (cue.tokEnd() - cue.tokStart() != 2 || !v.kb.words("treaty-action-nominals").contains(v.token(cue.tokStart()).norm())
                || !(v.tokenIs(cue.tokEnd() - 1, "of") || v.tokenIs(cue.tokEnd() - 1, "by"))) {
            return false;
        }
        Mention state = v.firstRight(cue.tokEnd(), cue.tokEnd() + 2, m -> m.kind() == MentionKind.STATE && m.id() != null);
        if (state == null || !(v.tokenIs(state.tokEnd(), "on") || v.tokenIs(state.tokEnd(), "in"))) {
            return false;
        }
        final int dateAt = state.tokEnd() + 1;
        DateMention date = v.dates.stream().filter(d -> v.tokenAt(d.start()) == dateAt && d.iso() != null).findFirst()
                .orElse(null);
        int after = date == null ? -1 : v.tokenAt(date.end() - 1) + 1;
        if (date == null || v.tokenIs(after, "to") || v.tokenIs(after, "of")
                || v.firstRight(after, v.clauseEnd(after), Roles.TREATY) != null && !v.tokenIs(after, "and")) {
            return false; // "the accession of X on 2 May 2019 to the Convention": the treaty is named after all
        }
        Mention treaty = v.nearestLeft(cue.tokStart(), Roles.TREATY);
        if (treaty == null && v.discourse.committeeTreaty() != null) {
            treaty = v.inferred(MentionKind.TREATY, v.discourse.committeeTreaty(), cue.tokStart(), cue.tokEnd());
        }
        if (treaty == null || treaty.id() == null) {
            return false;
        }
        out.add(TreatyActionRule.act(action, state, treaty, date));
        return true;
    }

    /**
     * "On 8 May 1991 it acceded to the Convention on the Rights of the Child, and on 20 September 2006 to both Optional
     * Protocols thereto": the act of the first clause again, its verb left out, on the treaties and date of the second.
     */
    static void gappedTreaties(SentenceView v, int before, List<FactDraft> out) {
        FactDraft act = soleAct(before, out);
        if (act == null) {
            return;
        }
        for (int k = 1; k + 3 < v.tokens.size(); k++) {
            if (!v.tokenIs(k, "and") || !(v.tokenIs(k + 1, "on") || v.tokenIs(k + 1, "in"))) {
                continue;
            }
            DateMention date = dateStartingAt(v, k + 2);
            int after = date == null ? -1 : v.tokenAt(date.end() - 1) + 1;
            if (date == null || !(v.tokenIs(after, "to") || v.tokenIs(after, "of"))) {
                continue;
            }
            Mention first = v.firstRight(after + 1, Math.min(v.tokens.size(), after + 3), Roles.TREATY);
            if (first == null) {
                continue;
            }
            for (Mention treaty : TreatiesNamed.withSameSpan(v, v.coordinatedRight(first, Roles.TREATY))) {
                if (treaty.id() != null) {
                    out.add(sameActOn(act, "treaty", treaty, date));
                }
            }
            return;
        }
    }

    /**
     * "Fiji had ratified the Convention on 19 August and Norway on 22 August": a second state after "and" with only a
     * date of its own did the same act on that date. Only where the sentence gave one act.
     */
    static void gappedActs(SentenceView v, int before, List<FactDraft> out) {
        FactDraft act = soleAct(before, out);
        if (act == null) {
            return;
        }
        for (int k = 1; k + 3 < v.tokens.size(); k++) {
            if (!v.tokenIs(k, "and")) {
                continue;
            }
            final int at = k + 1;
            Mention state = v.mentions.stream().filter(m -> m.tokStart() == at && m.kind() == MentionKind.STATE
                    && m.id() != null).findFirst().orElse(null);
            if (state == null || !(v.tokenIs(state.tokEnd(), "on") || v.tokenIs(state.tokEnd(), "in"))) {
                continue;
            }
            DateMention date = dateStartingAt(v, state.tokEnd() + 1);
            int after = date == null ? -1 : v.tokenAt(date.end() - 1) + 1;
            if (date == null || after < v.tokens.size() && !v.tokenIs(after, ".") && !v.tokenIs(after, ",")
                    && !v.tokenIs(after, ";")) {
                continue; // "and Norway on 22 August." ends there: no verb of its own
            }
            Object actor = act.fields().get("actor");
            if (actor instanceof io.rapporteur.contract.fact.EntityRef ref && state.id().equals(ref.id())) {
                continue;
            }
            out.add(sameActOn(act, "actor", state, date));
            return;
        }
    }

    /** The one act the sentence read (from {@code before} on), which a gapped clause repeats; null where not one. */
    private static FactDraft soleAct(int before, List<FactDraft> out) {
        return out.size() == before + 1 && out.get(before).type() == FactType.TREATY_ACTION ? out.get(before) : null;
    }

    /** The date (with an ISO form) whose first token is {@code tok}, else null. */
    private static DateMention dateStartingAt(SentenceView v, int tok) {
        return v.dates.stream().filter(d -> v.tokenAt(d.start()) == tok && d.iso() != null).findFirst().orElse(null);
    }

    /** The act {@code act} again, with another actor or treaty ({@code field}) and its own date: a gapped clause's. */
    private static FactDraft sameActOn(FactDraft act, String field, Mention other, DateMention date) {
        FactDraft again = act.copy();
        again.entity(field, other);
        again.date(date.iso(), false);
        return again;
    }
}
