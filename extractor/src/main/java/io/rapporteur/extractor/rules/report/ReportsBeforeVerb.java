package io.rapporteur.extractor.rules.report;

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
 * Reports named before their verb: "China's first report ... was submitted in June 2003", reports listed before a
 * passive verb with "respectively", and "the initial report ..., which the Chinese government had submitted in 2003".
 */
final class ReportsBeforeVerb {

    private ReportsBeforeVerb() {
    }

    /** The most tokens from "its" to the report noun: "its combined second and third periodic report". */
    private static final int MAX_ORDINALS_BEFORE_NOUN = 6;

    /**
     * "Viet Nam's combined third and fourth report on the implementation of the Convention on the Rights of the Child
     * was submitted in 2009", "The fifth report under the Covenant was submitted by Japan in 2012": the report named
     * before a passive trigger, its state a possessive before it or an agent after.
     */
    static void passive(SentenceView v, CueMatch cue, List<FactDraft> out) {
        boolean participle = v.tokenIs(cue.tokStart() - 1, ","); // "the periodic reports of Mongolia (...), submitted in"
        // "were submitted", "were finalized and forwarded to the Committee", "was finalized in consultation with ...
        // and transmitted to the Committee"
        boolean coordinated = v.tokenIs(cue.tokStart() - 1, "and");
        int auxiliary = coordinated ? auxiliaryBeforeTheFirstParticiple(v, cue.tokStart() - 1) : cue.tokStart() - 1;
        // a timeline's headline: "March - Combined fifth and sixth periodic reports submitted to the Committee ..."
        int dash = v.timelineDash();
        // (its treaty may be named first: "March 2008: Initial report under the ICMW submitted to the Committee ...")
        boolean headline = dash >= 0 && v.firstCue(CueKind.REPORT_NOUN, dash + 1, cue.tokStart()) != null
                && v.mentionsIn(dash + 1, cue.tokStart(), m -> m.kind() != MentionKind.TREATY).isEmpty();
        // (a chronology's present: "September – The second periodic report ... is submitted to the Committee")
        boolean present = dash >= 0 && (v.tokenIs(auxiliary, "is") || v.tokenIs(auxiliary, "are"));
        boolean followed = ReportSubmissionRule.followedInSequence(v, cue);
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
        Mention treaty = v.firstRight(noun.tokEnd(), Math.min(cue.tokStart(), noun.tokEnd() + ReportSubmissionRule.MAX_GAP_TO_TREATY),
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
            treaty = ReportParties.treatyOfCommittee(v, cue.tokEnd(), v.clauseEnd(cue.tokEnd()));
        }
        if (treaty == null) {
            treaty = ReportParties.authorsTreaty(v, noun);
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
        if (v.respectively() && eachReportOfItsOwner(v, cue, cs, ce, treaty, out)) {
            return;
        }
        Mention actor = v.nearestLeft(noun.tokStart(), m -> m.kind() == MentionKind.STATE && v.possessive(m));
        int whose = v.findWord("whose", Math.max(0, noun.tokStart() - 8), noun.tokStart());
        if (actor == null && whose > 1 && v.tokenIs(whose - 1, ",")) { // "Kuwait, whose ... reports had been submitted"
            actor = v.nearestLeft(whose - 1, m -> m.kind() == MentionKind.STATE && m.tokEnd() == whose - 1);
            List<Mention> owners = actor == null ? List.of() : v.coordinatedLeft(actor, m -> m.kind() == MentionKind.STATE);
            // "Saudi Arabia and Pakistan, whose reports had been submitted in 2014 and 2015 respectively"
            if (owners.size() > 1 && eachOnItsDate(v, cue, ce, owners, treaty, List.of(), out)) {
                return;
            }
            if (owners.size() > 1) {
                return; // several owners, their dates not one each: which is whose is not said
            }
        }
        if (actor == null && v.tokenIs(noun.tokEnd(), "of")) { // "the combined fifth and sixth periodic reports of Mongolia"
            actor = v.firstRight(noun.tokEnd() + 1, noun.tokEnd() + 2, m -> m.kind() == MentionKind.STATE);
            List<Mention> owners = actor == null ? List.of() : v.coordinatedRight(actor, m -> m.kind() == MentionKind.STATE);
            // "the initial reports of Sri Lanka and Niger had been submitted in 2019 and 2021, respectively"
            if (owners.size() > 1 && v.respectively() && eachOnItsDate(v, cue, ce, owners, treaty,
                    ReportSubmissionRule.ordinalsBefore(v, noun.tokStart(), cs), out)) {
                return;
            }
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
        List<Integer> reports = ReportSubmissionRule.ordinalsBefore(v, noun.tokStart(), cs);
        if (reports.isEmpty() && symbol != null) {
            reports = symbol.reports();
        }
        // "was finalized in early 2019 and submitted ... in April": the date of the sending, not of the first participle
        DateMention sent = coordinated ? v.datesIn(cue.tokEnd(), ce).stream().filter(d -> d.iso() != null).findFirst()
                .orElse(null) : null;
        DateMention date = sent != null ? sent : v.nearestDate(cue.tokStart());
        FactDraft fact = ReportSubmissionRule.submission(actor, treaty, reports);
        Mention recipient = ReportParties.recipient(v, cue.tokEnd(), ce, treaty, noun);
        if (recipient != null) {
            fact.entity("recipient", recipient);
        }
        fact.date(date == null ? null : date.iso(), false);
        out.add(fact);
    }

    /**
     * One report of each owner, on the dates after the verb in order, where there are as many dates as owners; whether
     * they were added.
     */
    private static boolean eachOnItsDate(SentenceView v, CueMatch cue, int ce, List<Mention> owners, Mention treaty,
                                         List<Integer> reports, List<FactDraft> out) {
        List<DateMention> dates = datesEach(v, cue, ce);
        if (dates.size() != owners.size()) {
            return false;
        }
        for (int i = 0; i < owners.size(); i++) {
            out.add(ReportSubmissionRule.submission(owners.get(i), treaty, reports).date(dates.get(i).iso(), false));
        }
        return true;
    }

    /** The dates after the verb, one per day where two are joined by "and" ("on 15 January and 4 February 2019"). */
    private static List<DateMention> datesEach(SentenceView v, CueMatch cue, int ce) {
        return v.datesIn(cue.tokEnd(), ce).stream().filter(d -> d.iso() != null)
                .flatMap(d -> d.andedDaysApart(v.doc).stream()).filter(d -> d.iso() != null).toList();
    }

    /**
     * "the combined second and third periodic reports of Mexico and the initial report of Bahrain had been received on
     * 15 January and 4 February 2019, respectively": each report of its own state, with its own numbers, on its date
     * in order. False where the reports before the verb are not each "of" a state, or their dates not one each.
     */
    private static boolean eachReportOfItsOwner(SentenceView v, CueMatch cue, int cs, int ce, Mention treaty,
                                                List<FactDraft> out) {
        List<CueMatch> nouns = v.cues(CueKind.REPORT_NOUN).stream()
                .filter(c -> c.tokStart() >= cs && c.tokEnd() <= cue.tokStart()).toList();
        List<DateMention> dates = datesEach(v, cue, ce);
        if (nouns.size() < 2 || dates.size() != nouns.size()) {
            return false;
        }
        List<FactDraft> each = new ArrayList<>();
        int from = cs;
        for (int i = 0; i < nouns.size(); i++) {
            CueMatch noun = nouns.get(i);
            final int of = noun.tokEnd();
            Mention owner = !v.tokenIs(of, "of") ? null : v.firstRight(of + 1, of + 3, m -> m.kind() == MentionKind.STATE
                    && m.id() != null && (m.tokStart() == of + 1 || m.tokStart() == of + 2 && v.tokenIs(of + 1, "the")));
            if (owner == null) {
                return false;
            }
            each.add(ReportSubmissionRule.submission(owner, treaty, ReportSubmissionRule.ordinalsBefore(v, noun.tokStart(),
                    from)).date(dates.get(i).iso(), false));
            from = owner.tokEnd();
        }
        out.addAll(each);
        return true;
    }

    /** The most tokens from a passive's auxiliary to the "and" before the participle of sending. */
    private static final int MAX_FIRST_PARTICIPLE = 14;

    /**
     * The auxiliary of the participle coordinated before the one at {@code and + 1}: "was" in "was finalized in
     * consultation with ... and transmitted". -1 where no "was", "were" or "been" stands close enough before, or
     * another report verb does.
     */
    private static int auxiliaryBeforeTheFirstParticiple(SentenceView v, int and) {
        for (int k = and - 1; k >= Math.max(0, and - MAX_FIRST_PARTICIPLE); k--) {
            if (v.tokenIs(k, "was") || v.tokenIs(k, "were") || v.tokenIs(k, "been")) {
                return k;
            }
            if (v.tokenIs(k, ";") || v.firstCue(CueKind.REPORT, k, k + 1) != null) {
                return -1;
            }
        }
        return -1;
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
            // "The initial report on the implementation of the ICCPR and the combined ... reports under CEDAW were
            // submitted in ... and ..., respectively": each report under the treaty named after it, where one is
            Mention own = n + 1 < nouns.size()
                    ? v.firstRight(noun.tokEnd(), reach, m -> Roles.TREATY.test(m) && m.id() != null) : null;
            Mention itsTreaty = own != null ? own : treaty;
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
            FactDraft fact = ReportSubmissionRule.submission(actor, itsTreaty,
                    ReportSubmissionRule.ordinalsBefore(v, noun.tokStart(), n == 0 ? cs : nouns.get(n - 1).tokEnd()));
            if (sovereign != null) {
                fact.entity("scope", of);
            }
            fact.date(dates.get(n).iso(), false);
            out.add(fact);
        }
        return true;
    }

    /** The longest stretch from a report noun to the "which" that starts its relative clause. */
    private static final int MAX_RELATIVE_GAP = 24;

    /**
     * "The initial report on China's implementation of the ICESCR, which the Chinese government had submitted in June
     * 2003 and which ...": a relative clause whose subject submitted the report named before it.
     */
    static boolean relative(SentenceView v, CueMatch cue, List<FactDraft> out) {
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
        FactDraft fact = ReportSubmissionRule.submission(actor, treaty, ReportSubmissionRule.ordinalsBefore(v, noun.tokStart(), cs));
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
}
