package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TREATY_ACTION: "<state> signed|ratified|acceded to|became a party to <treaty>[ and <treaty>]", the passive
 * "<treaty> was ratified at ... of the <national body>", with "respectively" pairing treaties and dates.
 */
public final class TreatyActionRule implements Rule {

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are");
    private static final int MAX_GAP = 2;
    /** The most tokens of a counted object before its list: "three further international instruments:". */
    private static final int MAX_COUNTED_OBJECT = 6;

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        Discourse.OpenList list = v.discourse.openList();
        int item = v.listItemStart();
        if (list != null && item > 0 && item < v.tokens.size()) {
            // "(b) The ILO Domestic Workers Convention, 2011 (No. 189), ratified on 24 March 2014;": an item of the
            // list the last paragraph announced, by its state, with its own act where it names one
            itemsOfList(v, list.action(), v.impliedState(list.actor(), 0, item), item - 1, out);
            return;
        }
        v.discourse.openList(null);
        if (welcomedSteps(v, out)) {
            return; // read whole above
        }
        factSheetParticiples(v, out);
        CueMatch listed = statesWithTheirDates(v, out);
        if (listed == null) {
            listed = countedThenNamed(v, out);
        }
        Mention previousActor = null;
        for (CueMatch cue : v.cues(CueKind.TREATY)) {
            if (cue == listed) {
                continue; // read whole above
            }
            String action = cue.value(CueKind.TREATY);
            int clauseEnd = v.clauseEnd(cue.tokEnd());
            if (v.tokenIs(cue.tokEnd() - 1, "deposited") && v.tokenIs(cue.tokStart(), "the")) {
                instrumentOfTheTreatyJustNamed(v, cue, action, out);
                continue;
            }
            if (negated(v, cue)) {
                continue; // "has not ratified the Covenant": no action took place
            }
            if (v.kb.words("treaty-action-nominals").contains(v.token(cue.tokStart()).norm()) && !nominalTookPlace(v, cue)
                    && !welcomedList(v, cue)) {
                continue; // "issues including the ratification of the ICCPR": a subject of talks, not an act
            }
            // "The Convention entered into force for China on 31 August 2008": the treaty before, the state after "for"
            boolean forState = v.tokenIs(cue.tokEnd() - 1, "for");
            boolean passive = isPassive(v, cue.tokStart()) || forState;
            List<Mention> treaties;
            Mention actor;
            boolean relative = false;
            Mention body = null;
            if (v.token(cue.tokStart()).norm().endsWith("ing") && !frontedGerund(v, cue)
                    // "some two years after signing the Covenant in July 2015" (with a date of its own; not "nine years
                    // after signing it", dated only by the act it came before)
                    && !(v.tokenIs(cue.tokStart() - 1, "after") && !v.datesIn(cue.tokEnd(), v.clauseEnd(cue.tokEnd())).isEmpty())
                    && !v.kb.words("acts-that-ratify").contains(v.token(cue.tokStart() - 1) == null ? ""
                    : v.token(cue.tokStart() - 1).norm())) {
                // (but "the National Assembly adopted resolutions ratifying the Convention ...": the act itself)
                continue; // "the possibility of acceding to", "to consider ratifying": no act took place
            }
            if (severalStatesOf(v, cue, action, out) || actOfAStateOnTheTreatyInView(v, cue, action, out)) {
                continue;
            }
            // "the accession of Brunei Darussalam to the Convention ...": the state between the noun and the treaty
            Mention stateOf = v.tokenIs(cue.tokEnd() - 1, "of")
                    ? v.firstRight(cue.tokEnd(), cue.tokEnd() + 2, m -> m.kind() == MentionKind.STATE
                    || Roles.STATE_ACTOR.test(m) && v.tokenIs(m.tokEnd(), ",")) : null;
            int toAfterState = stateOf == null ? -1 : v.tokenIs(stateOf.tokEnd(), ",") ? afterAside(v, stateOf.tokEnd())
                    : stateOf.tokEnd(); // "the accession of the State party, on 23 January 2019, to the Convention"
            if (stateOf != null && !v.tokenIs(toAfterState, "to")) {
                stateOf = null;
            }
            int objectFrom = cue.tokEnd();
            if (stateOf != null && toAfterState > stateOf.tokEnd()) {
                objectFrom = toAfterState + 1;
            }
            if (cue.tokEnd() - cue.tokStart() == 1 && v.kb.words("treaty-action-nominals").contains(v.token(cue.tokStart()).norm())) {
                // "Tajikistan's ratification, on 22 March 2018, of the Convention", "Laos's ratification in 2012 of":
                // the bare noun, its date, then its treaty
                int of = datedGapBeforeObject(v, cue.tokEnd(), clauseEnd);
                if (of < 0) {
                    continue;
                }
                objectFrom = of + 1;
            }
            if (v.tokenIs(cue.tokEnd() - 1, "by")) { // "the ratification by the State party of the Convention"
                stateOf = v.firstRight(cue.tokEnd(), cue.tokEnd() + 2, Roles.STATE_ACTOR);
                int of = stateOf == null ? -1 : afterAside(v, stateOf.tokEnd());
                if (of < 0 || !(v.tokenIs(of, "of") || v.tokenIs(of, "to"))) {
                    continue;
                }
                objectFrom = of + 1;
            }
            if (objectFrom == cue.tokEnd() && !passive && (v.tokenIs(objectFrom, "in") || v.tokenIs(objectFrom, "on"))) {
                // "Kazakhstan acceded in August 1998 to the ...", "ratified on 2 May 2019 the ...": past the date
                final int at = objectFrom + 1;
                DateMention d = v.dates.stream().filter(m -> v.tokenAt(m.start()) == at).findFirst().orElse(null);
                int past = d == null ? -1 : v.tokenAt(d.end() - 1) + 1;
                if (past > 0 && v.tokenIs(past, "to")) {
                    past++;
                }
                if (past > 0 && v.firstRight(past, Math.min(clauseEnd, past + MAX_GAP + 1), Roles.TREATY) != null) {
                    objectFrom = past;
                }
            }
            if (objectFrom == cue.tokEnd() && v.tokenIs(objectFrom, ",") && !passive) {
                // "The Gambia ratified, on 28 September 2018, the International Convention ...": past a dated aside
                int after = afterAside(v, objectFrom);
                final int close = after - 1;
                boolean dated = after > objectFrom && v.datesIn(objectFrom, close).stream()
                        .anyMatch(d -> v.tokenAt(d.end() - 1) < close);
                objectFrom = dated ? after : objectFrom;
            }
            if (objectFrom == cue.tokEnd() && !passive && v.tokenIs(objectFrom, "on") && v.tokenIs(objectFrom + 1, "behalf")
                    && v.tokenIs(objectFrom + 2, "of")) {
                // "Deputy Prime Minister A signed on behalf of Kazakhstan the Second Optional Protocol ...": its state's act
                Mention behalf = v.firstRight(objectFrom + 3, objectFrom + 5, m -> m.kind() == MentionKind.STATE);
                if (behalf != null) {
                    stateOf = behalf;
                    objectFrom = v.tokenIs(behalf.tokEnd(), ",") ? behalf.tokEnd() + 1 : behalf.tokEnd();
                }
            }
            if (instrumentList(v, cue, objectFrom, action, out)) {
                continue;
            }
            if (!passive) {
                int treatyFrom = objectFrom > cue.tokEnd() ? objectFrom : stateOf != null ? stateOf.tokEnd() + 1 : cue.tokEnd();
                if (v.tokenIs(treatyFrom, "the") && v.tokenIs(treatyFrom + 1, "(") && v.tokenIs(treatyFrom + 3, ")")) {
                    treatyFrom += 4; // "Ratification of the (First) Optional Protocol to ...": past the bracketed word
                }
                // "ratified three further instruments: the Optional Protocol to ..., ...": the list after the colon
                int counted = v.findWord(":", treatyFrom, Math.min(v.tokens.size(), treatyFrom + MAX_COUNTED_OBJECT));
                if (counted > 0 && (v.tokenIs(counted - 1, "instruments") || v.tokenIs(counted - 1, "treaties")
                        || v.tokenIs(counted - 1, "conventions") || v.tokenIs(counted - 1, "protocols"))) {
                    treatyFrom = counted + 1;
                    clauseEnd = Math.max(clauseEnd, v.clauseEnd(counted + 1));
                }
                // "ratifying the Convention against Torture ..., which Viet Nam had signed in November 2013, and the
                // Convention on ...": the relative clause's verb is about its antecedent, not what follows it
                Mention antecedent = relativeAntecedent(v, cue);
                Mention first = antecedent != null ? null
                        : v.firstRight(treatyFrom, Math.min(clauseEnd, treatyFrom + MAX_GAP + 1), Roles.TREATY);
                if (antecedent != null) {
                    first = antecedent;
                    relative = true;
                }
                if (first == null && (v.tokenIs(cue.tokEnd(), "it") || v.tokenIs(cue.tokEnd(), "them"))) {
                    first = treatyPronoun(v, cue);
                }
                if (first == null) {
                    first = relativeAntecedent(v, cue);
                    relative = first != null;
                }
                if (first == null && "PARTY".equals(action) && !v.tokenIs(cue.tokEnd() - 1, "to")) {
                    first = v.nearestLeft(cue.tokStart(), Roles.TREATY); // "..., and China became a party on 31 August"
                }
                if (first == null && v.tokenIs(cue.tokEnd(), "and")) { // "signed and ratified the Convention in 1988"
                    CueMatch next = v.firstCue(CueKind.TREATY, cue.tokEnd() + 1, cue.tokEnd() + 2);
                    first = next == null ? null
                            : v.firstRight(next.tokEnd(), Math.min(clauseEnd, next.tokEnd() + MAX_GAP + 1), Roles.TREATY);
                }
                // (not "its instrument of ratification of the Framework Convention ...": a treaty the lexicon lacks)
                if (first == null && cue.tokEnd() - cue.tokStart() >= INSTRUMENT_PHRASE && !v.tokenIs(cue.tokEnd(), "of")
                        && !v.tokenIs(cue.tokEnd(), "to") && !v.tokenIs(cue.tokEnd() - 1, "of")
                        && !v.tokenIs(cue.tokEnd() - 1, "to")) {
                    first = instrumentTreaty(v, cue);
                }
                if (first == null) {
                    first = theTreatyOfTheText(v, cue, clauseEnd);
                }
                if (first == null) {
                    continue;
                }
                // "the CAT and the CRPD, which Viet Nam had signed in November 2013 and October 2007, respectively"
                treaties = first.inferred() && v.tokenIs(cue.tokEnd(), "them") ? themTreaties(v, cue, first)
                        : relative ? v.coordinatedLeft(first, Roles.TREATY) : withRepeatedTo(v, v.coordinatedRight(first, Roles.TREATY));
                treaties = withSameSpan(v, relative ? treaties : withTreatyAfterRelative(v, treaties));
                actor = stateOf != null ? stateOf : v.nearestLeft(cue.tokStart(), Roles.STATE_ACTOR);
                if (actor == null) { // "The instrument of ratification of <treaty> was deposited by Indonesia"
                    Mention lastTreaty = treaties.get(treaties.size() - 1);
                    actor = v.firstRight(lastTreaty.tokEnd(), clauseEnd, m -> m.kind() == MentionKind.STATE
                            && v.tokenIs(m.tokStart() - 1, "by"));
                }
                if (actor == null) {
                    actor = previousActor;
                }
                if (actor == null && legislatureAsSubject(v, cue)) {
                    // "the thirteenth National Assembly adopted resolutions ratifying ...": the legislature of the
                    // state the text is about
                    actor = v.mainState(cue);
                }
                if (actor == null && v.discourse.committee() != null && v.tokenIs(cue.tokStart() - 1, "the")
                        && v.firstRight(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE) == null) {
                    // a committee's concluding observations: "The Committee welcomes the ratification of the Rome
                    // Statute ...": by the State party under review
                    actor = v.mainState(cue);
                }
                if (actor == null && v.token(cue.tokStart()).norm().startsWith("instrument")
                        && v.findWord("deposited", cue.tokEnd(), v.tokens.size()) > 0
                        && v.mentionsIn(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE).isEmpty()) {
                    // "the instruments of accession to the two Covenants were deposited with the Secretary-General on
                    // 21 May 2018", in a state's own report: that state's
                    actor = v.mainState(cue);
                }
                if (actor == null && v.isTimelineDash(cue.tokStart() - 1)) {
                    actor = v.mainState(cue); // "25 May - Ratification of the ...": the timeline's state
                }
                if (actor == null && timelineEntry(v, cue)
                        && v.firstRight(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE) == null) {
                    // "12 February 2015 - The State Great Khural ratifies ...": a body the lexicon lacks, of the
                    // timeline's state
                    actor = v.mainState(cue);
                }
                if (actor == null || stateOf == null && actor.tokEnd() < cue.tokStart() - 2) {
                    // "On 2 October, Luanda deposited its instruments of ratification of ...": the capital for its state
                    // (the subject right before the verb, not a state named earlier: "The Swiss side acknowledged that
                    // Hanoi had ratified ...")
                    int verbAt = v.tokenIs(cue.tokStart() - 1, "has") || v.tokenIs(cue.tokStart() - 1, "had")
                            ? cue.tokStart() - 1 : cue.tokStart();
                    Mention city = v.nearestLeft(verbAt, m -> m.kind() == MentionKind.CITY && m.tokEnd() == verbAt
                            && m.country() != null && (m.tokStart() == 0 || v.tokenIs(m.tokStart() - 1, ",")
                            || v.tokenIs(m.tokStart() - 1, "that"))); // (also "acknowledged that Hanoi had ratified")
                    actor = city == null ? actor : city.withId(city.country(), MentionKind.STATE);
                }
                if (actor == null && frontedGerund(v, cue)) {
                    // "Since signing the ICCPR in October 1998, China has ...", "by acceding to the Optional Protocol on
                    // 16 April 1991, the State party recognized ...": the subject after the phrase
                    // (past the treaty's own commas: "the International Covenant on Economic, Social and Cultural Rights")
                    Mention named = v.firstRight(cue.tokEnd(), clauseEnd, Roles.TREATY);
                    int comma = v.findWord(",", named != null ? named.tokEnd() : cue.tokEnd(), v.tokens.size());
                    actor = comma < 0 ? null : v.firstRight(comma + 1, Math.min(v.tokens.size(), comma + 4), Roles.STATE_ACTOR);
                }
                if (actor != null && actor.kind() == MentionKind.NATIONAL_BODY) {
                    body = actor;
                    actor = actor.withId(actor.country(), MentionKind.STATE);
                } else if (actor != null) { // "the NPC Standing Committee approved China's accession to ..."
                    final String state = actor.id();
                    body = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.NATIONAL_BODY
                            && state != null && state.equals(m.country()));
                    final Mention decider = body;
                    if (decider != null && v.cues(CueKind.TREATY).stream().anyMatch(c -> c != cue
                            && c.tokStart() >= decider.tokEnd() && c.tokStart() < cue.tokStart()
                            && !v.mentionsIn(c.tokEnd(), cue.tokStart(), Roles.TREATY).isEmpty())) {
                        body = null; // the body decided an earlier act of the sentence, with its own treaty
                    }
                }
            } else {
                Mention last = v.nearestLeft(cue.tokStart(), Roles.TREATY);
                if (last == null || protocolsOf(v, last)) {
                    continue;
                }
                treaties = withSameSpan(v, v.coordinatedLeft(last, Roles.TREATY)); // also "Both Covenants were ratified"
                body = v.firstRight(cue.tokEnd(), clauseEnd, m -> m.kind() == MentionKind.NATIONAL_BODY);
                Mention byState = v.firstRight(cue.tokEnd(), clauseEnd, m -> m.kind() == MentionKind.STATE
                        && (v.tokenIs(m.tokStart() - 1, "by") || forState && m.tokStart() == cue.tokEnd()));
                if (byState == null) {
                    byState = stateOfInstrument(v, cue.tokEnd(), clauseEnd);
                }
                if (body != null) {
                    actor = body.withId(body.country(), MentionKind.STATE);
                } else if (byState != null) {
                    actor = byState;
                } else if (!forState && v.findWord("by", cue.tokEnd(), clauseEnd) < 0
                        && v.mentionsIn(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE).isEmpty()) {
                    // "the Convention on the Rights of the Child was ratified on 14 September 1990": by the state the
                    // text is about, where the sentence names no other
                    actor = v.mainState(cue);
                } else {
                    actor = null;
                }
            }
            if (actor == null || actor.id() == null) {
                continue;
            }
            if (passive) {
                elidedPassives(v, cue, action, actor, body, out);
            }
            previousActor = actor;
            // a relative clause's dates are its own: "..., which it had signed in 2013 and 2007, respectively"
            // (up to its "respectively": "..., which Viet Nam had signed on 7 November 2013 and 22 October 2007
            // respectively, were ratified ... on 28 November 2014")
            int respectively = relative ? v.findWord("respectively", cue.tokEnd(), clauseEnd) : -1;
            List<DateMention> dates = v.datesIn(relative ? cue.tokStart() : v.clauseStart(cue.tokStart()),
                            respectively > 0 ? respectively : clauseEnd)
                    .stream().filter(d -> d.iso() != null).toList();
            boolean pairwise = v.respectively() && treaties.size() > 1 && dates.size() == treaties.size();
            if (!pairwise && v.respectively() && treaties.size() > 1) {
                List<DateMention> paired = datesUpToRespectively(v, cue.tokEnd());
                if (paired.size() == treaties.size()) {
                    dates = paired;
                    pairwise = true;
                }
            }
            List<DateMention> ownDates = null;
            if (!passive && !pairwise && treaties.size() == 1) {
                List<DateMention> conjunctDates = new ArrayList<>();
                List<Mention> conjuncts = datedConjuncts(v, treaties.get(0), conjunctDates);
                if (conjuncts.size() > 1) {
                    treaties = conjuncts;
                    ownDates = conjunctDates;
                }
            }
            DateMention near = v.nearestDate(cue.tokStart());
            if (near == null && v.timelineDash() >= 0) {
                near = entryDate(v); // "29 June: accession to the ...; ratification of the ...": the entry's date
            }
            DateMention afterTreaty = treaties.size() == 1 ? dateRightAfter(v, treaties.get(0)) : null;
            if (near != null && afterTreaty != null && afterTreaty != near && treaties.get(0).tokStart() > cue.tokStart()
                    && v.tokenAt(near.start()) < cue.tokStart()
                    && v.findWord(",", v.tokenAt(near.start()), cue.tokStart()) >= 0) {
                // "... in 2017, which followed its accession to the Second Optional Protocol ... in March 2012"
                near = afterTreaty;
            }
            if (passive && near != null && v.tokenAt(near.start()) < cue.tokStart()
                    && v.findWord(",", v.tokenAt(near.start()), cue.tokStart()) >= 0) {
                // "A and B, which it had signed on ... and ... respectively, were ratified by the National Assembly on
                // 28 November 2014": the passive's own date, not one of the aside before it
                DateMention own = v.datesIn(cue.tokEnd(), clauseEnd).stream().filter(d -> d.iso() != null)
                        .findFirst().orElse(null);
                near = own != null ? own : near;
            }
            List<CueMatch> verbs = v.cues(CueKind.TREATY);
            List<DateMention> allDates = v.dates.stream().filter(d -> d.iso() != null).toList();
            if (!pairwise && ownDates == null && v.respectively() && verbs.size() > 1 && treaties.size() == 1
                    && allDates.size() == verbs.size()) {
                near = allDates.get(verbs.indexOf(cue)); // "signed and ratified it in 2012 and 2013 respectively"
            }
            // "Liberia and Madagascar became parties to ... in 2004 and 2015 respectively": each state, its own date
            List<Mention> actors = !passive && stateOf == null && body == null && actor.kind() == MentionKind.STATE
                    ? v.coordinatedLeft(actor, m -> m.kind() == MentionKind.STATE) : List.of(actor);
            boolean pairActors = !pairwise && ownDates == null && actors.size() > 1 && v.respectively()
                    && dates.size() == actors.size();
            for (int a = 0; a < actors.size(); a++) {
                for (int i = 0; i < treaties.size(); i++) {
                    Mention treaty = treaties.get(i);
                    if (treaty.id() == null) {
                        continue;
                    }
                    FactDraft fact = new FactDraft(FactType.TREATY_ACTION).subKind(action)
                            .code("action", action).entity("actor", actors.get(a)).entity("treaty", treaty);
                    if (body != null) {
                        fact.entity("body", body);
                    }
                    DateMention date = pairActors ? dates.get(a) : pairwise ? dates.get(i)
                            : ownDates != null ? ownDates.get(i) : near;
                    DateMention bracketed = bracketedDate(v, treaty);
                    if (bracketed != null && !pairActors && !pairwise && ownDates == null) {
                        date = bracketed; // "Ratification of the Convention ... (14 April) and of the ... (1 April)"
                    }
                    fact.date(date == null ? null : date.iso(), false);
                    out.add(fact);
                }
            }
        }
        gappedActs(v, before, out);
    }

    /** The date a chronology's entry opens with ("29 June: ..."), else null. */
    private static DateMention entryDate(SentenceView v) {
        List<DateMention> opening = v.datesIn(0, v.timelineDash()).stream().filter(d -> d.iso() != null).toList();
        return opening.isEmpty() ? null : opening.get(opening.size() - 1);
    }

    /**
     * The dates a "respectively" pairs with the treaties before it: "ratified the ILO Worst Forms of Child Labour
     * Convention, 1999 (No. 182) and the ILO Minimum Age Convention, 1973 (No. 138), in 2001 and 2004 respectively"
     * (not the years of the treaties' names), "signed A and B in 2001 and 2007, respectively, and the Standing
     * Committee ratified both instruments in 2008" (not a later clause's date, nor one before the verb).
     */
    private static List<DateMention> datesUpToRespectively(SentenceView v, int from) {
        int respectively = v.findWord("respectively", from, v.tokens.size());
        if (respectively < 0 || v.findWord("which", from, respectively) >= 0) {
            return List.of(); // (not "ratifying A and B, which it had signed on ... and ... respectively": the aside's)
        }
        return v.datesIn(from, respectively).stream()
                .filter(d -> d.iso() != null && !v.overlapsMention(v.tokenAt(d.start()), v.tokenAt(d.start()) + 1))
                .toList();
    }

    /**
     * "Fiji had ratified the Convention on 19 August and Norway on 22 August": a second state after "and" with only a
     * date of its own did the same act on that date. Only where the sentence gave one act.
     */
    private static void gappedActs(SentenceView v, int before, List<FactDraft> out) {
        if (out.size() != before + 1 || out.get(before).type() != FactType.TREATY_ACTION) {
            return;
        }
        FactDraft act = out.get(before);
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
            final int dateAt = state.tokEnd() + 1;
            DateMention date = v.dates.stream().filter(d -> v.tokenAt(d.start()) == dateAt && d.iso() != null)
                    .findFirst().orElse(null);
            int after = date == null ? -1 : v.tokenAt(date.end() - 1) + 1;
            if (date == null || after < v.tokens.size() && !v.tokenIs(after, ".") && !v.tokenIs(after, ",")
                    && !v.tokenIs(after, ";")) {
                continue; // "and Norway on 22 August." ends there: no verb of its own
            }
            Object actor = act.fields().get("actor");
            if (actor instanceof io.rapporteur.contract.fact.EntityRef ref && state.id().equals(ref.id())) {
                continue;
            }
            FactDraft other = act.copy();
            other.entity("actor", state);
            other.date(date.iso(), false);
            out.add(other);
            return;
        }
    }

    /** A day in brackets right after a treaty's name ("the Convention ... (14 April)"), or null. */
    private static DateMention bracketedDate(SentenceView v, Mention treaty) {
        int k = treaty.tokEnd();
        if (!v.tokenIs(k, "(")) {
            return null;
        }
        int close = v.findWord(")", k, Math.min(v.tokens.size(), k + 6));
        List<DateMention> inside = close < 0 ? List.of() : v.datesIn(k + 1, close);
        return inside.size() == 1 && inside.get(0).iso() != null && inside.get(0).iso().length() == 10 ? inside.get(0) : null;
    }

    /**
     * "acceded to the ICCPR (ICCPR) and its first Optional Protocol, to the ICESCR, and to the Convention against
     * Torture": a list that repeats its "to" goes on past it.
     */
    private static List<Mention> withRepeatedTo(SentenceView v, List<Mention> listed) {
        List<Mention> out = new ArrayList<>(listed);
        while (true) {
            Mention last = out.get(out.size() - 1);
            int k = last.tokEnd();
            Mention protocol = ownProtocol(v, last, k);
            if (protocol != null) { // "the ICCPR and its first Optional Protocol"
                out.add(protocol);
                k = protocol.tokEnd();
            }
            if (v.tokenIs(k, "(")) { // "the Convention ... (14 April) and of the ...": past the treaty's own date
                int close = v.findWord(")", k, Math.min(v.tokens.size(), k + 8));
                k = close > 0 && !v.datesIn(k, close).isEmpty() ? close + 1 : k;
            }
            if (v.tokenIs(k, ",")) {
                k++;
            }
            if (v.tokenIs(k, "and")) {
                k++;
            }
            // "accession to A and to B", "ratification of A (14 April) and of B (1 April)"
            if (k == out.get(out.size() - 1).tokEnd() || !(v.tokenIs(k, "to") || v.tokenIs(k, "of"))) {
                return out;
            }
            // (past a bracketed word: "and to the (First) Optional Protocol to the ...")
            int bracketed = v.tokenIs(k + 2, "(") && v.tokenIs(k + 4, ")") ? 3 : 0;
            Mention next = v.firstRight(k + 1, k + 3 + bracketed, Roles.TREATY);
            if (next == null) {
                return out;
            }
            out.addAll(v.coordinatedRight(next, Roles.TREATY));
        }
    }

    /**
     * "The Convention on the Rights of the Child was ratified on 14 September 1990, and the Convention on the
     * Elimination ... against Women on 22 April 1991", "..., and the Convention on the Rights of Persons with
     * Disabilities, together with its Optional Protocol, on 7 May 2010": the same act by the same state, the verb left
     * out, each treaty with its own date.
     */
    private static void elidedPassives(SentenceView v, CueMatch cue, String action, Mention actor, Mention body,
                                       List<FactDraft> out) {
        DateMention previous = v.datesIn(cue.tokEnd(), v.tokens.size()).stream().findFirst().orElse(null);
        while (previous != null) {
            int k = v.tokenAt(previous.end() - 1) + 1;
            boolean comma = v.tokenIs(k, ",");
            if (comma) {
                k++;
            }
            // (also a list's comma: "was ratified on 14 March 2016, the CRPD in June 2017, and ...")
            if (v.tokenIs(k, "and")) {
                k++;
            } else if (!comma) {
                return;
            }
            Mention treaty = v.firstRight(k, k + 2, Roles.TREATY);
            if (treaty == null || treaty.id() == null) {
                return;
            }
            List<Mention> treaties = new ArrayList<>(List.of(treaty));
            int at = treaty.tokEnd();
            // ", together with its Optional Protocol,"
            if (v.tokenIs(at, ",") && v.tokenIs(at + 1, "together") && v.tokenIs(at + 2, "with")) {
                Mention protocol = ownProtocol(v, treaty, at + 2);
                if (protocol == null && v.tokenIs(at + 3, "its") && v.tokenIs(at + 4, "optional")
                        && v.kb.optionalProtocolOf(treaty.id()) != null) {
                    protocol = new Mention(MentionKind.TREATY, v.kb.optionalProtocolOf(treaty.id()), at + 3, at + 6,
                            v.token(at + 3).start(), v.token(at + 5).end(), v.text(at + 3, at + 6), null, null, true);
                }
                if (protocol != null) {
                    treaties.add(protocol);
                    at = protocol.tokEnd();
                    if (v.tokenIs(at, ",")) {
                        at++;
                    }
                }
            }
            DateMention own = (v.tokenIs(at, "on") || v.tokenIs(at, "in")) ? v.datesIn(at + 1, at + 2).stream()
                    .filter(d -> d.iso() != null).findFirst().orElse(null) : null;
            if (own == null) {
                return;
            }
            for (Mention t : treaties) {
                FactDraft fact = new FactDraft(FactType.TREATY_ACTION).subKind(action).code("action", action)
                        .entity("actor", actor).entity("treaty", t);
                if (body != null) {
                    fact.entity("body", body);
                }
                fact.date(own.iso(), false);
                out.add(fact);
            }
            previous = own;
        }
    }

    /** The act of a state on a treaty, on the date written (or none). */
    private static FactDraft act(String action, Mention actor, Mention treaty, DateMention date) {
        FactDraft fact = new FactDraft(FactType.TREATY_ACTION).subKind(action).code("action", action)
                .entity("actor", actor).entity("treaty", treaty);
        return fact.date(date == null ? null : date.iso(), false);
    }

    /** "The Optional Protocols to the Convention on the Rights of the Child ... were ratified": the protocols' act. */
    private static boolean protocolsOf(SentenceView v, Mention treaty) {
        int k = v.tokenIs(treaty.tokStart() - 1, "the") ? treaty.tokStart() - 2 : treaty.tokStart() - 1;
        return v.tokenIs(k, "to") && v.tokenIs(k - 1, "protocols");
    }

    /** "and its [first|second] Optional Protocol" right after a treaty: that treaty's protocol, else null. */
    private static Mention ownProtocol(SentenceView v, Mention treaty, int k) {
        if (!v.tokenIs(k, "and") || !v.tokenIs(k + 1, "its") || treaty.id() == null) {
            return null;
        }
        int at = k + 2;
        String id = v.kb.optionalProtocolOf(treaty.id());
        if (v.tokenIs(at, "first")) {
            at++;
        } else if (v.tokenIs(at, "second") && "treaty:ICCPR".equals(treaty.id())) {
            id = "treaty:ICCPR-OP2";
            at++;
        }
        if (id == null || !v.tokenIs(at, "optional") || !v.tokenIs(at + 1, "protocol")) {
            return null;
        }
        return new Mention(MentionKind.TREATY, id, k + 1, at + 2, v.token(k + 1).start(), v.token(at + 1).end(),
                v.text(k + 1, at + 2), null, null, true);
    }

    private static final Set<String> DATE_PREPOSITIONS = Set.of("", "in", "on", "since");
    private static final Set<String> DATED_CONNECTORS = Set.of("and", ", and", ",", "and to", ", and to", "and its",
            ", and its");

    /**
     * "ratified the ICESCR in June 1976 and the CRC in June 1991": treaties coordinated under one verb, each followed
     * by its own date. Returns the treaties (with their dates in {@code datesOut}), or just {@code first} when the
     * sentence is not shaped that way; a second verb ("and signed the CRC") breaks the chain.
     */
    private static List<Mention> datedConjuncts(SentenceView v, Mention first, List<DateMention> datesOut) {
        List<Mention> out = new ArrayList<>();
        Mention current = first;
        while (current != null) {
            DateMention own = dateRightAfter(v, current);
            if (own == null) {
                break;
            }
            out.add(current);
            datesOut.add(own);
            Mention next = null;
            for (Mention m : v.mentions) {
                if (m.start() >= own.end() && Roles.TREATY.test(m)) {
                    next = m;
                    break;
                }
            }
            String joint = next == null ? null : v.doc.substring(own.end(), next.start()).strip().replaceAll("\\s+", " ");
            current = joint != null && DATED_CONNECTORS.contains(joint) ? next : null;
        }
        if (out.size() < 2) {
            datesOut.clear();
            return List.of(first);
        }
        return out;
    }

    /** The date that directly follows a mention, "X in June 1976" / "X on 3 May 2001", else null. */
    private static DateMention dateRightAfter(SentenceView v, Mention m) {
        for (DateMention d : v.dates) {
            if (d.start() >= m.end() && d.iso() != null) {
                String gap = v.doc.substring(m.end(), d.start()).strip().toLowerCase(Locale.ROOT)
                        .replaceFirst("^\\(no\\. ?\\d+\\)\\s*", ""); // "the Minimum Age Convention (No. 138) in May 1997"
                return DATE_PREPOSITIONS.contains(gap) ? d : null;
            }
        }
        return null;
    }

    /** "deposited its instrument of ratification": a phrase this long names the act beyond doubt. */
    private static final int INSTRUMENT_PHRASE = 4;

    /**
     * "The Government deposited its instrument of ratification with the Secretary-General": no treaty follows, so
     * the deposit is of the treaty the text named last.
     */
    private static Mention instrumentTreaty(SentenceView v, CueMatch cue) {
        Mention named = v.nearestLeft(cue.tokStart(), Roles.TREATY);
        String id = named != null ? named.id() : v.discourse.lastTreaty();
        if (id == null) {
            return null;
        }
        return new Mention(MentionKind.TREATY, id, cue.tokStart(), cue.tokEnd(), cue.start(), cue.end(),
                v.doc.substring(cue.start(), cue.end()), null, null, true);
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");

    /**
     * "the ICCPR, which China signed in October 1998": the treaty a relative clause hangs on, when the clause is
     * exactly "[,] which|that <state> <verb>".
     */
    private static Mention relativeAntecedent(SentenceView v, CueMatch cue) {
        int k = cue.tokStart();
        if (v.tokenIs(k - 1, "had") || v.tokenIs(k - 1, "has") || v.tokenIs(k - 1, "have")) {
            k--; // "which it had signed in 1986"
        }
        final int actorEnd = k;
        Mention actor = v.nearestLeft(actorEnd, m -> Roles.STATE_ACTOR.test(m) && m.tokEnd() == actorEnd);
        // "which it signed": the pronoun is the main clause's state, which the rule takes as the actor
        int actorStart = actor != null ? actor.tokStart() : v.tokenIs(k - 1, "it") || v.tokenIs(k - 1, "they") ? k - 1 : -1;
        if (actorStart < 1 || !RELATIVE_PRONOUNS.contains(v.token(actorStart - 1).norm())) {
            return null;
        }
        int before = actorStart - 2;
        if (v.tokenIs(before, "to") && v.tokenIs(actorStart - 1, "which")) {
            before--; // "the International Convention ..., to which Nepal acceded on 30 January 1971"
        }
        if (v.tokenIs(before, "of") && v.tokenIs(before - 1, "both") && v.tokenIs(actorStart - 1, "which")) {
            before -= 2; // "the CAT and the CRPD, both of which it ratified in February 2015": the pair before
        }
        if (v.tokenIs(before, ",")) {
            before--;
        }
        for (Mention m : v.mentions) {
            if (m.tokEnd() == before + 1 && Roles.TREATY.test(m)) {
                return m;
            }
        }
        return null;
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

    /**
     * A fact sheet's entry that names the treaty first and its acts as bare participles: "22 Oct. 2008 - OPCAT
     * ratified", "CRPD: signed 11 December 2008; ratified 21 April 2015." By the state the document is about, each act
     * with the date after it, else the entry's.
     */
    private static void factSheetParticiples(SentenceView v, List<FactDraft> out) {
        int from = 0;
        List<DateMention> leading = v.datesIn(0, 1);
        if (!leading.isEmpty()) {
            from = v.tokenAt(leading.get(0).end() - 1) + 1;
            if (!v.isTimelineDash(from)) {
                return;
            }
            from++;
        }
        Mention treaty = v.firstRight(from, from + 1, Roles.TREATY);
        if (treaty == null || treaty.id() == null
                || v.firstRight(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE) != null) {
            return;
        }
        int next = v.tokenIs(treaty.tokEnd(), ":") ? treaty.tokEnd() + 1 : treaty.tokEnd();
        for (CueMatch cue : v.cues(CueKind.TREATY)) {
            boolean first = cue.tokStart() == next;
            // a later act of the entry after a semicolon; not "The Optional Protocol ..., ratified by ... in 2008,": prose
            boolean again = cue.tokStart() > next && v.tokenIs(cue.tokStart() - 1, ";");
            String word = v.token(cue.tokEnd() - 1).norm();
            if (!(first || again) || cue.tokEnd() - cue.tokStart() != 1 || !word.endsWith("ed")) {
                continue;
            }
            Mention state = v.mainState(cue);
            if (state == null || state.id() == null) {
                return;
            }
            int until = v.clauseEnd(cue.tokEnd());
            List<DateMention> own = v.datesIn(cue.tokEnd(), Math.min(until, cue.tokEnd() + 5));
            DateMention date = !own.isEmpty() ? own.get(0) : leading.isEmpty() ? null : leading.get(0);
            String action = cue.value(CueKind.TREATY);
            out.add(act(action, state, treaty, date));
        }
    }

    /** "both International Covenants" stands for two treaties written in one place: each is acted on. */
    private static List<Mention> withSameSpan(SentenceView v, List<Mention> treaties) {
        List<Mention> out = new ArrayList<>();
        for (Mention t : treaties) {
            for (Mention m : v.mentionsIn(t.tokStart(), t.tokEnd(), Roles.TREATY)) {
                if (m.tokStart() == t.tokStart() && m.tokEnd() == t.tokEnd() && !out.contains(m)) {
                    out.add(m);
                }
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "ratified them": the treaties of the clause so far, else of the sentence ("signed both Covenants; it ratified
     * them on ..."), else the last pair.
     */
    private static List<Mention> themTreaties(SentenceView v, CueMatch cue, Mention pronoun) {
        List<Mention> named = v.mentionsIn(v.clauseStart(cue.tokStart()), cue.tokStart(), Roles.TREATY);
        if (named.size() < 2) {
            named = v.mentionsIn(0, cue.tokStart(), Roles.TREATY);
        }
        if (named.size() >= 2) {
            return named.stream().map(m -> m.widenTo(pronoun)).toList();
        }
        List<String> pair = v.discourse.treatyPair();
        if (pair.size() >= 2) {
            return pair.stream().map(id -> pronoun.withId(id, MentionKind.TREATY)).toList();
        }
        return List.of(pronoun);
    }

    /** A negation at most two words before the verb: "has not ratified", "never ratified", "has not yet signed". */
    /**
     * "The Committee welcomes the ratification of or accession to the following instruments: (a) The Optional
     * Protocol ..., in 2015; (b) The Convention ..., in May 2009.": one action per instrument listed after the colon,
     * each with the date written after it, by the state the sentence names or else the one the document is about.
     */
    private static boolean instrumentList(SentenceView v, CueMatch cue, int objectFrom, String action,
                                          List<FactDraft> out) {
        // "the ratification of, or accession to, the following instruments by the State party:"
        int following = v.findWord("following", objectFrom, objectFrom + 8);
        // "... the following international instruments by the State party since the consideration of its third
        // periodic report in 2011:"
        int colon = following < 0 ? -1 : v.findWord(":", following, following + MAX_LIST_INTRO);
        if (colon < 0) {
            return false;
        }
        List<Mention> listed = v.mentionsIn(colon + 1, v.tokens.size(), Roles.TREATY);
        // "the ratification of, or accession to, the following": which act, the text leaves open; that the state
        // became a party, it says
        int or = v.findWord("or", cue.tokStart(), following);
        int orBefore = v.tokenIs(cue.tokStart() - 1, "or") ? cue.tokStart() - 1
                : v.tokenIs(cue.tokStart() - 1, ",") && v.tokenIs(cue.tokStart() - 2, "or") ? cue.tokStart() - 2 : -1;
        if (or > 0 && v.firstCue(CueKind.TREATY, or + 1, following) != null
                || orBefore > 0 && v.lastCue(CueKind.TREATY, Math.max(0, orBefore - 4), orBefore) != null) {
            action = "PARTY";
        }
        Mention actor = v.nearestLeft(cue.tokStart(), Roles.STATE_ACTOR);
        if (actor == null) {
            actor = v.firstRight(following, colon, Roles.STATE_ACTOR); // "... instruments by the State party:"
        }
        if (actor == null) {
            actor = v.documentState(cue);
        }
        if (actor != null && listed.isEmpty() && colon == v.tokens.size() - 1 && actor.actingState() != null) {
            v.discourse.openList(new Discourse.OpenList(action, actor.actingState())); // the items are paragraphs
        }
        if (actor == null || listed.isEmpty()) {
            return true;
        }
        if (v.findWord(";", colon + 1, v.tokens.size()) > 0) {
            itemsOfList(v, action, actor, colon, out);
            return true;
        }
        for (int i = 0; i < listed.size(); i++) {
            Mention treaty = listed.get(i);
            int until = i + 1 < listed.size() ? listed.get(i + 1).tokStart() : v.tokens.size();
            List<DateMention> own = v.datesIn(treaty.tokEnd(), until);
            out.add(act(action, actor, treaty, own.isEmpty() ? null : own.get(0)));
        }
        return true;
    }

    /**
     * "The Committee welcomes the following steps taken by the State party since ...:": the paragraphs that follow
     * are items, each naming its own act ("(a) The ratification of the Rome Statute ..., on 30 August 2011;"); where
     * the items run on in the same sentence ("..., including the following steps: (a) The accession to the
     * Convention ..., on 18 December 2013; (b) ..."), they are read here, and the method says so.
     */
    private static boolean welcomedSteps(SentenceView v, List<FactDraft> out) {
        int n = v.tokens.size();
        int colon = v.findWord(":", 0, n);
        if (colon < 3 || v.firstCue(CueKind.TREATY, 0, colon) != null) {
            return false;
        }
        int from = welcomedStepsIntro(v, colon);
        if (from < 0) {
            return false;
        }
        Mention state = v.firstRight(from, colon, Roles.STATE_ACTOR);
        String id = state != null && state.actingState() != null ? state.actingState() : v.discourse.subjectState();
        if (id == null) {
            return false;
        }
        if (colon == n - 1) {
            v.discourse.openList(new Discourse.OpenList(null, id));
            return false;
        }
        if (!v.tokenIs(colon + 1, "(") || !v.tokenIs(colon + 3, ")")) {
            return false;
        }
        itemsOfList(v, null, v.impliedState(id, 0, colon), colon, out);
        return true;
    }

    /**
     * Where the words before the colon welcome steps the list will name, the recording verb's position (else -1):
     * "welcomes the following steps taken by the State party ...:", "welcomes the progress achieved by the State
     * party since ..., including:", "..., including the following steps:".
     */
    private static int welcomedStepsIntro(SentenceView v, int colon) {
        int following = v.findWord("following", 0, colon);
        if (following > 0 && (v.isRecordingVerb(following - 2) || v.isRecordingVerb(following - 1))) {
            return following;
        }
        int including = v.findWord("including", 0, colon);
        if (including < 0 || !(including == colon - 1 || v.tokenIs(including + 1, "the")
                && v.tokenIs(including + 2, "following") && including + 4 >= colon)) {
            return -1;
        }
        for (int k = 0; k < including; k++) {
            if (v.isRecordingVerb(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A list whose items ";" separates: each item's treaties (one or several: "The ICCPR and the ICESCR, both acceded
     * to on 16 August 2018"), its own date, and its own act where it names one ("..., ratified on 14 March 2016"),
     * else the act that introduced the list.
     */
    private static void itemsOfList(SentenceView v, String action, Mention actor, int colon, List<FactDraft> out) {
        int from = colon + 1;
        while (from < v.tokens.size()) {
            int end = v.findWord(";", from, v.tokens.size());
            end = end < 0 ? v.tokens.size() : end;
            List<Mention> treaties = v.mentionsIn(from, end, Roles.TREATY);
            // not the year of a name: "The ILO Domestic Workers Convention, 2011 (No. 189), ratified on 24 March 2014"
            List<DateMention> dates = v.datesIn(from, end).stream().filter(d -> d.iso() != null
                    && !v.overlapsMention(v.tokenAt(d.start()), v.tokenAt(d.start()) + 1)).toList();
            CueMatch own = v.firstCue(CueKind.TREATY, from, end);
            String act = own != null ? own.value(CueKind.TREATY) : action;
            int which = own == null ? -1 : v.findWord("which", from, own.tokStart());
            if (which > from && action != null) {
                // "(a) Convention on ..., on 8 February 2016, which the State party had signed on 30 March 2007;": the
                // list's act on the item's date, and the earlier act the relative clause recalls on its own
                final int relative = which;
                List<DateMention> listed = dates.stream().filter(d -> v.tokenAt(d.start()) < relative).toList();
                List<DateMention> recalled = v.datesIn(own.tokEnd(), end).stream().filter(d -> d.iso() != null).toList();
                itemActs(action, actor, treaties, listed, out);
                itemActs(act, actor, treaties, recalled, out);
            } else {
                itemActs(act, actor, treaties, dates, out);
            }
            from = end + 1;
        }
    }

    /**
     * "was ratified by Law of the Republic of Kazakhstan of 29 December 2021", "by a decree of the President of
     * Uzbekistan": the state whose legal act it was, or null.
     */
    private static Mention stateOfInstrument(SentenceView v, int from, int clauseEnd) {
        int by = v.findWord("by", from, Math.min(clauseEnd, from + 3));
        if (by < 0) {
            return null;
        }
        for (int k = by + 1; k < Math.min(clauseEnd, by + 7); k++) {
            final int at = k;
            Mention state = v.firstRight(at, at + 1, m -> m.kind() == MentionKind.STATE && m.tokStart() == at);
            if (state != null) {
                return k > by + 1 ? state : null; // (a state right after "by" is found already)
            }
            if (!v.kb.words("instruments-of-state").contains(v.token(k).norm())) {
                return null;
            }
        }
        return null;
    }

    /** The most tokens of a relative clause between two coordinated treaties. */
    private static final int MAX_RELATIVE_CLAUSE = 16;

    /**
     * "ratifying the Convention against Torture ..., which Viet Nam had signed in November 2013, and the Convention on
     * the Rights of Persons with Disabilities": the treaty coordinated past a relative clause on the one before.
     */
    private static List<Mention> withTreatyAfterRelative(SentenceView v, List<Mention> treaties) {
        int k = treaties.get(treaties.size() - 1).tokEnd();
        if (!v.tokenIs(k, ",") || !(v.tokenIs(k + 1, "which") || v.tokenIs(k + 1, "that"))) {
            return treaties;
        }
        int close = v.findWord(",", k + 2, Math.min(v.tokens.size(), k + MAX_RELATIVE_CLAUSE));
        Mention next = close > 0 && v.tokenIs(close + 1, "and") ? v.firstRight(close + 2, close + 4, Roles.TREATY) : null;
        if (next == null) {
            return treaties;
        }
        List<Mention> all = new ArrayList<>(treaties);
        all.add(next);
        return all;
    }

    /** Whether a legislature ("the National Assembly", "Parliament") is the subject just before the verb. */
    private static boolean legislatureAsSubject(SentenceView v, CueMatch cue) {
        for (int k = cue.tokStart() - 1; k >= Math.max(0, cue.tokStart() - 4); k--) {
            if (v.kb.words("legislatures").contains(v.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** One act on each treaty of a list's item, on the item's first date. */
    private static void itemActs(String act, Mention actor, List<Mention> treaties, List<DateMention> dates,
                                 List<FactDraft> out) {
        for (Mention treaty : treaties) {
            if (treaty.id() == null || act == null) { // (a list of steps: an item that names no act is none)
                continue;
            }
            FactDraft fact = new FactDraft(FactType.TREATY_ACTION).subKind(act).code("action", act)
                    .entity("actor", actor).entity("treaty", treaty);
            fact.date(dates.isEmpty() ? null : dates.get(0).iso(), false);
            out.add(fact);
        }
    }

    /**
     * "approved the ratification of", "welcomed the accession of Brunei Darussalam to", "China's accession to", "the
     * instrument of accession of Nepal to": a noun of treaty action records one when a verb that records it governs it,
     * a state owns it or an instrument carries it.
     */
    /** Words after which a named act had taken place: "following the accession of ...", "since the ratification". */
    private static final Set<String> ACTS_BEFORE_WORDS = Set.of("following", "after", "since", "upon");

    private static boolean nominalTookPlace(SentenceView v, CueMatch cue) {
        int k = v.governorOf(cue.tokStart(), Set.of("the")); // "notes with appreciation the ratification of"
        boolean possessive = v.tokenIs(k, "s") && v.apostropheAt(k - 1)
                || v.tokenIs(k, "its") || v.tokenIs(k, "their")
                // "Laos' accession to": a name ending in s takes the apostrophe alone
                || v.apostropheAt(k) && v.token(k - 1) != null && v.token(k - 1).norm().endsWith("s");
        boolean instrument = v.tokenIs(k, "of") && (v.tokenIs(k - 1, "instrument") || v.tokenIs(k - 1, "instruments"));
        boolean entry = v.isTimelineDash(k); // "25 May - Ratification of the International Convention for ..."
        // a later act of the same verbless entry: "29 June: accession to the ...; ratification of the ..."
        entry |= v.tokenIs(k, ";") && v.timelineDash() >= 0
                && v.kb.words("treaty-action-nominals").contains(v.token(v.timelineDash() + 1).norm());
        // "following the accession of South Sudan on 23 January 2015", "since the ratification by the State party of"
        boolean after = v.token(k) != null && ACTS_BEFORE_WORDS.contains(v.token(k).norm());
        // "welcomed recent ratifications ..., including the accession of the Central African Republic to the CAT"
        boolean welcomedAmong = v.tokenIs(k, "including") && java.util.stream.IntStream.range(0, k).anyMatch(v::isRecordingVerb);
        return possessive || instrument || entry || after || welcomedAmong || v.isRecordingVerb(k) || v.briefedOn(k);
    }

    /**
     * "the Convention now had 196 States parties, following the accession of South Sudan on 23 January 2015 and the
     * ratification by Somalia on 1 October 2015": a state's act written with its date and no treaty of its own, on the
     * treaty the sentence named before (else the treaty of the committee whose text this is).
     */
    private static boolean actOfAStateOnTheTreatyInView(SentenceView v, CueMatch cue, String action, List<FactDraft> out) {
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
        out.add(act(action, state, treaty, date));
        return true;
    }

    /**
     * "welcomed the accession of Benin and Gabon to the Second Optional Protocol ..., in July 2012 and April 2014,
     * respectively": one act of each state, each with its date where "respectively" pairs them, else the one date.
     */
    private static boolean severalStatesOf(SentenceView v, CueMatch cue, String action, List<FactDraft> out) {
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
            out.add(act(action, states.get(k), treaty, date));
        }
        return true;
    }

    /**
     * "The Committee welcomes the progress ..., including the ratification of or accession to the following
     * instruments:": a list of acts that a recording verb earlier in the sentence welcomes.
     */
    private static boolean welcomedList(SentenceView v, CueMatch cue) {
        int following = v.findWord("following", cue.tokEnd(), cue.tokEnd() + 8);
        if (following < 0 || v.findWord(":", following, following + MAX_LIST_INTRO) < 0) {
            return false;
        }
        for (int k = 0; k < cue.tokStart(); k++) {
            if (v.isRecordingVerb(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue is a gerund opening an adverbial phrase: "Since signing", "by acceding to", "After ratifying". */
    private static boolean frontedGerund(SentenceView v, CueMatch cue) {
        boolean gerund = v.token(cue.tokStart()).norm().endsWith("ing");
        int k = cue.tokStart() - 1;
        if (v.tokenIs(k, "having") && (k <= 2 || v.tokenIs(k - 1, ","))) {
            return true; // "Having signed the Convention in December 1986, China ratified it in October 1988"
        }
        return gerund && (v.tokenIs(k, "since") || v.tokenIs(k, "by") || v.tokenIs(k, "after") || v.tokenIs(k, "upon"))
                && (k <= 2 || v.tokenIs(k - 1, ",") || v.tokenIs(k - 1, "that")); // also after "2."
    }

    /** The longest stretch from "following" to the colon that opens the list. */
    private static final int MAX_LIST_INTRO = 24;

    /** The most tokens of a date between an act's noun and its "of" ("ratification, on 22 March 2018, of"). */
    private static final int MAX_DATED_GAP = 8;

    /** The "of"/"to" after a date right after an act's noun ("ratification in 2012 of"), else -1. */
    private static int datedGapBeforeObject(SentenceView v, int from, int clauseEnd) {
        if (!(v.tokenIs(from, ",") || v.tokenIs(from, "in") || v.tokenIs(from, "on"))) {
            return -1;
        }
        boolean placeAside = v.tokenIs(from, ",") && (v.tokenIs(from + 1, "at") || v.tokenIs(from + 1, "in"));
        for (int k = from + 1; k < Math.min(clauseEnd, from + (placeAside ? MAX_ASIDE_TOKENS : MAX_DATED_GAP)); k++) {
            if (v.tokenIs(k, "of") || v.tokenIs(k, "to")) {
                final int end = k;
                boolean dated = v.datesIn(from, end).stream().anyMatch(d -> v.tokenAt(d.end() - 1) < end);
                // "Signature, at UN Headquarters in New York, of the Covenants": an aside of its place
                boolean placed = placeAside && v.tokenIs(k - 1, ",");
                return dated || placed ? (v.tokenIs(k - 1, ",") || !v.tokenIs(from, ",") ? k : -1) : -1;
            }
        }
        return -1;
    }

    /** The longest aside between commas skipped to reach a noun's object. */
    private static final int MAX_ASIDE_TOKENS = 16;

    /**
     * The token after an aside set off by commas at {@code at} ("by the State party, since the consideration of its
     * previous report in 2007, of ..."), else {@code at} itself.
     */
    private static int afterAside(SentenceView v, int at) {
        if (!v.tokenIs(at, ",")) {
            return at;
        }
        int close = v.findWord(",", at + 1, at + 1 + MAX_ASIDE_TOKENS);
        return close < 0 ? at : close + 1;
    }

    /**
     * "26/1/1990 - Viet Nam signs the Convention on the Rights of the Child; the instrument of ratification is deposited
     * on 28/2/1990": the act of the treaty the sentence named before, by the same state, on the deposit's date.
     */
    private static void instrumentOfTheTreatyJustNamed(SentenceView v, CueMatch cue, String action, List<FactDraft> out) {
        // (across the entry's ";", which ends the clause)
        List<Mention> named = v.mentionsIn(0, cue.tokStart(), m -> Roles.TREATY.test(m) && m.id() != null);
        Mention treaty = named.isEmpty() ? null : named.get(named.size() - 1);
        if (treaty == null && cue.tokStart() == 0 && v.discourse.lastTreaty() != null) {
            // the splitter ends the entry's first clause at its ";": the treaty that clause named
            treaty = v.inferred(MentionKind.TREATY, v.discourse.lastTreaty(), cue.tokStart(), cue.tokEnd());
        }
        DateMention date = v.datesIn(cue.tokEnd(), v.tokens.size()).stream().filter(d -> d.iso() != null).findFirst()
                .orElse(null);
        if (treaty == null || date == null) {
            return;
        }
        List<Mention> actors = treaty.inferred() ? List.of() : v.mentionsIn(0, treaty.tokStart(), Roles.STATE_ACTOR);
        Mention actor = actors.isEmpty() ? null : actors.get(actors.size() - 1);
        if (actor == null && (v.timelineDash() > 0 || treaty.inferred())) {
            actor = v.mainState(cue); // "2 January 2021 - President A signs the law ratifying ...; the instrument ..."
        }
        if (actor == null || actor.id() == null) {
            return;
        }
        if (actor.kind() == MentionKind.NATIONAL_BODY) {
            actor = actor.withId(actor.country(), MentionKind.STATE);
        }
        out.add(act(action, actor, treaty, date));
    }

    private static boolean negated(SentenceView v, CueMatch cue) {
        for (CueMatch c : v.cues(CueKind.NEGATION)) {
            if (c.tokEnd() <= cue.tokStart() && cue.tokStart() - c.tokEnd() <= 1) {
                return true;
            }
        }
        return false;
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

    /** Whether the sentence is a timeline's entry ("12 February 2015 - ...") whose dash comes before the cue. */
    private static boolean timelineEntry(SentenceView v, CueMatch cue) {
        for (int k = 1; k < Math.min(cue.tokStart(), 8); k++) {
            if (v.isTimelineDash(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A treaty's own fact sheet or chronology: "Cuba ratified on 2 February, and Kazakhstan acceded on 27 February",
     * "Albania was the first State to ratify, on 8 November 2007": the treaty the text is about (the one it named
     * last), where the sentence names none and nothing but a date follows the verb. Null otherwise.
     */
    private static Mention theTreatyOfTheText(SentenceView v, CueMatch cue, int clauseEnd) {
        String action = cue.value(CueKind.TREATY);
        if (!("RATIFICATION".equals(action) || "ACCESSION".equals(action))
                || !v.mentionsIn(0, v.tokens.size(), Roles.TREATY).isEmpty() || v.discourse.recentTreaties().isEmpty()
                || !v.cues(CueKind.AGREEMENT_NOUN).isEmpty()) {
            return null; // (not "the Readmission Agreement, signed in October 2009", "had accepted in 2016")
        }
        final int k = v.tokenIs(cue.tokEnd(), ",") ? cue.tokEnd() + 1 : cue.tokEnd();
        boolean dateNext = (v.tokenIs(k, "on") || v.tokenIs(k, "in")) && v.datesIn(k, Math.min(clauseEnd, k + 5)).stream()
                .anyMatch(d -> v.tokenAt(d.start()) == k + 1);
        // a chronology's entry: "28 February 2013 - Germany deposits its instrument of ratification, following ..."
        boolean entry = !v.datesIn(0, 1).isEmpty() && v.isTimelineDash(v.tokenAt(v.datesIn(0, 1).get(0).end() - 1) + 1)
                && !v.tokenIs(cue.tokEnd() - 1, "of") && !v.tokenIs(cue.tokEnd() - 1, "to")
                && (v.tokenIs(cue.tokEnd(), ",") || v.tokenIs(cue.tokEnd(), ".") || v.tokenIs(cue.tokEnd(), "the")
                && v.tokenIs(cue.tokEnd() + 1, "same")); // (not a treaty the lexicon lacks: "Ratification of the American ...")
        if (!dateNext && !entry) {
            return null;
        }
        return treatyOrTheTexts(v, null, cue);
    }

    /**
     * "in 2008 the instrument was ratified by Mexico (18 March), Honduras (1 April), France (23 September) and Bolivia
     * (17 December)": one act of each state listed with its date in brackets, of the treaty the sentence or the text
     * names. The cue read, else null.
     */
    private static CueMatch statesWithTheirDates(SentenceView v, List<FactDraft> out) {
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
                if (v.tokenIs(k, ",")) {
                    k++;
                }
                if (v.tokenIs(k, "and")) {
                    k++;
                }
            }
            if (states.size() < 2) {
                continue;
            }
            Mention named = treatyOrTheTexts(v, v.nearestLeft(cue.tokStart(), Roles.TREATY), cue);
            if (named == null) {
                continue;
            }
            for (int i = 0; i < states.size(); i++) {
                FactDraft fact = new FactDraft(FactType.TREATY_ACTION).code("action", action)
                        .entity("actor", states.get(i)).entity("treaty", named);
                fact.date(dates.get(i).iso(), false);
                out.add(fact);
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
    private static CueMatch countedThenNamed(SentenceView v, List<FactDraft> out) {
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
            Mention named = treatyOrTheTexts(v, treaty, cue);
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
                FactDraft fact = new FactDraft(FactType.TREATY_ACTION).code("action", cue.value(CueKind.TREATY))
                        .entity("actor", state).entity("treaty", named);
                fact.date(day, false);
                out.add(fact);
            }
            return cue;
        }
        return null;
    }

    /** The treaty named, else the one the text named last (a fact sheet's own), as acted on at the cue; null if none. */
    private static Mention treatyOrTheTexts(SentenceView v, Mention treaty, CueMatch cue) {
        if (treaty != null && treaty.id() != null) {
            return treaty;
        }
        return v.discourse.recentTreaties().isEmpty() ? null
                : v.inferred(MentionKind.TREATY, v.discourse.recentTreaties().get(0), cue.tokStart(), cue.tokEnd());
    }
}
