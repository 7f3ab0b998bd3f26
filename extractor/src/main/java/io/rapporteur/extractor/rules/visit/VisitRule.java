package io.rapporteur.extractor.rules.visit;

import io.rapporteur.extractor.date.IsoDates;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * VISIT: "<visitor> visited|paid a visit to|made a trip to|will visit|concluded a ... visit to <state or city>
 * [on invitation|at the invitation of X] [to <purpose>]". Also "The visit ... has been postponed|cancelled", which
 * changes the status of the last visit.
 *
 * <p>The readers, each in a class of its own: the verb's visits ({@link VerbVisits}, with {@link WhoVisited},
 * {@link WhereVisited} and {@link DaysOfTheStay}), the host's view ({@link ReceivedVisits}), visits named as a noun
 * ({@link NominalVisits}, {@link PossessiveVisits}), the same visit on other dates or by further visitors with the
 * verb left out ({@link RepeatedVisits}), visits to come ({@link ScheduledVisits}) and a later "The visit ..." that
 * restates one ({@link RestatedVisits}, {@link ExpertNamedLater}).
 */
public final class VisitRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        applyRules(v, out);
        DaysOfTheStay.endedToday(v, out.subList(before, out.size()));
    }

    private void applyRules(SentenceView v, List<FactDraft> out) {
        if (VerbVisits.visitorsListedAfterAColon(v, out)) {
            return;
        }
        for (CueMatch cue : v.cues(CueKind.VISIT)) {
            if (VisitFacts.RECEIVED.equals(cue.value(CueKind.VISIT))) {
                ReceivedVisits.received(v, cue, out);
            } else if (!PassiveVisits.read(v, cue, out)) { // "the country has been visited by A (October 2017) and B"
                VerbVisits.read(v, cue, out);
            }
        }
        NominalVisits.undertakenVisit(v, out);
        PossessiveVisits.reportedVisits(v, out);
        boolean namedVisit = NominalVisits.nominalVisits(v, out) | NominalVisits.pluralVisits(v, out);
        ReceivedVisits.hostReceived(v, out);
        PossessiveVisits.possessiveVisits(v, out);
        ScheduledVisits.whoseVisitIsScheduled(v, out);
        ScheduledVisits.nextVisitsScheduled(v, out);
        if (!namedVisit) { // "The visit to China by the High Commissioner ... did not take place" names its own visit
            RestatedVisits.statusChange(v, out);
            RestatedVisits.restatedSpan(v, out);
        }
    }

    /** The most days after a visit's last day that a release reporting it concluded may be dated. */
    private static final long REPORTED_WITHIN_DAYS = 3;

    /**
     * A visit's day inside the span, or the day of the release that reported it concluded, a few days after: one visit
     * (also how PointsWithinSpans tells a point of the same visit).
     */
    public static boolean reportedWithin(String day, String span) {
        return IsoDates.pointWithin(day, span) || IsoDates.pointJustAfter(day, span, REPORTED_WITHIN_DAYS);
    }
}
