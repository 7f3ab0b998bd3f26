package io.rapporteur.extractor.rules.report;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;
import java.util.Set;

/**
 * A report named after its trigger ("submitted its fifth periodic report under the CRC in 2019", "the submission of
 * its initial report"): its treaties, the state that submitted it and the territory it covers, its numbers and the
 * date that is its own (not a deadline, a period covered, a later clause's or a "which" clause's).
 */
final class ReportsAfterTrigger {

    private ReportsAfterTrigger() {
    }

    private static final Set<String> SCOPE_PREPOSITIONS = Set.of("in", "on", "for", "covering", "concerning", "of");

    /** The facts of one report noun; returns the actor, for the next trigger of the sentence. */
    static Mention report(SentenceView v, CueMatch cue, int governor, CueMatch noun, int floor, int reach, int limit,
                                  boolean firstNoun, Mention previousActor, DateMention pairedDate,
                                  List<FactDraft> out) {
        // "the second report of the Hong Kong Special Administrative Region on the implementation of the ICCPR": a
        // territory or state the report covers may stand between the noun and its treaty
        Mention covered = v.firstRight(noun.tokEnd(), Math.min(reach, noun.tokEnd() + 3), m -> m.kind() == MentionKind.STATE);
        int gap = ReportSubmissionRule.MAX_GAP_TO_TREATY + (covered == null ? 0 : covered.tokEnd() - noun.tokEnd());
        Mention first = v.firstRight(noun.tokEnd(), Math.min(reach, noun.tokEnd() + gap), Roles.TREATY);
        if (v.tokenIs(noun.tokEnd(), "to") && (first == null || first.tokStart() > noun.tokEnd() + 2)) {
            // "..., its combined reports to the Committee on the Elimination of Racial Discrimination in January 2017
            // and ... its second periodic report under the Convention on ...": the treaty of the committee right
            // after the report, not one named further on
            Mention toCommittee = ReportParties.treatyOfCommittee(v, noun.tokEnd(), Math.min(reach, noun.tokEnd() + 3));
            first = toCommittee != null ? toCommittee : first;
        }
        ReportSymbol symbol = ReportSymbol.find(v, noun.tokEnd(), reach); // "its second periodic report (E/C.12/CHN/2)"
        if (symbol != null) {
            first = symbol.treatyOr(v, first);
        }
        if (first == null && firstNoun) {
            first = ReportParties.treatyOfCommittee(v, cue.tokEnd(), limit);
        }
        if (first == null && firstNoun) {
            first = ReportParties.committeeToWhich(v, cue);
        }
        if (first == null && firstNoun) {
            first = ReportParties.authorsTreaty(v, noun);
        }
        boolean its = v.tokenIs(noun.tokStart() - 1, "its") || v.tokenIs(noun.tokStart() - 2, "its");
        if (first == null && firstNoun && its && !v.tokenIs(noun.tokEnd(), "under")) {
            // "acceded to the Convention in 2008 and submitted its initial report in 2010": that treaty's report
            first = v.nearestLeft(cue.tokStart(), Roles.TREATY);
        }
        if (first == null || first.id() == null) {
            return previousActor;
        }
        List<Mention> treaties = v.coordinatedRight(first, m -> Roles.TREATY.test(m) && m.tokStart() < reach);
        Mention actor = ReportSubmissionRule.nominal(cue) ? ReportParties.submitter(v, cue, governor, noun, covered) : v.nearestLeft(cue.tokStart(), Roles.STATE_ACTOR);
        if (actor == null) {
            actor = previousActor;
        }
        if (actor == null && covered != null && v.tokenIs(covered.tokStart() - 1, "of")) {
            // "a delegation led by ... presented to the Committee the combined third and fourth periodic reports of
            // Morocco": the state whose report it is
            actor = covered;
        }
        if (actor == null && v.opensTimelineEntry(cue.tokStart())) {
            // a chronology's subjectless entry, "March - Submits its combined initial to fifth periodic reports to
            // the Committee ...": the state the chronology is about
            actor = v.mainState(cue);
        }
        if (actor == null) {
            return null;
        }
        if (actor.kind() == MentionKind.NATIONAL_BODY) {
            actor = actor.withId(actor.country(), MentionKind.STATE);
        }
        Mention recipient = ReportParties.recipient(v, cue.tokEnd(), limit, first, noun);
        Mention lastTreaty = treaties.get(treaties.size() - 1);
        final String actorId = actor.id();
        Mention scope = v.firstRight(lastTreaty.tokEnd(), reach, m -> m.kind() == MentionKind.STATE
                && !m.id().equals(actorId) && SCOPE_PREPOSITIONS.contains(v.token(m.tokStart() - 1).norm())
                && !v.possessive(m)); // not "as part of China's report"
        if (scope == null && covered != null && !covered.id().equals(actorId) && v.tokenIs(covered.tokStart() - 1, "of")) {
            scope = covered; // "the second report of the Hong Kong Special Administrative Region on ..."
        }
        String sovereign = v.kb.sovereignOf(actorId);
        if (sovereign != null) { // "the Government of the Hong Kong SAR submitted ...": China's report, for Hong Kong
            scope = actor;
            actor = actor.withId(sovereign, MentionKind.STATE);
        }
        List<Integer> reports = ReportSubmissionRule.ordinalsBefore(v, noun.tokStart(), floor);
        // "... and in 2012 its combined third and fourth reports on the CRC": a later report's own date comes first
        // "submitted its second periodic report under the ICCPR in January and its initial report under the CRPD on 12
        // July": each report's date after it; the first report may also take one set before the verb
        // a later report's date: after it ("... and its initial report under the CRPD on 12 July"), else in its conjunct
        // before it ("..., and in 2012 its combined third and fourth reports")
        List<DateMention> after = v.datesIn(firstNoun ? floor : noun.tokEnd(), reach).stream()
                .filter(d -> d.iso() != null && !deadline(v, d) && !opensNextClause(v, v.tokenAt(d.start()), reach, limit)
                        && !inWhichClause(v, noun.tokEnd(), v.tokenAt(d.start())) && !periodCovered(v, v.tokenAt(d.start())))
                .toList();
        if (after.isEmpty() && !firstNoun) {
            // in its conjunct before it, the one nearest the report: "... in January 2017 and, later in the same year,
            // its second periodic report under ..."
            List<DateMention> conjunct = v.datesIn(floor, reach).stream().filter(d -> d.iso() != null && !deadline(v, d))
                    .toList();
            List<DateMention> beforeIt = conjunct.stream().filter(d -> v.tokenAt(d.start()) < noun.tokStart()).toList();
            after = beforeIt.isEmpty() ? conjunct : List.of(beforeIt.get(beforeIt.size() - 1));
        }
        int afterPrecision = after.isEmpty() ? 0 : after.get(0).iso().length();
        // "In January 2003, China submitted its report on ... (2001)": a fronted date as precise is the act's
        boolean frontedWins = firstNoun && !ReportSubmissionRule.nominal(cue) && v.datesIn(v.clauseStart(cue.tokStart()), cue.tokStart()).stream()
                .anyMatch(d -> d.iso() != null && d.iso().length() >= afterPrecision);
        List<DateMention> own = frontedWins ? List.of() : after;
        if (own.isEmpty() && pairedDate == null && ReportSubmissionRule.nominal(cue)
                && v.tokenIs(governor, "including")) {
            return actor; // "..., including the submission of its initial report to the Committee, which examined it in
                          // November 2018": an example of progress, dated by nothing of its own
        }
        DateMention date = pairedDate != null ? pairedDate : own.isEmpty() ? v.nearestDate(cue.tokStart()) : own.get(0);
        String status = "PLANNED".equals(cue.value(CueKind.REPORT)) ? "PLANNED" : null;
        for (Mention treaty : treaties) {
            if (treaty.id() == null) {
                continue;
            }
            FactDraft fact = ReportSubmissionRule.submission(actor, treaty, reports);
            if (scope != null) {
                fact.entity("scope", scope);
            }
            if (recipient != null) {
                fact.entity("recipient", recipient);
            }
            fact.date(date == null ? null : date.iso(), false).status(status);
            out.add(fact);
        }
        return actor;
    }

    /**
     * Whether the date at {@code t} is fronted in the next coordinated clause, before its own trigger: "... reports
     * under the CEDAW, and in October of the following year it submitted its second periodic report ...".
     */
    private static boolean opensNextClause(SentenceView v, int t, int reach, int limit) {
        int k = t - 1;
        if (v.tokenIs(k, "in") || v.tokenIs(k, "on") || v.tokenIs(k, "during")) {
            k--;
        }
        return k != t - 1 && v.tokenIs(k, "and") && v.firstCue(CueKind.REPORT, t, v.tokens.size()) != null
                && v.firstCue(CueKind.REPORT_NOUN, t, Math.min(reach, limit)) == null;
    }

    /** "which was due in 2010": when a report was due, not when it was submitted. */
    private static boolean deadline(SentenceView v, DateMention d) {
        return v.isDeadline(v.tokenAt(d.start()));
    }

    /** Whether a date at {@code tok} is the period a report covers ("covering the period 1985-2002"), not its date. */
    private static boolean periodCovered(SentenceView v, int tok) {
        for (int k = tok - 1; k >= Math.max(0, tok - 3); k--) {
            if (v.tokenIs(k, "covering") || v.tokenIs(k, "covers") || v.tokenIs(k, "period")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date after the report stands in a ", which ..." clause about something else done with it: "submitted
     * its reports to the Committee ..., which reviewed them in February 2015".
     */
    private static boolean inWhichClause(SentenceView v, int from, int dateTok) {
        for (int k = from; k < dateTok; k++) {
            if ((v.tokenIs(k, "which") || v.tokenIs(k, "who")) && v.tokenIs(k - 1, ",")) {
                // (but not the report's own arrival: "..., which were received on 30 January 2018")
                boolean arrival = (v.tokenIs(k + 1, "was") || v.tokenIs(k + 1, "were"))
                        && (v.tokenIs(k + 2, "received") || v.tokenIs(k + 2, "submitted") || v.tokenIs(k + 2, "transmitted"));
                return !arrival;
            }
        }
        return false;
    }
}
