package io.rapporteur.extractor.rules.report;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
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
import java.util.Set;

/**
 * REPORT_SUBMISSION: "<state> submitted|presented [to <body>] its <ordinals> report(s) on the implementation of|under
 * <treaty>[ and <treaty>] [in <territory>] [to <body>][, and its <ordinals> report on <treaty>]". One fact per treaty.
 */
public final class ReportSubmissionRule implements Rule {

    private static final Set<String> SCOPE_PREPOSITIONS = Set.of("in", "on", "for", "covering", "concerning", "of");
    private static final int MAX_GAP_TO_TREATY = 7;

    /** The most tokens from "its" to the report noun: "its combined second and third periodic report". */
    private static final int MAX_ORDINALS_BEFORE_NOUN = 6;

    /** The most tokens from a timeline's dash to its report noun: "Combined tenth to twelfth periodic reports". */
    private static final int MAX_ENTRY_TO_NOUN = 8;

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
        FactDraft fact = new FactDraft(FactType.REPORT_SUBMISSION).entity("actor", actor).entity("treaty", treaty);
        fact.fields.put("reports", List.copyOf(reports));
        fact.date(date.iso(), false);
        out.add(fact);
    }

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        if (v.namesAReportNotOfTheState()) {
            return; // "the Commission submitted a parallel report to the Committee ahead of its review of Kenya's report"
        }
        List<CueMatch> triggers = v.cues(CueKind.REPORT);
        // also a timeline's "2012: Submission of the second periodic report under the ICCPR."
        boolean entryNoun = triggers.size() == 1 && nominal(triggers.get(0)) && v.timelineDash() >= 0
                && triggers.get(0).tokStart() == v.timelineDash() + 1;
        if (triggers.isEmpty() || entryNoun) {
            verblessEntry(v, out);
        }
        if (entryNoun) {
            return;
        }
        Mention previousActor = null;
        for (int k = 0; k < triggers.size(); k++) {
            CueMatch cue = triggers.get(k);
            if (nominal(cue) && !recorded(v, cue)) {
                continue; // "requests the submission of its next report": not one that was submitted
            }
            if (v.negatedBefore(cue)) {
                continue; // "Seychelles has never submitted its initial report", "has not yet submitted"
            }
            if (followedInSequence(v, cue)) {
                passive(v, cue, out); // "..., and the fourth periodic report under the CAT followed in November"
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
            if (k + 1 == triggers.size() && colon > 0) {
                limit = v.tokens.size(); // "submitted the following reports: the sixth ... (14 June 2019); the third ..."
            }
            // "submitted its third national report under the UPR, and its fifth periodic report on the CRC": each
            // report noun of the trigger's reach names its own treaty and ordinals
            List<CueMatch> nouns = new ArrayList<>();
            for (CueMatch c : v.cues(CueKind.REPORT_NOUN)) {
                if (v.tokenIs(c.tokStart() - 1, "following") && v.tokenIs(c.tokEnd(), ":")) {
                    continue; // "the following reports:" announces the reports, it is none of them
                }
                if (c.tokStart() >= cue.tokEnd() && c.tokStart() < limit) {
                    nouns.add(c);
                }
            }
            boolean passiveVerb = !nominal(cue) && (v.tokenIs(cue.tokStart() - 1, "were") || v.tokenIs(cue.tokStart() - 1, "was"))
                    && v.lastCue(CueKind.REPORT_NOUN, v.clauseStart(cue.tokStart()), cue.tokStart()) != null;
            // "the initial report of Tuvalu, submitted in 2011, on 11 and 12 October, and the second periodic report of
            // Fiji ...": a participle after the report it describes, not a verb whose object comes after it
            boolean aside = !nominal(cue) && v.tokenIs(cue.tokStart() - 1, ",")
                    && v.lastCue(CueKind.REPORT_NOUN, Math.max(0, cue.tokStart() - 8), cue.tokStart()) != null;
            if (!nominal(cue) && v.tokenIs(cue.tokStart() - 1, ",")
                    && v.findWord("document", cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + 4)) >= 0) {
                continue; // "the combined reports of Mongolia, submitted in one document, at its 2753rd meeting": how, not when
            }
            if (aside) {
                passive(v, cue, out);
                continue;
            }
            if (passiveVerb && !nouns.isEmpty()) {
                // "The combined eighth and ninth periodic reports ... were submitted ... in February 2017, and the
                // initial report ... followed in October": the report is the subject; later ones are another clause's
                passive(v, cue, out);
                continue;
            }
            if (nouns.isEmpty()) {
                if (nominal(cue)) {
                    continue;
                }
                if (!relative(v, cue, out)) {
                    passive(v, cue, out);
                }
                continue;
            }
            // "In January and June, respectively, the Government submitted the second report of ... and the initial
            // report of ...": the dates set before the verb go to the reports in order
            List<DateMention> fronted = v.datesIn(v.clauseStart(cue.tokStart()), cue.tokStart()).stream()
                    .filter(d -> d.iso() != null).toList();
            boolean paired = v.respectively() && nouns.size() > 1 && fronted.size() == nouns.size();
            for (int n = 0; n < nouns.size(); n++) {
                CueMatch noun = nouns.get(n);
                int reach = n + 1 < nouns.size() ? nouns.get(n + 1).tokStart() : limit;
                int floor = n == 0 ? cue.tokEnd() : nouns.get(n - 1).tokEnd();
                previousActor = report(v, cue, noun, floor, reach, limit, n == 0, previousActor,
                        paired ? fronted.get(n) : null, out);
            }
        }
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
    private static boolean followedInSequence(SentenceView v, CueMatch cue) {
        return v.tokenIs(cue.tokStart(), "followed") && !v.datesIn(cue.tokEnd() - 1, Math.min(v.tokens.size(),
                cue.tokEnd() + 2)).isEmpty();
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
     * "Viet Nam's combined third and fourth report on the implementation of the Convention on the Rights of the Child
     * was submitted in 2009", "The fifth report under the Covenant was submitted by Japan in 2012": the report named
     * before a passive trigger, its state a possessive before it or an agent after.
     */
    private static void passive(SentenceView v, CueMatch cue, List<FactDraft> out) {
        boolean participle = v.tokenIs(cue.tokStart() - 1, ","); // "the periodic reports of Mongolia (...), submitted in"
        // "were submitted", "were finalized and forwarded to the Committee"
        int auxiliary = v.tokenIs(cue.tokStart() - 1, "and") ? cue.tokStart() - 3 : cue.tokStart() - 1;
        // a timeline's headline: "March - Combined fifth and sixth periodic reports submitted to the Committee ..."
        int dash = v.timelineDash();
        // (its treaty may be named first: "March 2008: Initial report under the ICMW submitted to the Committee ...")
        boolean headline = dash >= 0 && v.firstCue(CueKind.REPORT_NOUN, dash + 1, cue.tokStart()) != null
                && v.mentionsIn(dash + 1, cue.tokStart(), m -> m.kind() != MentionKind.TREATY).isEmpty();
        // (a chronology's present: "September – The second periodic report ... is submitted to the Committee")
        boolean present = dash >= 0 && (v.tokenIs(auxiliary, "is") || v.tokenIs(auxiliary, "are"));
        boolean followed = followedInSequence(v, cue);
        if (!(v.tokenIs(auxiliary, "was") || v.tokenIs(auxiliary, "were") || v.tokenIs(auxiliary, "been") || participle
                || headline || present || followed)) {
            return;
        }
        int cs = v.clauseStart(cue.tokStart());
        if (passiveList(v, cue, cs, out)) {
            return;
        }
        CueMatch noun = v.lastCue(CueKind.REPORT_NOUN, cs, cue.tokStart());
        if (noun == null) {
            return;
        }
        Mention treaty = v.firstRight(noun.tokEnd(), Math.min(cue.tokStart(), noun.tokEnd() + MAX_GAP_TO_TREATY),
                Roles.TREATY);
        if (treaty == null && v.findWord("its", noun.tokEnd(), cue.tokStart()) >= 0) {
            // "ratified the Covenant, and China's first report on its implementation was submitted in June 2003"
            treaty = v.nearestLeft(noun.tokStart(), Roles.TREATY);
        }
        ReportSymbol symbol = ReportSymbol.find(v, noun.tokEnd(), cue.tokStart());
        if (symbol != null) {
            treaty = symbol.treatyOr(v, treaty);
        }
        if (treaty == null) { // "... periodic reports submitted to the Committee on the Rights of the Child"
            treaty = treatyOfCommittee(v, cue.tokEnd(), v.clauseEnd(cue.tokEnd()));
        }
        if (treaty == null) {
            treaty = authorsTreaty(v, noun);
        }
        if (treaty == null && v.discourse.committeeTreaty() != null) {
            // a committee's release: "Kuwait, whose ... periodic reports had been submitted in October 2019, was
            // reviewed", "reports, received by the Committee in January 2021, were considered": its treaty's
            treaty = v.inferred(MentionKind.TREATY, v.discourse.committeeTreaty(), noun.tokStart(), noun.tokEnd());
        }
        if (treaty == null || treaty.id() == null) {
            return;
        }
        int ce = v.clauseEnd(cue.tokEnd());
        Mention actor = v.nearestLeft(noun.tokStart(), m -> m.kind() == MentionKind.STATE && v.possessive(m));
        int whose = v.findWord("whose", Math.max(0, noun.tokStart() - 8), noun.tokStart());
        if (actor == null && whose > 1 && v.tokenIs(whose - 1, ",")) { // "Kuwait, whose ... reports had been submitted"
            actor = v.nearestLeft(whose - 1, m -> m.kind() == MentionKind.STATE && m.tokEnd() == whose - 1);
            List<Mention> owners = actor == null ? List.of() : v.coordinatedLeft(actor, m -> m.kind() == MentionKind.STATE);
            List<DateMention> dates = v.datesIn(cue.tokEnd(), ce).stream().filter(d -> d.iso() != null).toList();
            if (owners.size() > 1 && dates.size() == owners.size()) {
                // "Saudi Arabia and Pakistan, whose reports had been submitted in 2014 and 2015 respectively"
                for (int i = 0; i < owners.size(); i++) {
                    FactDraft each = new FactDraft(FactType.REPORT_SUBMISSION).entity("actor", owners.get(i))
                            .entity("treaty", treaty);
                    each.fields.put("reports", List.of());
                    each.date(dates.get(i).iso(), false);
                    out.add(each);
                }
                return;
            }
            if (owners.size() > 1) {
                return; // several owners, their dates not one each: which is whose is not said
            }
        }
        if (actor == null && v.tokenIs(noun.tokEnd(), "of")) { // "the combined fifth and sixth periodic reports of Mongolia"
            actor = v.firstRight(noun.tokEnd() + 1, noun.tokEnd() + 2, m -> m.kind() == MentionKind.STATE);
        }
        if (actor == null) {
            actor = v.firstRight(cue.tokEnd(), ce, m -> m.kind() == MentionKind.STATE && v.tokenIs(m.tokStart() - 1, "by"));
        }
        if (actor == null) { // "the submission by the State party of its combined reports, which were submitted in"
            actor = v.nearestLeft(noun.tokStart(), m -> Roles.STATE_ACTOR.test(m) && m.tokStart() >= cs
                    && v.tokenIs(m.tokStart() - 1, "by") && v.tokenIs(m.tokEnd(), "of"));
        }
        if (actor == null) {
            // "Turkmenistan informed the EU that its third periodic report ... had been submitted": the state informing
            int its = v.findWord("its", Math.max(cs, noun.tokStart() - MAX_ORDINALS_BEFORE_NOUN), noun.tokStart());
            actor = its < 0 ? null : v.informantBeforeThat(its);
        }
        if (actor == null && symbol != null && v.kb.isState(symbol.state())) {
            actor = v.inferred(MentionKind.STATE, symbol.state(), symbol.tokStart(), symbol.tokEnd());
        }
        if (actor == null && followed) {
            // "the Government transmitted its sixth periodic report ..., and the combined ... reports under the ICERD
            // followed in October": the next report of the state that sent the one before
            actor = v.nearestLeft(noun.tokStart(), Roles.STATE_ACTOR);
        }
        if (actor == null && v.mentionsIn(0, v.tokens.size(), m -> m.isStateLike() && !m.inferred()).isEmpty()) {
            // a white paper's "The combined fifth and sixth reports ... were forwarded"; a committee's "It regrets
            // that the report ... was submitted only on 2 December 2015" (no state named, only referred to)
            actor = v.mainState(cue);
        }
        if (actor == null || actor.id() == null) {
            return;
        }
        List<Integer> reports = ordinalsBefore(v, noun.tokStart(), cs);
        if (reports.isEmpty() && symbol != null) {
            reports = symbol.reports();
        }
        DateMention date = v.nearestDate(cue.tokStart());
        FactDraft fact = new FactDraft(FactType.REPORT_SUBMISSION).entity("actor", actor).entity("treaty", treaty);
        fact.fields.put("reports", List.copyOf(reports));
        Mention recipient = recipient(v, cue.tokEnd(), ce, treaty, noun);
        if (recipient != null) {
            fact.entity("recipient", recipient);
        }
        fact.date(date == null ? null : date.iso(), false);
        out.add(fact);
    }

    /** The longest stretch from a report noun to the "which" that starts its relative clause. */
    private static final int MAX_RELATIVE_GAP = 24;

    /**
     * "The initial report on China's implementation of the ICESCR, which the Chinese government had submitted in June
     * 2003 and which ...": a relative clause whose subject submitted the report named before it.
     */
    private static boolean relative(SentenceView v, CueMatch cue, List<FactDraft> out) {
        int k = cue.tokStart() - 1;
        if (v.tokenIs(k, "had") || v.tokenIs(k, "has")) {
            k--;
        }
        final int subjectEnd = k + 1;
        Mention subject = v.nearestLeft(subjectEnd, m -> Roles.STATE_ACTOR.test(m) && m.tokEnd() == subjectEnd);
        // "China's sixth report on ..., which it submitted in June 2013,", "The fourth periodic report of Bulgaria,
        // which was received in February 2016,": the report's owner submitted it
        boolean ownerSubmitted = subject == null && v.tokenIs(k - 1, "which") && (v.tokenIs(k, "it")
                || v.tokenIs(k, "was") || v.tokenIs(k, "were"));
        if (!ownerSubmitted && (subject == null || !v.tokenIs(subject.tokStart() - 1, "which"))) {
            return false;
        }
        int which = ownerSubmitted ? k - 1 : subject.tokStart() - 1;
        int cs = v.clauseStart(which);
        CueMatch noun = v.lastCue(CueKind.REPORT_NOUN, Math.max(cs, which - MAX_RELATIVE_GAP), which);
        if (noun == null) {
            return false;
        }
        Mention treaty = v.firstRight(noun.tokEnd(), which, Roles.TREATY);
        if (treaty == null || treaty.id() == null) {
            return false;
        }
        if (ownerSubmitted) {
            subject = reportOwner(v, Math.max(cs, which - MAX_RELATIVE_GAP), noun, which);
            if (subject == null || subject.id() == null) {
                return false;
            }
        }
        Mention actor = subject.kind() == MentionKind.NATIONAL_BODY ? subject.withId(subject.country(), MentionKind.STATE)
                : subject;
        List<DateMention> own = v.datesIn(cue.tokEnd(), Math.min(v.clauseEnd(cue.tokEnd()), cue.tokEnd() + 4));
        FactDraft fact = new FactDraft(FactType.REPORT_SUBMISSION).entity("actor", actor).entity("treaty", treaty);
        fact.fields.put("reports", List.copyOf(ordinalsBefore(v, noun.tokStart(), cs)));
        fact.date(own.isEmpty() ? null : own.get(0).iso(), false);
        out.add(fact);
        return true;
    }

    /** Whose report: "China's sixth report", "the fourth periodic report of Bulgaria", or null. */
    private static Mention reportOwner(SentenceView v, int from, CueMatch noun, int limit) {
        Mention possessive = v.nearestLeft(noun.tokStart(), m -> Roles.STATE_ACTOR.test(m) && m.tokStart() >= from
                && v.possessive(m));
        if (possessive != null) {
            return possessive;
        }
        return v.firstRight(noun.tokEnd(), Math.min(limit, noun.tokEnd() + 3), m -> Roles.STATE_ACTOR.test(m)
                && v.tokenIs(m.tokStart() - 1, "of"));
    }

    /**
     * "The third report of the Hong Kong SAR and the second report of the Macao SAR under the ICCPR were submitted in
     * February and August, respectively": reports listed before a passive verb, each with its territory and ordinal,
     * under the treaty named after the last, paired with the dates after the verb. False when it is no such list.
     */
    private static boolean passiveList(SentenceView v, CueMatch cue, int cs, List<FactDraft> out) {
        List<CueMatch> nouns = new ArrayList<>();
        for (CueMatch c : v.cues(CueKind.REPORT_NOUN)) {
            if (c.tokStart() >= cs && c.tokEnd() <= cue.tokStart()) {
                nouns.add(c);
            }
        }
        List<DateMention> dates = v.datesIn(cue.tokEnd(), v.clauseEnd(cue.tokEnd())).stream()
                .filter(d -> d.iso() != null).toList();
        if (nouns.size() < 2 || !v.respectively() || dates.size() != nouns.size()) {
            return false;
        }
        CueMatch lastNoun = nouns.get(nouns.size() - 1);
        Mention treaty = v.firstRight(lastNoun.tokEnd(), cue.tokStart(), Roles.TREATY);
        if (treaty == null || treaty.id() == null) {
            return false;
        }
        for (int n = 0; n < nouns.size(); n++) {
            CueMatch noun = nouns.get(n);
            int reach = n + 1 < nouns.size() ? nouns.get(n + 1).tokStart() : treaty.tokStart();
            Mention of = v.tokenIs(noun.tokEnd(), "of")
                    ? v.firstRight(noun.tokEnd() + 1, Math.min(reach, noun.tokEnd() + 3), m -> m.kind() == MentionKind.STATE)
                    : null;
            String sovereign = of == null ? null : v.kb.sovereignOf(of.id());
            Mention actor = sovereign != null ? of.withId(sovereign, MentionKind.STATE) : of;
            if (actor == null) {
                actor = v.mainState(cue);
            }
            if (actor == null) {
                return false;
            }
            FactDraft fact = new FactDraft(FactType.REPORT_SUBMISSION).entity("actor", actor).entity("treaty", treaty);
            fact.fields.put("reports", List.copyOf(ordinalsBefore(v, noun.tokStart(), n == 0 ? cs : nouns.get(n - 1).tokEnd())));
            if (sovereign != null) {
                fact.entity("scope", of);
            }
            fact.date(dates.get(n).iso(), false);
            out.add(fact);
        }
        return true;
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

    /** The facts of one report noun; returns the actor, for the next trigger of the sentence. */
    private static Mention report(SentenceView v, CueMatch cue, CueMatch noun, int floor, int reach, int limit,
                                  boolean firstNoun, Mention previousActor, DateMention pairedDate,
                                  List<FactDraft> out) {
        // "the second report of the Hong Kong Special Administrative Region on the implementation of the ICCPR": a
        // territory or state the report covers may stand between the noun and its treaty
        Mention covered = v.firstRight(noun.tokEnd(), Math.min(reach, noun.tokEnd() + 3), m -> m.kind() == MentionKind.STATE);
        int gap = MAX_GAP_TO_TREATY + (covered == null ? 0 : covered.tokEnd() - noun.tokEnd());
        Mention first = v.firstRight(noun.tokEnd(), Math.min(reach, noun.tokEnd() + gap), Roles.TREATY);
        if (v.tokenIs(noun.tokEnd(), "to") && (first == null || first.tokStart() > noun.tokEnd() + 2)) {
            // "..., its combined reports to the Committee on the Elimination of Racial Discrimination in January 2017
            // and ... its second periodic report under the Convention on ...": the treaty of the committee right
            // after the report, not one named further on
            Mention toCommittee = treatyOfCommittee(v, noun.tokEnd(), Math.min(reach, noun.tokEnd() + 3));
            first = toCommittee != null ? toCommittee : first;
        }
        ReportSymbol symbol = ReportSymbol.find(v, noun.tokEnd(), reach); // "its second periodic report (E/C.12/CHN/2)"
        if (symbol != null) {
            first = symbol.treatyOr(v, first);
        }
        if (first == null && firstNoun) {
            first = treatyOfCommittee(v, cue.tokEnd(), limit);
        }
        if (first == null && firstNoun) {
            first = committeeToWhich(v, cue);
        }
        if (first == null && firstNoun) {
            first = authorsTreaty(v, noun);
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
        Mention actor = nominal(cue) ? submitter(v, cue, noun, covered) : v.nearestLeft(cue.tokStart(), Roles.STATE_ACTOR);
        if (actor == null) {
            actor = previousActor;
        }
        if (actor == null && covered != null && v.tokenIs(covered.tokStart() - 1, "of")) {
            // "a delegation led by ... presented to the Committee the combined third and fourth periodic reports of
            // Morocco": the state whose report it is
            actor = covered;
        }
        if (actor == null) {
            return null;
        }
        if (actor.kind() == MentionKind.NATIONAL_BODY) {
            actor = actor.withId(actor.country(), MentionKind.STATE);
        }
        Mention recipient = recipient(v, cue.tokEnd(), limit, first, noun);
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
        List<Integer> reports = ordinalsBefore(v, noun.tokStart(), floor);
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
        boolean frontedWins = firstNoun && !nominal(cue) && v.datesIn(v.clauseStart(cue.tokStart()), cue.tokStart()).stream()
                .anyMatch(d -> d.iso() != null && d.iso().length() >= afterPrecision);
        List<DateMention> own = frontedWins ? List.of() : after;
        if (own.isEmpty() && pairedDate == null && nominal(cue)
                && v.tokenIs(governor(v, cue), "including")) {
            return actor; // "..., including the submission of its initial report to the Committee, which examined it in
                          // November 2018": an example of progress, dated by nothing of its own
        }
        DateMention date = pairedDate != null ? pairedDate : own.isEmpty() ? v.nearestDate(cue.tokStart()) : own.get(0);
        String status = "PLANNED".equals(cue.value(CueKind.REPORT)) ? "PLANNED" : null;
        for (Mention treaty : treaties) {
            if (treaty.id() == null) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.REPORT_SUBMISSION).entity("actor", actor).entity("treaty", treaty);
            fact.fields.put("reports", List.copyOf(reports));
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

    private static boolean nominal(CueMatch cue) {
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
    private static boolean recorded(SentenceView v, CueMatch cue) {
        // "welcomes the timely submission", "notes with appreciation the submission"
        int governor = governor(v, cue);
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

    /**
     * Who submitted the report that the noun "submission" names: "the submission by the State party of its fourth
     * periodic report", "the submission of the initial report of Fiji", "the submission of its report" (the state the
     * document is about).
     */
    private static Mention submitter(SentenceView v, CueMatch cue, CueMatch noun, Mention covered) {
        Mention by = v.firstRight(cue.tokEnd(), noun.tokStart(), m -> Roles.STATE_ACTOR.test(m)
                && v.tokenIs(m.tokStart() - 1, "by"));
        if (by != null) {
            return by;
        }
        if (covered != null && v.tokenIs(covered.tokStart() - 1, "of")) {
            return covered;
        }
        Mention owner = v.firstRight(cue.tokEnd(), noun.tokStart(), m -> Roles.STATE_ACTOR.test(m)
                && v.possessive(m)); // "of the State party's reports"
        if (owner != null) {
            return owner;
        }
        if (!(v.tokenIs(noun.tokStart() - 1, "its") || v.findWord("its", cue.tokEnd(), noun.tokStart()) >= 0)) {
            return null;
        }
        int governor = governor(v, cue);
        if (v.briefedOn(governor)) { // "Viet Nam briefed Australia on the submission of its initial report": the subject's
            Mention subject = v.firstRight(v.clauseStart(cue.tokStart()), governor, Roles.STATE_ACTOR);
            if (subject != null) {
                return subject;
            }
        }
        // "Australia welcomed the Lao PDR's ratification of ... and ..., including the submission of its initial
        // report": the state whose acts the sentence recounts, else the state the document is about
        Mention possessor = v.nearestLeft(cue.tokStart(), m -> Roles.STATE_ACTOR.test(m)
                && v.possessive(m));
        return possessor != null ? possessor : v.mainState(cue);
    }

    /**
     * In a treaty body's own document, a report that names no treaty is under the treaty that body monitors ("the
     * submission by the State party of its combined sixth and seventh periodic reports"); elsewhere null.
     */
    private static Mention authorsTreaty(SentenceView v, CueMatch noun) {
        String treaty = v.discourse.committeeTreaty();
        return treaty == null ? null : v.inferred(MentionKind.TREATY, treaty, noun.tokStart(), noun.tokEnd());
    }

    /**
     * The body a report went "to" in [from, limit); in a treaty body's own document, else, the body itself for reports
     * under its treaty. Null if neither.
     */
    private static Mention recipient(SentenceView v, int from, int limit, Mention treaty, CueMatch noun) {
        Mention to = v.firstRight(from, limit, m -> m.kind() == MentionKind.ORG && v.tokenIs(m.tokStart() - 1, "to"));
        return to != null ? to : authorAsRecipient(v, treaty, noun);
    }

    /** In a treaty body's own document, the body receives the reports under its treaty that name no recipient. */
    private static Mention authorAsRecipient(SentenceView v, Mention treaty, CueMatch noun) {
        String committee = v.discourse.committee();
        if (committee == null || !treaty.id().equals(v.discourse.committeeTreaty())) {
            return null;
        }
        return v.inferred(MentionKind.ORG, committee, noun.tokStart(), noun.tokEnd());
    }

    /**
     * "submitted its periodic reports to the Committee on the Elimination of Racial Discrimination": no treaty named,
     * so the report is under the treaty that committee monitors.
     */
    private static Mention treatyOfCommittee(SentenceView v, int from, int limit) {
        // also "..., submitted in February 2016, were examined by the Committee on ...", "will now be examined at the
        // Committee's seventy-fifth session": the committee that takes them up
        Mention committee = v.firstRight(from, limit, m -> m.kind() == MentionKind.ORG && m.id() != null
                && (v.tokenIs(m.tokStart() - 1, "to") || v.tokenIs(m.tokStart() - 1, "by") || v.tokenIs(m.tokStart() - 1, "at"))
                && v.kb.monitoredTreaty(m.id()) != null);
        return committee == null ? null : committee.withId(v.kb.monitoredTreaty(committee.id()), MentionKind.TREATY);
    }

    /**
     * "its dialogue with the Committee against Torture, to which it submitted its second periodic report in December
     * 2019": the committee the relative clause refers back to, as the treaty it monitors.
     */
    private static Mention committeeToWhich(SentenceView v, CueMatch cue) {
        for (int k = cue.tokStart() - 1; k >= Math.max(1, cue.tokStart() - 4); k--) {
            if (v.tokenIs(k, "which") && v.tokenIs(k - 1, "to")) {
                final int to = k - 1;
                Mention committee = v.nearestLeft(to, m -> m.kind() == MentionKind.ORG && m.id() != null
                        && m.tokEnd() >= to - 1 && v.kb.monitoredTreaty(m.id()) != null);
                return committee == null ? null
                        : committee.withId(v.kb.monitoredTreaty(committee.id()), MentionKind.TREATY);
            }
        }
        return null;
    }

    /** The most tokens between a trigger and the colon that opens the list of its reports ("the following reports:"). */
    private static final int LIST_INTRO = 5;

    /** "its eighth and ninth reports" -> [8, 9]; "combined fifth to seventh periodic reports" -> [5, 6, 7]. */
    public static List<Integer> ordinalsBefore(SentenceView v, int nounTok, int floor) {
        List<Integer> found = new ArrayList<>();
        boolean range = false;
        for (int i = nounTok - 1; i >= floor; i--) {
            int[] ordinal = v.ordinalEndingAt(i); // "twenty-first" whole, not its "first"
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
