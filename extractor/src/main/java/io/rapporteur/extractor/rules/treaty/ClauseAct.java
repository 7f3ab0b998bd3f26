package io.rapporteur.extractor.rules.treaty;

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
 * The act one verb or noun of treaty action names in its clause: where its object starts (past the state of "the
 * accession of X to", a dated aside, "on behalf of"), the treaties acted on and the state that acted (active or
 * passive), then one fact per state and treaty on the date that belongs to each.
 */
final class ClauseAct {

    private static final int MAX_GAP = 2;
    /** The most tokens of an undated aside between a verb and its "to": ", on a single day,". */
    private static final int MAX_MANNER_ASIDE = 6;
    /** The most tokens of a counted object before its list: "three further international instruments:". */
    private static final int MAX_COUNTED_OBJECT = 6;

    private final SentenceView v;
    private final CueMatch cue;
    private final String action;
    /** The clause's end; a counted object's list after a colon reaches past it. */
    private int clauseEnd;
    /** "The Convention entered into force for China on 31 August 2008": the treaty before, the state after "for". */
    private final boolean forState;
    private final boolean passive;
    /** The state the phrase itself names: "the accession of Brunei Darussalam to", "the ratification by X of". */
    private Mention stateOf;
    /** The first token where the treaty acted on may be named. */
    private int objectFrom;
    /** Whether the verb is a relative clause's, about the treaty before it ("the ICCPR, which China signed"). */
    private boolean relative;
    private List<Mention> treaties;
    private Mention actor;
    /** The national body that decided the act, if the sentence names it. */
    private Mention body;

    private ClauseAct(SentenceView v, CueMatch cue, String action) {
        this.v = v;
        this.cue = cue;
        this.action = action;
        this.clauseEnd = v.clauseEnd(cue.tokEnd());
        this.forState = v.tokenIs(cue.tokEnd() - 1, "for");
        this.passive = ActWording.isPassive(v, cue.tokStart()) || forState;
    }

    /**
     * Reads the act the cue names and adds its facts. Returns the state that acted, for the next act of the sentence;
     * null where the cue gave no act of a state (the list it opens read whole, no treaty or no state found).
     */
    static Mention read(SentenceView v, CueMatch cue, String action, Mention previousActor, List<FactDraft> out) {
        ClauseAct act = new ClauseAct(v, cue, action);
        if (!act.findObject() || ListedActs.instrumentList(v, cue, act.objectFrom, action, out)) {
            return null;
        }
        boolean found = act.passive ? act.passiveTreatiesAndActor() : act.activeTreaties();
        if (found && !act.passive) {
            act.activeActor(previousActor);
        }
        if (!found || act.actor == null || act.actor.id() == null) {
            return null;
        }
        if (act.passive) {
            ActDates.elidedPassives(v, cue, action, act.actor, act.body, out);
        }
        act.addFacts(out);
        return act.actor;
    }

    /** Where the object starts, and the state the phrase names; false where the phrase names no object. */
    private boolean findObject() {
        // "the accession of Brunei Darussalam to the Convention ...": the state between the noun and the treaty
        stateOf = v.tokenIs(cue.tokEnd() - 1, "of")
                ? v.firstRight(cue.tokEnd(), cue.tokEnd() + 2, m -> m.kind() == MentionKind.STATE
                || Roles.STATE_ACTOR.test(m) && v.tokenIs(m.tokEnd(), ",")) : null;
        int toAfterState = stateOf == null ? -1 : v.tokenIs(stateOf.tokEnd(), ",") ? ActWording.afterAside(v, stateOf.tokEnd())
                : stateOf.tokEnd(); // "the accession of the State party, on 23 January 2019, to the Convention"
        if (stateOf != null && !v.tokenIs(toAfterState, "to")) {
            stateOf = null;
        }
        objectFrom = cue.tokEnd();
        if (stateOf != null && toAfterState > stateOf.tokEnd()) {
            objectFrom = toAfterState + 1;
        }
        if (cue.tokEnd() - cue.tokStart() == 1 && v.kb.words("treaty-action-nominals").contains(v.token(cue.tokStart()).norm())) {
            // "Tajikistan's ratification, on 22 March 2018, of the Convention", "Laos's ratification in 2012 of":
            // the bare noun, its date, then its treaty
            int of = ActWording.datedGapBeforeObject(v, cue.tokEnd(), clauseEnd);
            if (of < 0) {
                return false;
            }
            objectFrom = of + 1;
        }
        if (v.tokenIs(cue.tokEnd() - 1, "by")) { // "the ratification by the State party of the Convention"
            stateOf = v.firstRight(cue.tokEnd(), cue.tokEnd() + 2, Roles.STATE_ACTOR);
            int of = stateOf == null ? -1 : ActWording.afterAside(v, stateOf.tokEnd());
            if (stateOf != null && !(v.tokenIs(of, "of") || v.tokenIs(of, "to"))) {
                // "the ratification by Uzbekistan in June 2021 of the Convention": past the state's date
                of = ActWording.datedGapBeforeObject(v, stateOf.tokEnd(), clauseEnd);
            }
            if (of < 0 || !(v.tokenIs(of, "of") || v.tokenIs(of, "to"))) {
                return false;
            }
            objectFrom = of + 1;
        }
        if (objectFrom == cue.tokEnd() && !passive) {
            pastWhatComesBeforeTheObject();
        }
        return true;
    }

    /** Past a date, a dated aside or "on behalf of <state>" between an active verb and its object. */
    private void pastWhatComesBeforeTheObject() {
        if (v.tokenIs(objectFrom, "in") || v.tokenIs(objectFrom, "on")) {
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
        if (objectFrom == cue.tokEnd() && v.tokenIs(objectFrom, ",")) {
            // "The Gambia ratified, on 28 September 2018, the International Convention ...": past a dated aside
            int after = ActWording.afterAside(v, objectFrom);
            final int close = after - 1;
            boolean dated = after > objectFrom && v.datesIn(objectFrom, close).stream()
                    .anyMatch(d -> v.tokenAt(d.end() - 1) < close);
            // also a short aside on how, right before "to" and the treaty: "Uzbekistan accedes, on a single day, to ..."
            int to = v.tokenIs(after, "to") ? after + 1 : -1;
            boolean manner = after > objectFrom && after - objectFrom <= MAX_MANNER_ASIDE && to > 0
                    && v.firstRight(to, Math.min(clauseEnd, to + MAX_GAP + 1), Roles.TREATY) != null;
            objectFrom = dated || manner ? after : objectFrom;
        }
        if (objectFrom == cue.tokEnd() && v.tokenIs(objectFrom, "on") && v.tokenIs(objectFrom + 1, "behalf")
                && v.tokenIs(objectFrom + 2, "of")) {
            // "Deputy Prime Minister A signed on behalf of Kazakhstan the Second Optional Protocol ...": its state's act
            Mention behalf = v.firstRight(objectFrom + 3, objectFrom + 5, m -> m.kind() == MentionKind.STATE);
            if (behalf != null) {
                stateOf = behalf;
                objectFrom = v.tokenIs(behalf.tokEnd(), ",") ? behalf.tokEnd() + 1 : behalf.tokEnd();
            }
        }
    }

    /** The treaties an active verb or a noun acts on; false if none is found. */
    private boolean activeTreaties() {
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
        Mention first = TreatiesNamed.relativeAntecedent(v, cue);
        relative = first != null;
        if (first == null) {
            first = v.firstRight(treatyFrom, Math.min(clauseEnd, treatyFrom + MAX_GAP + 1), Roles.TREATY);
        }
        if (first == null && (v.tokenIs(cue.tokEnd(), "it") || v.tokenIs(cue.tokEnd(), "them"))) {
            first = TreatiesNamed.treatyPronoun(v, cue);
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
        if (first == null && cue.tokEnd() - cue.tokStart() >= TreatiesNamed.INSTRUMENT_PHRASE && !v.tokenIs(cue.tokEnd(), "of")
                && !v.tokenIs(cue.tokEnd(), "to") && !v.tokenIs(cue.tokEnd() - 1, "of")
                && !v.tokenIs(cue.tokEnd() - 1, "to")) {
            first = TreatiesNamed.instrumentTreaty(v, cue);
        }
        if (first == null) {
            first = TreatiesNamed.theTreatyOfTheText(v, cue, clauseEnd);
        }
        if (first == null) {
            return false;
        }
        // "the CAT and the CRPD, which Viet Nam had signed in November 2013 and October 2007, respectively"
        treaties = first.inferred() && v.tokenIs(cue.tokEnd(), "them") ? TreatiesNamed.themTreaties(v, cue, first)
                : relative ? v.coordinatedLeft(first, Roles.TREATY)
                : TreatiesNamed.withRepeatedTo(v, v.coordinatedRight(first, Roles.TREATY));
        treaties = TreatiesNamed.withSameSpan(v, relative ? treaties : TreatiesNamed.withTreatyAfterRelative(v, treaties));
        return true;
    }

    /** The state that did what an active verb or a noun tells, and the national body that decided it. */
    private void activeActor(Mention previousActor) {
        actor = WhoActed.subjectOf(v, cue, stateOf, treaties, clauseEnd, previousActor);
        if (actor != null && actor.kind() == MentionKind.NATIONAL_BODY) {
            body = actor;
            actor = actor.withId(actor.country(), MentionKind.STATE);
        } else if (actor != null) { // "the NPC Standing Committee approved China's accession to ..."
            body = WhoActed.bodyThatDecided(v, cue, actor);
        }
    }

    /** The treaties a passive verb acts on, written before it, and its agent; false if no treaty is found. */
    private boolean passiveTreatiesAndActor() {
        Mention last = v.nearestLeft(cue.tokStart(), Roles.TREATY);
        if (last == null || TreatiesNamed.protocolsOf(v, last)) {
            return false;
        }
        treaties = TreatiesNamed.withSameSpan(v, v.coordinatedLeft(last, Roles.TREATY)); // also "Both Covenants were ratified"
        body = v.firstRight(cue.tokEnd(), clauseEnd, m -> m.kind() == MentionKind.NATIONAL_BODY);
        Mention byState = v.firstRight(cue.tokEnd(), clauseEnd, m -> m.kind() == MentionKind.STATE
                && (v.tokenIs(m.tokStart() - 1, "by") || forState && m.tokStart() == cue.tokEnd()));
        if (byState == null) {
            byState = WhoActed.stateOfInstrument(v, cue.tokEnd(), clauseEnd);
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
        return true;
    }

    /** One fact per acting state and treaty, each on the date that belongs to it. */
    private void addFacts(List<FactDraft> out) {
        // a relative clause's dates are its own: "..., which it had signed in 2013 and 2007, respectively"
        // (up to its "respectively": "..., which Viet Nam had signed on 7 November 2013 and 22 October 2007
        // respectively, were ratified ... on 28 November 2014")
        // (or the acting states': "Cuba and Indonesia, which signed it in March and February 2000, respectively")
        int statesRelative = relative ? -1 : v.relativeClauseComma(cue.tokStart(), -1);
        int respectively = relative || statesRelative >= 0 ? v.findWord("respectively", cue.tokEnd(), clauseEnd) : -1;
        List<DateMention> dates = v.datesIn(relative ? cue.tokStart()
                                : statesRelative >= 0 ? statesRelative + 1 : v.clauseStart(cue.tokStart()),
                        respectively > 0 ? respectively : clauseEnd)
                .stream().filter(d -> d.iso() != null).toList();
        boolean pairwise = v.respectively() && treaties.size() > 1 && dates.size() == treaties.size();
        if (!pairwise && v.respectively() && treaties.size() > 1) {
            List<DateMention> paired = ActDates.datesUpToRespectively(v, cue.tokEnd());
            if (paired.size() == treaties.size()) {
                dates = paired;
                pairwise = true;
            }
        }
        List<DateMention> ownDates = null;
        if (!passive && !pairwise && treaties.size() == 1) {
            List<DateMention> conjunctDates = new ArrayList<>();
            List<Mention> conjuncts = ActDates.datedConjuncts(v, treaties.get(0), conjunctDates);
            if (conjuncts.size() > 1) {
                treaties = conjuncts;
                ownDates = conjunctDates;
            }
        }
        DateMention near = nearDate();
        List<CueMatch> verbs = v.cues(CueKind.TREATY);
        List<DateMention> allDates = v.dates.stream().filter(d -> d.iso() != null).toList();
        if (!pairwise && ownDates == null && v.respectively() && verbs.size() > 1 && treaties.size() == 1
                && allDates.size() == verbs.size()) {
            near = allDates.get(verbs.indexOf(cue)); // "signed and ratified it in 2012 and 2013 respectively"
        }
        // "Liberia and Madagascar became parties to ... in 2004 and 2015 respectively": each state, its own date
        List<Mention> actors = !passive && stateOf == null && body == null && actor.kind() == MentionKind.STATE
                ? v.coordinatedLeft(actor, m -> m.kind() == MentionKind.STATE) : List.of(actor);
        if (!passive && actors.size() == 1 && actor.kind() == MentionKind.STATE && v.tokenIs(actor.tokStart() - 1, "by")
                && actor.tokStart() > cue.tokEnd()) {
            // "the ratification of the Optional Protocol ... by Seychelles and Gabon in August and September 2010,
            // respectively": the agents after the treaty
            actors = v.coordinatedRight(actor, m -> m.kind() == MentionKind.STATE);
            int upTo = v.findWord("respectively", actor.tokEnd(), clauseEnd);
            if (actors.size() > 1 && upTo > 0) { // (their dates up to "respectively", not a later act's)
                dates = v.datesIn(actors.get(actors.size() - 1).tokEnd(), upTo).stream().filter(d -> d.iso() != null).toList();
            }
        }
        if (!pairwise && ownDates == null && actors.size() > 1 && v.respectively() && dates.size() < actors.size()) {
            // "Ecuador, Mongolia and Spain had deposited ... on 11 June, 1 July and 23 September 2010, respectively":
            // the last two days, read as one span of "1 July and 23 September", are two dates of the list
            List<DateMention> listed = ActDates.andedDaysApart(v, dates);
            dates = listed.size() == actors.size() ? listed : dates;
        }
        boolean pairActors = !pairwise && ownDates == null && actors.size() > 1 && v.respectively()
                && dates.size() == actors.size();
        for (int a = 0; a < actors.size(); a++) {
            for (int i = 0; i < treaties.size(); i++) {
                Mention treaty = treaties.get(i);
                if (treaty.id() == null) {
                    continue;
                }
                DateMention date = pairActors ? dates.get(a) : pairwise ? dates.get(i)
                        : ownDates != null ? ownDates.get(i) : near;
                DateMention bracketed = ActDates.bracketedDate(v, treaty);
                if (bracketed != null && !pairActors && !pairwise && ownDates == null) {
                    date = bracketed; // "Ratification of the Convention ... (14 April) and of the ... (1 April)"
                }
                out.add(TreatyActionRule.act(action, actors.get(a), treaty, body, date));
            }
        }
    }

    /** The date nearest the cue that belongs to the act, where the treaties carry no dates of their own. */
    private DateMention nearDate() {
        DateMention near = v.nearestDate(cue.tokStart());
        if (near == null && v.timelineDash() >= 0) {
            near = ActDates.entryDate(v); // "29 June: accession to the ...; ratification of the ...": the entry's date
        }
        DateMention afterTreaty = treaties.size() == 1 ? ActDates.dateRightAfter(v, treaties.get(0)) : null;
        if (afterTreaty == null && treaties.size() == 1 && actor != null
                && v.tokenIs(treaties.get(0).tokEnd(), "by") && actor.tokStart() == treaties.get(0).tokEnd() + 1) {
            afterTreaty = ActDates.dateRightAfter(v, actor); // "the ratification of the Convention by Palau on 6 May 2021"
        }
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
        return near;
    }
}
