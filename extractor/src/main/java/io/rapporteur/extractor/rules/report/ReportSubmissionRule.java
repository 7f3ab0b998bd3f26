package io.rapporteur.extractor.rules.report;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * REPORT_SUBMISSION: "<state> submitted|presented [to <body>] its <ordinals> report(s) on the implementation of|under
 * <treaty>[ and <treaty>] [in <territory>] [to <body>][, and its <ordinals> report on <treaty>]". One fact per treaty.
 */
public final class ReportSubmissionRule implements Rule {

    static final int MAX_GAP_TO_TREATY = 7;

    /** The most tokens from a timeline's dash to its report noun: "Combined tenth to twelfth periodic reports". */
    private static final int MAX_ENTRY_TO_NOUN = 8;

    /** The most tokens between a trigger and the colon that opens the list of its reports ("the following reports:"). */
    private static final int LIST_INTRO = 8;

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        if (namesAReportNotOfTheState(v)) {
            return; // "the Commission submitted a parallel report to the Committee ahead of its review of Kenya's report"
        }
        List<CueMatch> triggers = v.cues(CueKind.REPORT);
        // also a timeline's "2012: Submission of the second periodic report under the ICCPR."
        boolean entryNoun = triggers.size() == 1 && nominal(triggers.get(0)) && v.opensTimelineEntry(triggers.get(0).tokStart());
        if (triggers.isEmpty() || entryNoun) {
            verblessEntry(v, out);
        }
        if (entryNoun) {
            return;
        }
        Mention previousActor = null;
        int listIntro = -1; // the colon after "submitted the following reports", once a trigger has opened a list
        int listItems = -1; // the colon after "the following reports were presented", whose items each tell their own
        for (int k = 0; k < triggers.size(); k++) {
            CueMatch cue = triggers.get(k);
            // the word that governs the noun "submission", read once for all that asks about it
            int governor = nominal(cue) ? governor(v, cue) : -1;
            if (nominal(cue) && !recorded(v, governor)) {
                continue; // "requests the submission of its next report": not one that was submitted
            }
            if (v.negatedBefore(cue)) {
                continue; // "Seychelles has never submitted its initial report", "has not yet submitted"
            }
            if (followedInSequence(v, cue)) {
                ReportsBeforeVerb.passive(v, cue, out); // "..., and the fourth periodic report under the CAT followed in November"
                continue;
            }
            CueMatch reportNoun = v.firstCue(CueKind.REPORT_NOUN, cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + 4));
            if (reportNoun != null && (v.findWord("parallel", cue.tokEnd(), reportNoun.tokStart()) >= 0
                    || v.findWord("shadow", cue.tokEnd(), reportNoun.tokStart()) >= 0
                    || v.findWord("alternative", cue.tokEnd(), reportNoun.tokStart()) >= 0)) {
                continue; // "submitted its parallel report": an institution's or NGOs' report, not the state's
            }
            int limit = k + 1 < triggers.size() ? triggers.get(k + 1).tokStart() : v.clauseEnd(cue.tokEnd());
            if (k + 1 < triggers.size() && followedInSequence(v, triggers.get(k + 1))) {
                // "transmitted its sixth periodic report ..., and the combined ... reports ... followed in October":
                // the later clause's report is its own trigger's subject
                int and = lastAnd(v, cue.tokEnd(), limit);
                limit = and > 0 ? and : limit;
            }
            int colon = v.findWord(":", cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + LIST_INTRO));
            // "the initial report of Tuvalu, submitted in 2011, on 11 and 12 October, and the second periodic report of
            // Fiji ...": a participle after the report it describes, not a verb whose object comes after it (also an
            // item of a list that repeats the verb past a long treaty name: "the following reports were presented:
            // (a) the second periodic report on the implementation of the International Covenant ..., submitted in
            // July 2016;")
            boolean aside = describesTheReportBefore(v, cue) || listItems >= 0 && cue.tokStart() > listItems
                    && describesTheItem(v, cue);
            if (listIntro >= 0 && cue.tokStart() > listIntro && !aside) {
                continue; // an item's participle the list's verb reads: "submitted the following reports: ..."
            }
            // (also "had been submitted": "the initial reports of Sri Lanka and Niger had been submitted in ...")
            CueMatch before = v.lastCue(CueKind.REPORT_NOUN, v.clauseStart(cue.tokStart()), cue.tokStart());
            boolean passiveForm = !nominal(cue) && (v.tokenIs(cue.tokStart() - 1, "were") || v.tokenIs(cue.tokStart() - 1, "was")
                    || v.tokenIs(cue.tokStart() - 1, "been"));
            if (colon > 0 && passiveForm && before != null && v.tokenIs(before.tokStart() - 1, "following")) {
                listItems = colon; // "the following reports were presented: (a) ..., submitted in ...": each item tells
                continue;
            }
            if (colon > 0 && triggers.subList(k + 1, triggers.size()).stream().noneMatch(t -> describesTheReportBefore(v, t))) {
                // "submitted the following reports: the sixth ... (14 June 2019); the third ...", also where an item
                // repeats the verb past a long treaty name
                limit = v.tokens.size();
                listIntro = colon;
            }
            // "submitted its third national report under the UPR, and its fifth periodic report on the CRC": each
            // report noun of the trigger's reach names its own treaty and ordinals
            List<CueMatch> nouns = new ArrayList<>();
            for (CueMatch c : v.cues(CueKind.REPORT_NOUN)) {
                if (colon > 0 && c.tokEnd() <= colon) {
                    continue; // "the following reports:", "two reports:" announce the reports, they are none of them
                }
                if (c.tokStart() >= cue.tokEnd() && c.tokStart() < limit) {
                    nouns.add(c);
                }
            }
            boolean passiveVerb = passiveForm && before != null;
            if (!nominal(cue) && v.tokenIs(cue.tokStart() - 1, ",")
                    && v.findWord("document", cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + 4)) >= 0) {
                continue; // "the combined reports of Mongolia, submitted in one document, at its 2753rd meeting": how, not when
            }
            if (aside) {
                ReportsBeforeVerb.passive(v, cue, out);
                continue;
            }
            if (passiveVerb && !nouns.isEmpty()) {
                // "The combined eighth and ninth periodic reports ... were submitted ... in February 2017, and the
                // initial report ... followed in October": the report is the subject; later ones are another clause's
                ReportsBeforeVerb.passive(v, cue, out);
                continue;
            }
            if (nouns.isEmpty()) {
                if (nominal(cue)) {
                    continue;
                }
                if (!ReportsBeforeVerb.relative(v, cue, out)) {
                    ReportsBeforeVerb.passive(v, cue, out);
                }
                continue;
            }
            // "In January and June, respectively, the Government submitted the second report of ... and the initial
            // report of ...": the dates set before the verb go to the reports in order
            List<DateMention> fronted = v.datesIn(v.clauseStart(cue.tokStart()), cue.tokStart()).stream()
                    .filter(d -> d.iso() != null).toList();
            boolean paired = v.respectively() && nouns.size() > 1 && fronted.size() == nouns.size();
            if (!paired && v.respectively() && nouns.size() > 1) {
                // "submitted the combined ... reports under A and its third periodic report under B in June and
                // November 2017, respectively": the dates after the last report, up to "respectively", in order
                int after = nouns.get(nouns.size() - 1).tokEnd();
                int respectively = v.findWord("respectively", after, limit);
                List<DateMention> trailing = respectively < 0 ? List.of()
                        : v.datesIn(after, respectively).stream().filter(d -> d.iso() != null).toList();
                if (trailing.size() == nouns.size()) {
                    fronted = trailing;
                    paired = true;
                }
            }
            for (int n = 0; n < nouns.size(); n++) {
                CueMatch noun = nouns.get(n);
                int reach = n + 1 < nouns.size() ? nouns.get(n + 1).tokStart() : limit;
                int floor = n == 0 ? cue.tokEnd() : nouns.get(n - 1).tokEnd();
                previousActor = ReportsAfterTrigger.report(v, cue, governor, noun, floor, reach, limit, n == 0, previousActor,
                        paired ? fronted.get(n) : null, out);
            }
        }
    }

    /**
     * A timeline's verbless entry: "16 May 2017 - Combined fifth and sixth periodic reports under CEDAW.": the report
     * of the timeline's state under the treaty named, on the entry's date.
     */
    private static void verblessEntry(SentenceView v, List<FactDraft> out) {
        int dash = v.timelineDash();
        CueMatch noun = dash < 0 ? null : v.firstCue(CueKind.REPORT_NOUN, dash + 1, Math.min(v.tokens.size(), dash + 1 + MAX_ENTRY_TO_NOUN));
        if (noun == null || !(v.tokenIs(noun.tokEnd(), "under") || v.tokenIs(noun.tokEnd(), "on"))) {
            return;
        }
        List<Integer> reports = ordinalsBefore(v, noun.tokStart(), dash + 1);
        boolean reportWords = v.tokens.subList(dash + 1, noun.tokStart()).stream()
                .allMatch(t -> t.is("the") || t.is("a") || v.kb.words("report-words").contains(t.norm()) || t.is("and")
                        || t.is("submission") || t.is("of")
                        || t.is("to") || t.is(",") || v.kb.ordinal(t.norm()) != null || t.norm().matches("\\d+(st|nd|rd|th)"));
        Mention treaty = v.firstRight(noun.tokEnd(), Math.min(v.tokens.size(), noun.tokEnd() + MAX_GAP_TO_TREATY), Roles.TREATY);
        Mention actor = v.mainState(noun);
        DateMention date = v.datesIn(0, dash).stream().findFirst().orElse(null);
        if (!reportWords || treaty == null || treaty.id() == null || actor == null || actor.id() == null || date == null) {
            return;
        }
        FactDraft fact = submission(actor, treaty, reports);
        fact.date(date.iso(), false);
        out.add(fact);
    }

    /** The last "and" in tokens [from, to), else -1. */
    private static int lastAnd(SentenceView v, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (v.tokenIs(k, "and")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the trigger is "followed in" or "followed on" a date after the report it follows: "The initial report
     * under the Convention ... followed on 2 December 2019", a report the text sends after an earlier one (not
     * "followed by Niger": a verb with its own object).
     */
    static boolean followedInSequence(SentenceView v, CueMatch cue) {
        return v.tokenIs(cue.tokStart(), "followed") && !v.datesIn(cue.tokEnd() - 1, Math.min(v.tokens.size(),
                cue.tokEnd() + 2)).isEmpty();
    }

    static boolean nominal(CueMatch cue) {
        return "NOMINAL".equals(cue.value(CueKind.REPORT));
    }

    /** The word that governs the noun "submission": "welcomes" in "welcomes the timely submission"; may be -1. */
    private static int governor(SentenceView v, CueMatch cue) {
        return v.governorOf(cue.tokStart(), v.kb.words("report-nominal-modifiers"));
    }

    /**
     * Whether a verb that records it governs the noun "submission": "welcomes the submission", "notes with appreciation
     * the timely submission".
     */
    private static boolean recorded(SentenceView v, int governor) {
        // "welcomes the timely submission", "notes with appreciation the submission"
        if (v.tokenIs(governor, "including")) {
            // "welcomed ... its steady progress in reporting ..., including the submission of its initial report"
            for (int k = 0; k < governor; k++) {
                if (v.isRecordingVerb(k)) {
                    return true;
                }
            }
        }
        return v.isRecordingVerb(governor) || v.briefedOn(governor);
    }

    /** A state's submission of reports (their numbers, if the text gives them) under a treaty. */
    static FactDraft submission(Mention actor, Mention treaty, List<Integer> reports) {
        FactDraft fact = new FactDraft(FactType.REPORT_SUBMISSION).entity("actor", actor).entity("treaty", treaty);
        fact.fields.put("reports", List.copyOf(reports));
        return fact;
    }

    /**
     * Whether the sentence names another's report on the state: "the Commission transmitted to the Committee a
     * parallel report", "submitted its own independent report" (a national institution's, not the state's own).
     */
    private static boolean namesAReportNotOfTheState(SentenceView v) {
        Set<String> words = v.kb.words("reports-not-of-the-state");
        for (CueMatch c : v.cues(CueKind.REPORT_NOUN)) {
            for (int k = Math.max(0, c.tokStart() - 2); k < c.tokStart(); k++) {
                if (words.contains(v.tokens.get(k).norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "its eighth and ninth reports" -> [8, 9]; "combined fifth to seventh periodic reports" -> [5, 6, 7]. */
    public static List<Integer> ordinalsBefore(SentenceView v, int nounTok, int floor) {
        List<Integer> found = new ArrayList<>();
        boolean range = false;
        for (int i = nounTok - 1; i >= floor; i--) {
            int[] ordinal = v.ordinals().endingAt(i); // "twenty-first" whole, not its "first"
            String norm = v.token(i).norm();
            if (ordinal != null) {
                i = ordinal[1];
                if (range && !found.isEmpty()) {
                    int high = found.get(0);
                    for (int n = high - 1; n > ordinal[0]; n--) {
                        found.add(0, n);
                    }
                    range = false;
                }
                found.add(0, ordinal[0]);
            } else if (norm.equals("to") || norm.equals("-") && !found.isEmpty()) {
                range = true;
            } else if (norm.equals("and") || norm.equals(",") || v.kb.words("report-words").contains(norm) || norm.equals("-")) {
                continue;
            } else {
                break;
            }
        }
        return found;
    }

    /** The most tokens from a report noun to the participle right after it: "the initial report of Tuvalu, submitted". */
    private static final int ASIDE_REACH = 8;

    /** The most tokens from an item's report noun to its participle: "report under <a long treaty name>, submitted". */
    private static final int ITEM_REACH = 24;

    /** "the initial report of Tuvalu, submitted in 2011": a participle after a comma, right after the report it describes. */
    private static boolean describesTheReportBefore(SentenceView v, CueMatch cue) {
        return reportBeforeParticiple(v, cue, ASIDE_REACH) != null;
    }

    /** "(a) the second periodic report on the implementation of ..., submitted": the participle of its item's report. */
    private static boolean describesTheItem(SentenceView v, CueMatch cue) {
        CueMatch noun = reportBeforeParticiple(v, cue, ITEM_REACH);
        return noun != null && v.findWord(";", noun.tokEnd(), cue.tokStart()) < 0
                && v.findWord(":", noun.tokEnd(), cue.tokStart()) < 0;
    }

    /** The last report noun within {@code reach} before a participle set off by a comma; null for any other cue. */
    private static CueMatch reportBeforeParticiple(SentenceView v, CueMatch cue, int reach) {
        return nominal(cue) || !v.tokenIs(cue.tokStart() - 1, ",") ? null
                : v.lastCue(CueKind.REPORT_NOUN, Math.max(0, cue.tokStart() - reach), cue.tokStart());
    }
}
