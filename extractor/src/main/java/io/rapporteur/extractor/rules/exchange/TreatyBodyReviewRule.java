package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.report.ReportSubmissionRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A treaty body's review of a state's report, which the genre records as a dialogue between the two (EXCHANGE,
 * DIALOGUE): "The Committee considered the fourth periodic report of Argentina at its 50th and 51st meetings, held on
 * 27 and 28 September 2018", "7-8 October - The Human Rights Committee considers Sri Lanka's fifth periodic report".
 * The reviewing body is a treaty body named or referred to before the verb; the state owns the report ("Sri Lanka's",
 * "of Argentina"), else it is the state the document is about ("considers the eighth periodic report").
 */
public final class TreatyBodyReviewRule implements Rule {

    /** The longest stretch from the verb to the report noun: "considered the combined twenty-third and twenty-fourth periodic". */
    private static final int MAX_GAP_TO_REPORT = 14;

    private static final java.util.Set<String> REVIEW_NOUNS = java.util.Set.of("review", "consideration", "examination");

    /** Words between "dialogues with" and the states: "the delegations of", "the representatives of". */
    private static final java.util.Set<String> DELEGATION_WORDS = java.util.Set.of("the", "delegations", "delegation",
            "representatives", "of");

    /**
     * "the Committee held constructive dialogues with the delegations of Tunisia (4 and 5 March), Kazakhstan (5 and 6
     * March) and the Lao People's Democratic Republic (12 and 13 March)": one dialogue with each state, on the days in
     * its brackets. A list that ends in "the following States parties:" opens the items after it instead.
     */
    private static void datedDelegations(SentenceView v, List<FactDraft> out) {
        int with = -1;
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            if ((v.tokenIs(i, "dialogues") || v.tokenIs(i, "dialogue")) && v.tokenIs(i + 1, "with")) {
                with = i + 1;
                break;
            }
        }
        if (with < 0) {
            return;
        }
        if (committeesOnTheirDays(v, with + 1, out)) {
            return;
        }
        final int verbAt = with;
        Mention body = v.nearestLeft(with, m -> m.kind() == MentionKind.ORG && m.id() != null
                && v.kb.monitoredTreaty(m.id()) != null && m.tokEnd() <= verbAt);
        String bodyId = body != null ? body.id() : v.discourse.committee();
        if (bodyId == null) {
            return;
        }
        int k = with + 1;
        while (k < v.tokens.size() && DELEGATION_WORDS.contains(v.token(k).norm())) {
            k++;
        }
        if (v.tokenIs(k, "following") || v.tokenIs(k + 1, "following")) {
            if (v.tokenIs(v.tokens.size() - 1, ":")) {
                v.discourse.reviewList(bodyId); // the items that follow each name one
            }
            return;
        }
        List<FactDraft> dialogues = new ArrayList<>();
        while (k < v.tokens.size()) {
            final int at = k;
            // (the first may take in "the delegations of": "with a delegation of Namibia" names the state)
            Mention state = v.mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.id() != null
                    && m.tokEnd() > at && m.tokStart() < at + 2).findFirst().orElse(null);
            if (state == null || !v.tokenIs(state.tokEnd(), "(")) {
                break;
            }
            int close = v.findWord(")", state.tokEnd(), Math.min(v.tokens.size(), state.tokEnd() + 12));
            List<DateMention> own = close < 0 ? List.of() : v.datesIn(state.tokEnd(), close);
            if (own.isEmpty() || own.get(0).iso() == null) {
                break;
            }
            Mention committee = new Mention(MentionKind.ORG, bodyId, state.tokStart(), state.tokEnd(),
                    state.start(), state.end(), body != null ? body.text() : "the Committee", null, null, true);
            dialogues.add(dialogue(v, committee, state, own.get(0).iso(), null));
            k = close + 1;
            k = v.pastListJoint(k);
        }
        if (dialogues.size() >= 2) {
            out.addAll(dialogues);
        }
    }

    /**
     * A state's report telling its dialogues with several committees: "Lao delegations presented the reports in
     * constructive dialogues with the Committee on the Rights of the Child on 30 and 31 May 2018, with the Human Rights
     * Committee on 10 and 11 July 2018, and with the Committee on ... on 7 November 2018": the state's dialogue with
     * each committee, on its days (two at least). True when read.
     */
    private static boolean committeesOnTheirDays(SentenceView v, int from, List<FactDraft> out) {
        Mention state = v.discourse.mainState() == null ? null : v.impliedState(v.discourse.mainState(), from, from + 1);
        if (state == null || state.id() == null) {
            return false;
        }
        List<FactDraft> dialogues = new ArrayList<>();
        int k = from;
        while (k < v.tokens.size()) {
            Mention committee = v.firstRight(k, k + 2, m -> m.kind() == MentionKind.ORG && m.id() != null
                    && v.kb.monitoredTreaty(m.id()) != null);
            DateMention date = committee == null ? null : v.datesIn(committee.tokEnd(), Math.min(v.tokens.size(),
                    committee.tokEnd() + 3)).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
            if (date == null) {
                break;
            }
            dialogues.add(dialogue(v, committee, state, date.iso(), null));
            k = v.pastListJoint(v.tokenAt(date.end() - 1) + 1);
            k = v.tokenIs(k, "with") ? k + 1 : k;
        }
        if (dialogues.size() < 2) {
            return false;
        }
        out.addAll(dialogues);
        return true;
    }

    /** An item of a list of dialogues ("- Peru (sixth periodic report), on 1 and 2 March;"): that state's, on its days. */
    private static void reviewListItem(SentenceView v, List<FactDraft> out) {
        String bodyId = v.discourse.reviewList();
        if (bodyId == null || v.tokenIs(v.tokens.size() - 1, ":")) {
            return;
        }
        int from = v.tokenIs(0, "-") || v.tokenIs(0, "\u2022") ? 1 : 0;
        Mention state = v.firstRight(from, Math.min(v.tokens.size(), from + 2), m -> m.kind() == MentionKind.STATE && m.id() != null);
        DateMention date = v.dates.stream().filter(d -> d.iso() != null).findFirst().orElse(null);
        if (state == null || date == null) {
            v.discourse.reviewList(null); // the list has ended
            return;
        }
        Mention committee = new Mention(MentionKind.ORG, bodyId, state.tokStart(), state.tokEnd(), state.start(),
                state.end(), "the Committee", null, null, true);
        out.add(dialogue(v, committee, state, date.iso(), null));
    }

    /**
     * A review named as a noun: "The Committee began its review of the second periodic report of Montenegro on the
     * morning of 4 July", "turned to the consideration of the combined sixth and seventh periodic report of Thailand",
     * "since the consideration in 2007 of the State party's combined fifth and sixth reports", "The consideration of
     * Cambodia's second periodic report ... by the Human Rights Committee is scheduled for March 2015", "The review of
     * the Philippines took place on 26 and 27 April", "The dialogue with Romania on its ... report was held on ...".
     * Only with a date or a status: "during the consideration of the report" alone is no fact.
     */
    private static void nominal(SentenceView v, List<FactDraft> out) {
        if (v.mentions.stream().anyMatch(m -> PeriodicReviewRule.UPR.equals(m.id()))) {
            return; // "Third UPR review of Sri Lanka", "its first review of China": the Universal Periodic Review's
        }
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            boolean reviewNoun = REVIEW_NOUNS.contains(v.token(i).norm());
            boolean dialogueWith = v.tokenIs(i, "dialogue") && v.tokenIs(i + 1, "with");
            if (!reviewNoun && !dialogueWith) {
                continue;
            }
            int of = i + 1;
            if (reviewNoun && !v.tokenIs(of, "of")) { // "the consideration in 2007 of ..."
                of = v.findWord("of", i + 1, Math.min(v.tokens.size(), i + 5));
                if (of < 0 || v.datesIn(i + 1, of).isEmpty()) {
                    continue;
                }
            }
            int ce = v.clauseEnd(of);
            CueMatch noun = v.firstCue(CueKind.REPORT_NOUN, of + 1, Math.min(ce, of + 11));
            Mention state;
            if (dialogueWith) { // "The dialogue with Romania on its ... report"
                state = v.firstRight(of + 1, of + 3, Mention::isStateLike);
                if (state != null && noun == null && dialoguesOfTheSession(v, i, state, out)) {
                    return;
                }
                if (state == null || noun == null || v.findWord("its", state.tokEnd(), noun.tokStart()) < 0) {
                    continue;
                }
            } else if (noun == null) { // "The review of the Philippines took place on ..."
                state = v.firstRight(of + 1, of + 3, m -> m.isStateLike() && !m.inferred()
                        && !m.text().toLowerCase(java.util.Locale.ROOT).startsWith("the country"));
                if (state == null || v.lastCue(CueKind.REPORT_NOUN, 0, i) != null) {
                    continue;
                }
            } else {
                state = reportOwner(v, of + 1, noun, ce);
            }
            if (state == null || state.id() == null || v.coordinatedRight(state, Mention::isStateLike).size() > 1) {
                continue; // not "its consideration of the reports of Montenegro, Thailand, Romania and Italy": each
            }           // is dated where the text reports it
            Mention body = reviewingBody(v, noun == null ? of : noun.tokEnd(), ce, i);
            if (body == null || noun == null && body.inferred() && v.discourse.committee() == null) {
                continue;
            }
            DateMention date = v.datesIn(i, ce).stream().filter(d -> d.iso() != null && !v.isDeadline(v.tokenAt(d.start())))
                    .findFirst().orElse(null);
            final int at = i;
            if (date == null) { // "On Thursday, 6 July, the Committee turned to the consideration of ..."
                date = v.dates.stream().filter(d -> d.iso() != null && v.tokenAt(d.start()) < Math.min(at, 5))
                        .reduce((a, b) -> b).orElse(null);
            }
            String status = v.statusAround(i, v.tokens.size(), null);
            if (date == null && status == null) {
                continue;
            }
            out.add(dialogue(v, body, ExchangeSides.asState(state), date == null ? null : date.iso(), status));
        }
    }

    /**
     * In a committee's session release, "The dialogue with Ecuador was held on 19 and 20 February 2019, and that with
     * Slovakia on 25 and 26 February": the committee's dialogue with each state, on its days. True when read.
     */
    private static boolean dialoguesOfTheSession(SentenceView v, int dialogue, Mention first, List<FactDraft> out) {
        int ce = v.clauseEnd(dialogue);
        CueMatch held = v.firstCue(CueKind.EXCHANGE_VERB, first.tokEnd(), ce);
        EventRecord session = v.discourse.lastEvent("SESSION");
        boolean committeeSession = v.discourse.committee() != null || session != null && session.fact()
                .entities("participants").stream().anyMatch(p -> p.id() != null && v.kb.monitoredTreaty(p.id()) != null);
        // "The dialogue with ...", "The Committee's constructive dialogue with ...": not "the human rights dialogue
        // with the United States" nor "the 12th round of the dialogue with Switzerland", a bilateral series
        boolean theDialogue = v.tokenIs(dialogue - 1, "the") && !v.tokenIs(dialogue - 2, "of")
                || v.tokenIs(dialogue - 1, "constructive");
        if (!committeeSession || !theDialogue || held == null || !"HELD".equals(held.value(CueKind.EXCHANGE_VERB))) {
            return false;
        }
        Mention body = reviewingBody(v, first.tokEnd(), ce, dialogue);
        if (body == null) {
            return false;
        }
        List<FactDraft> dialogues = new ArrayList<>();
        Mention state = first;
        int from = held.tokEnd();
        while (state != null && state.id() != null) {
            DateMention date = v.datesIn(from, ce).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
            if (date == null) {
                break;
            }
            int next = v.pastListJoint(v.tokenAt(date.end() - 1) + 1);
            next = v.tokenIs(next, "followed") && v.tokenIs(next + 1, "by") ? next + 2 : next;
            // ", and that with Slovakia on 25 and 26 February", ", followed by the dialogue with Kuwait on 13 and 14 April"
            int with = v.tokenIs(next, "that") && v.tokenIs(next + 1, "with") ? next + 2
                    : v.tokenIs(next, "the") && v.tokenIs(next + 1, "dialogue") && v.tokenIs(next + 2, "with") ? next + 3 : -1;
            Mention following = with < 0 ? null : v.firstRight(with, with + 2, Mention::isStateLike);
            String when = date.iso();
            DateMention second = following != null || !v.tokenIs(next - 1, "and") ? null
                    : v.datesIn(next, ce).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
            if (second != null && date.to() == null && second.to() == null) {
                // "over two meetings, on the afternoon of 9 November 2021, and the morning of 10 November": both days
                when = date.iso() + "/" + second.iso();
            }
            dialogues.add(dialogue(v, body, ExchangeSides.asState(state), when, null));
            state = following;
            from = following == null ? from : following.tokEnd();
        }
        out.addAll(dialogues);
        return !dialogues.isEmpty();
    }

    /** Whose report: "China's sixth periodic report", "its/the State party's ... reports", "... report of Thailand". */
    private static Mention reportOwner(SentenceView v, int from, CueMatch noun, int ce) {
        Mention possessive = v.firstRight(from, noun.tokStart(), m -> m.isStateLike()
                && v.possessive(m));
        if (possessive != null) {
            return possessive;
        }
        Mention of = v.firstRight(noun.tokEnd(), Math.min(ce, noun.tokEnd() + 3), m -> m.isStateLike()
                && v.tokenIs(m.tokStart() - 1, "of"));
        if (of != null) {
            return of;
        }
        boolean own = v.findWord("its", from, noun.tokStart()) >= 0 || v.findWord("party", from, noun.tokStart()) >= 0;
        return own ? v.impliedState(v.discourse.mainState(), noun.tokStart(), noun.tokEnd()) : null;
    }

    /**
     * The committee that reviews: named after "by" ("... by the Human Rights Committee"), else named earlier in the
     * sentence ("The Committee began its review"), else the one that monitors the treaty the report is under, else the
     * committee the text is about.
     */
    private static Mention reviewingBody(SentenceView v, int from, int ce, int at) {
        java.util.function.Predicate<Mention> treatyBody = m -> m.kind() == MentionKind.ORG && m.id() != null
                && v.kb.monitoredTreaty(m.id()) != null;
        Mention by = v.firstRight(from, ce, m -> treatyBody.test(m) && v.tokenIs(m.tokStart() - 1, "by"));
        if (by != null) {
            return by;
        }
        Mention before = v.nearestLeft(at, treatyBody);
        if (before != null && !before.text().matches("(?i)(the )?committee")) {
            return before;
        }
        // "... report under the International Covenant ...", "... reports on the implementation of the Convention ...":
        // the treaty the report is under, right after it
        for (Mention treaty : v.mentionsIn(from, Math.min(ce, from + 6), m -> m.kind() == MentionKind.TREATY
                && m.id() != null)) {
            String parent = v.kb.protocolParent(treaty.id());
            String committee = v.kb.monitoringBody(parent != null ? parent : treaty.id());
            if (committee != null) {
                return v.inferred(MentionKind.ORG, committee, at, at + 1);
            }
        }
        if (before != null) {
            return before;
        }
        if (v.discourse.committee() != null) { // concluding observations: their author
            return v.inferred(MentionKind.ORG, v.discourse.committee(), at, at + 1);
        }
        String last = v.discourse.lastBody("Committee");
        return last != null && v.kb.monitoredTreaty(last) != null ? v.inferred(MentionKind.ORG, last, at, at + 1) : null;
    }

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        nominal(v, out);
        datedDelegations(v, out);
        reviewListItem(v, out);
        for (CueMatch cue : v.cues(CueKind.REVIEW)) {
            if (passive(v, cue, out)) {
                continue;
            }
            int cs = v.clauseStart(cue.tokStart());
            int ce = v.clauseEnd(cue.tokEnd());
            CueMatch noun = v.firstCue(CueKind.REPORT_NOUN, cue.tokEnd(), Math.min(ce, cue.tokEnd() + MAX_GAP_TO_REPORT));
            if (noun == null) {
                continue;
            }
            Mention body = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.ORG && m.id() != null
                    && m.tokStart() >= cs && v.kb.monitoredTreaty(m.id()) != null);
            if (body == null) {
                continue;
            }
            Mention state = owner(v, cue, noun);
            if (state == null || state.id() == null) {
                continue;
            }
            String status = "PLANNED".equals(cue.value(CueKind.REVIEW)) ? "PLANNED" : null;
            DateMention date = dateOfReview(v, cue, body, cs, ce);
            String iso = date != null ? date.iso() : null;
            if (iso == null) {
                // "Over the three weeks of the session, the Committee ... examining the reports of ...": its span
                EventRecord session = v.events().referredTo(0, body.tokStart());
                iso = session != null && "SESSION".equals(session.kind()) ? v.events().dateWithin(session, 0, body.tokStart()) : null;
            }
            // "will review the reports of Chile, Iraq and Japan": one dialogue with each
            List<Mention> states = state.inferred() ? List.of(state) : v.coordinatedRight(state, Mention::isStateLike);
            for (Mention each : states) {
                Mention reviewed = ExchangeSides.asState(each);
                if (reviewed.id() == null) {
                    continue;
                }
                out.add(dialogue(v, body, reviewed, iso, status));
            }
            furtherReports(v, noun, body, status, date == null ? iso : null, out);
        }
    }

    /**
     * "considered the combined third to fifth periodic reports of Slovakia on 18 May and the combined third to fifth
     * periodic reports of Nepal on 19 and 20 May", "examined the second periodic report of Indonesia, the fifth periodic
     * report of Iraq and ...": each further report of a named state, with the date after it.
     */
    private static void furtherReports(SentenceView v, CueMatch first, Mention body, String status, String framed,
                                       List<FactDraft> out) {
        int from = first.tokEnd();
        for (CueMatch noun : v.cues(CueKind.REPORT_NOUN)) {
            if (noun.tokStart() < from || !v.tokenIs(noun.tokEnd(), "of")) {
                continue;
            }
            Mention state = v.firstRight(noun.tokEnd() + 1, noun.tokEnd() + 3, Mention::isStateLike);
            // "and ...", or a list's comma: "the second periodic report of Indonesia, the fifth periodic report of Iraq"
            boolean joined = v.findWord("and", from, noun.tokStart()) >= 0 || v.findWord(",", from, noun.tokStart()) >= 0
                    && v.findWord("which", from, noun.tokStart()) < 0 && v.findWord("that", from, noun.tokStart()) < 0;
            if (state == null || state.id() == null || !joined
                    || v.firstCue(CueKind.REVIEW, from, noun.tokStart()) != null) {
                return;
            }
            int next = v.tokens.size();
            for (CueMatch later : v.cues(CueKind.REPORT_NOUN)) {
                if (later.tokStart() > noun.tokEnd()) {
                    next = Math.min(next, later.tokStart());
                }
            }
            // (not the aside "submitted in 2017": when the report came, not when it was reviewed)
            DateMention date = v.datesIn(state.tokEnd(), next).stream().filter(d -> d.iso() != null
                    && !reportAside(v, v.tokenAt(d.start()))).findFirst().orElse(null);
            Mention reviewed = ExchangeSides.asState(state);
            out.add(dialogue(v, body, reviewed, date == null ? framed : date.iso(), status));
            from = noun.tokEnd();
        }
    }

    /** Whether the date at {@code t} tells when a report came: "submitted in 2016", "received on 3 May", "due in 2020". */
    private static boolean reportAside(SentenceView v, int t) {
        int k = v.tokenIs(t - 1, "in") || v.tokenIs(t - 1, "on") ? t - 2 : t - 1;
        return v.tokenIs(k, "submitted") || v.tokenIs(k, "received") || v.tokenIs(k, "due") || v.tokenIs(k, "presented");
    }

    private static FactDraft dialogue(SentenceView v, Mention body, Mention state, String date, String status) {
        FactDraft fact = new FactDraft(FactType.EXCHANGE).status(status, "DIALOGUE").code("format", "DIALOGUE")
                .entities("participants", List.of(body, state));
        fact.fields.put("ordinal", null);
        // what a review is about: "implementation of the convention against torture"
        String treaty = v.kb.treatyName(v.kb.monitoredTreaty(body.id()));
        if (treaty != null) {
            fact.code("topic", "implementation of the " + treaty.toLowerCase(Locale.ROOT));
        }
        fact.date(date, false);
        return fact;
    }

    private static final java.util.Set<String> ADVERBS = java.util.Set.of("also", "then", "subsequently", "later",
            "in", "turn", "first", "again", "finally");

    /** The longest stretch from a report noun to its passive verb: "The initial report of Thailand under the ... ,". */
    private static final int MAX_SUBJECT = 30;

    /**
     * The passive: "The initial report of Turkmenistan on the implementation of the Convention ... was considered by the
     * Committee on the Rights of Persons with Disabilities ... on 25 and 26 March 2015", "The second periodic reports
     * ... were considered by the Human Rights Committee and by the Committee on ... in March 2017 and October 2018,
     * respectively", "Samoa's combined second to fourth periodic reports were examined on 27 May", "will be
     * considered by the Committee in July 2018". The body is the one after "by", else the one that monitors the treaty
     * the report is under. Returns whether the cue was a passive one (handled here, with or without a fact).
     */
    private static boolean passive(SentenceView v, CueMatch cue, List<FactDraft> out) {
        int aux = cue.tokStart() - 1;
        while (aux > cue.tokStart() - 3 && ADVERBS.contains(v.token(Math.max(aux, 0)).norm())) {
            aux--; // "was also considered", "was in turn examined"
        }
        // also the present of timelines: "May 2013 - Kenya's second periodic report ... is considered by the Committee"
        if (!(v.tokenIs(aux, "was") || v.tokenIs(aux, "were") || v.tokenIs(aux, "be") || v.tokenIs(aux, "been")
                || v.tokenIs(aux, "is") || v.tokenIs(aux, "are"))) {
            return false;
        }
        int modal = v.tokenIs(aux - 1, "now") || v.tokenIs(aux - 1, "also") || v.tokenIs(aux - 1, "then") ? aux - 2 : aux - 1;
        boolean planned = v.tokenIs(aux, "be") && (v.tokenIs(modal, "will") || v.tokenIs(modal, "to")
                || v.tokenIs(modal, "shall")); // also "will now be examined"
        CueMatch noun = v.lastCue(CueKind.REPORT_NOUN, Math.max(0, aux - MAX_SUBJECT), aux);
        if (noun == null) {
            return true;
        }
        int ce = v.clauseEnd(cue.tokEnd());
        Predicate<Mention> treatyBody = m -> m.kind() == MentionKind.ORG && m.id() != null
                && v.kb.monitoredTreaty(m.id()) != null;
        List<Mention> bodies = new ArrayList<>();
        // also "will now be examined at the Committee on ...'s seventy-fifth session": the committee whose session
        int by = v.tokenIs(cue.tokEnd(), "by") || v.tokenIs(cue.tokEnd(), "at") ? cue.tokEnd() : -1;
        if (by >= 0) {
            for (Mention m : v.mentionsIn(by + 1, ce, treatyBody)) { // "by the Human Rights Committee and by the ..."
                int gap = m.tokStart() - (bodies.isEmpty() ? by + 1 : bodies.get(bodies.size() - 1).tokEnd());
                if (gap > 3) {
                    break;
                }
                bodies.add(m);
            }
        }
        // "The fifth periodic report on the implementation of the Convention on the Elimination of All Forms of
        // Discrimination against Women ... was reviewed by the Committee": the treaty's committee, not the last named
        boolean bare = bodies.size() == 1 && bodies.get(0).text().matches("(?i)(the )?committee");
        if (bodies.isEmpty() || bare) { // "Samoa's ... reports were examined": the body of the treaty they are under
            List<Mention> named = new ArrayList<>(bodies);
            bodies.clear();
            for (Mention treaty : v.mentionsIn(noun.tokStart(), aux, m -> m.kind() == MentionKind.TREATY && m.id() != null)) {
                String parent = v.kb.protocolParent(treaty.id());
                String committee = v.kb.monitoringBody(parent != null ? parent : treaty.id());
                if (committee != null) {
                    bodies.add(v.inferred(MentionKind.ORG, committee, cue.tokStart(), cue.tokEnd()));
                }
            }
            if (bodies.isEmpty()) {
                bodies.addAll(named);
            }
        }
        String lastCommittee = v.discourse.lastBody("Committee");
        if (bodies.isEmpty() && lastCommittee != null && v.kb.monitoredTreaty(lastCommittee) != null) {
            // "The fifth periodic report of the United Kingdom ... was taken up on 23 and 24 May": by the committee
            // the text is about
            bodies.add(v.inferred(MentionKind.ORG, lastCommittee, cue.tokStart(), cue.tokEnd()));
        }
        if (bodies.isEmpty()) {
            return true;
        }
        List<Mention> owners = reportsOfSeveral(v, noun, aux);
        if (owners.size() > 1 && bodies.size() == 1 && v.respectively()) {
            // "The reports of A and B were considered on 9 and 10 May, respectively, while those of C, D and E were
            // taken up on ...": each state's review on its own day
            List<DateMention> days = daysUpToRespectively(v, cue.tokEnd(), ce);
            if (days.size() == owners.size()) {
                for (int i = 0; i < owners.size(); i++) {
                    out.add(dialogue(v, bodies.get(0), ExchangeSides.asState(owners.get(i)), days.get(i).iso(),
                            planned ? "PLANNED" : null));
                }
                return true;
            }
        }
        Mention state = passiveOwner(v, noun, aux, cue);
        if (state == null || state.id() == null) {
            return true;
        }
        int after = bodies.get(bodies.size() - 1).tokEnd() > cue.tokEnd() ? bodies.get(bodies.size() - 1).tokEnd() : cue.tokEnd();
        List<DateMention> dates = v.datesIn(after, ce).stream()
                .filter(d -> d.iso() != null && !v.isDeadline(v.tokenAt(d.start()))).toList();
        if (dates.isEmpty() && v.timelineDash() > 0) { // "March 2014 - Ghana's initial report ... is considered by ..."
            dates = v.datesIn(0, v.timelineDash()).stream().filter(d -> d.iso() != null).toList();
        }
        String status = planned ? "PLANNED" : null;
        boolean paired = bodies.size() > 1 && dates.size() == bodies.size() && v.respectively();
        for (int i = 0; i < bodies.size(); i++) {
            DateMention date = paired ? dates.get(i) : dates.isEmpty() ? null : dates.get(0);
            out.add(dialogue(v, bodies.get(i), state, date == null ? null : date.iso(), status));
        }
        return true;
    }

    /**
     * The states whose reports the subject names: "The reports of Kyrgyzstan and Mauritius", "(while) those of Panama,
     * Uruguay and Greece" (the nearest before the verb); empty where it names one or none.
     */
    private static List<Mention> reportsOfSeveral(SentenceView v, CueMatch noun, int aux) {
        int those = v.findWord("those", Math.max(noun.tokEnd(), aux - MAX_SUBJECT), aux);
        int of = those >= 0 && v.tokenIs(those + 1, "of") ? those + 1
                : v.tokenIs(noun.tokEnd(), "of") ? noun.tokEnd() : -1;
        Mention first = of < 0 ? null : v.firstRight(of + 1, Math.min(aux, of + 3), Mention::isStateLike);
        return first == null ? List.of() : v.coordinatedRight(first, Mention::isStateLike).stream()
                .filter(m -> m.tokEnd() <= aux).toList();
    }

    /**
     * The days after {@code from} up to "respectively": "on 9 and 10 May" (two days of one month, read as a span, are
     * two days here), "on 16, 17 and 18 May"; empty where the clause has no "respectively".
     */
    private static List<DateMention> daysUpToRespectively(SentenceView v, int from, int ce) {
        int respectively = v.findWord("respectively", from, ce);
        if (respectively < 0) {
            return List.of();
        }
        List<DateMention> days = new ArrayList<>();
        for (DateMention d : v.datesIn(from, respectively)) {
            if (d.iso() == null) {
                continue;
            }
            // days counted before the last two: "16, 17 and 18 May" is 16, then the span "17 and 18 May"
            int at = v.tokenAt(d.start());
            List<Integer> leading = new ArrayList<>();
            for (int k = at - 1; k > from && (v.tokenIs(k, ",") || v.token(k).isNumber() && v.token(k).text().length() <= 2); k--) {
                if (v.token(k).isNumber()) {
                    leading.add(0, Integer.parseInt(v.token(k).text()));
                }
            }
            PartialDate start = d.from();
            for (int day : leading) {
                if (start.month() != null && day >= 1 && day <= 31) {
                    days.add(new DateMention(d.start(), d.end(), new PartialDate(start.year(), start.month(), day), null, false));
                }
            }
            days.addAll(d.andedDaysApart(v.doc));
        }
        return days;
    }

    /** "Samoa's combined ... reports", "the initial report of Thailand", else the state the document is about. */
    private static Mention passiveOwner(SentenceView v, CueMatch noun, int aux, CueMatch cue) {
        int whose = v.findWord("whose", Math.max(0, noun.tokStart() - 8), noun.tokStart());
        if (whose >= 0) { // "Saudi Arabia and Pakistan, whose reports had been submitted ..., were reviewed": theirs
            Mention before = v.nearestLeft(whose, Mention::isStateLike);
            boolean one = before != null && before.tokEnd() >= whose - 1
                    && v.coordinatedLeft(before, Mention::isStateLike).size() == 1;
            return one ? ExchangeSides.asState(before) : null;
        }
        Mention possessive = v.nearestLeft(noun.tokStart(), m -> m.isStateLike() && m.tokEnd() >= noun.tokStart() - 8
                && v.possessive(m));
        if (possessive != null) {
            return ExchangeSides.asState(possessive);
        }
        Mention of = v.firstRight(noun.tokEnd(), Math.min(aux, noun.tokEnd() + 3), m -> m.isStateLike()
                && v.tokenIs(m.tokStart() - 1, "of"));
        if (of != null) {
            return ExchangeSides.asState(of);
        }
        Mention other = v.firstRight(noun.tokEnd(), aux, Mention::isStateLike);
        return other != null ? null : v.mainState(cue); // a state named elsewhere in the subject: not sure whose
    }

    /** The most tokens from "during which" to the verb of review: "during which it reviewed". */
    private static final int MAX_DURING_WHICH = 4;

    /**
     * The review's date: the first after the verb ("at its 50th and 51st meetings, held on 27 and 28 September 2018",
     * "at its session in Geneva in November 2013"), not one of the report's own ("reports, submitted in June 2012,"),
     * else the last before it; a date set before the reviewing body comes first ("7-8 October - The Human Rights
     * Committee considers ...", "In June of the same year the Committee against Torture reviewed ..., and in March of
     * the following year ...").
     */
    private static DateMention dateOfReview(SentenceView v, CueMatch cue, Mention body, int cs, int ce) {
        int during = v.findWord("during", Math.max(cs, cue.tokStart() - MAX_DURING_WHICH), cue.tokStart());
        if (during > 0 && v.tokenIs(during + 1, "which")) {
            // "closed its seventeenth session, held ... from 20 March to 12 April 2017, during which it reviewed the
            // reports of A and B": the session's days
            DateMention span = v.datesIn(cs, during).stream().filter(d -> d.to() != null && d.iso() != null)
                    .reduce((a, b) -> b).orElse(null);
            if (span != null) {
                return span;
            }
        }
        DateMention fronted = v.datesIn(cs, body.tokStart()).stream().filter(d -> d.iso() != null)
                .reduce((a, b) -> b).orElse(null);
        if (fronted != null) {
            return fronted;
        }
        DateMention before = null;
        for (DateMention d : v.datesIn(cs, ce)) {
            int t = v.tokenAt(d.start());
            if (d.iso() == null || v.isDeadline(t) || v.overlapsMention(t, t + 1)) {
                continue;
            }
            if (t < cue.tokStart()) {
                before = d;
            } else {
                CueMatch submitted = v.firstCue(CueKind.REPORT, cue.tokEnd(), t);
                if (submitted == null || v.findWord(",", submitted.tokEnd(), t) >= 0) {
                    return d;
                }
            }
        }
        return before;
    }

    /** "Sri Lanka's fifth periodic report", "the fourth periodic report of Argentina", else the document's state. */
    private static Mention owner(SentenceView v, CueMatch cue, CueMatch noun) {
        Mention possessive = v.firstRight(cue.tokEnd(), noun.tokStart(), m -> m.isStateLike()
                && v.possessive(m));
        if (possessive != null) {
            return ExchangeSides.asState(possessive);
        }
        Mention of = v.firstRight(noun.tokEnd(), noun.tokEnd() + 3, m -> m.isStateLike()
                && v.tokenIs(m.tokStart() - 1, "of"));
        if (of != null) {
            return ExchangeSides.asState(of);
        }
        // "considers the eighth periodic report", "its report": the document's state; not "will consider the reports
        // at its next session", which refers back to reports of several states
        boolean owned = v.findWord("its", cue.tokEnd(), noun.tokStart()) >= 0
                || !ReportSubmissionRule.ordinalsBefore(v, noun.tokStart(), cue.tokEnd()).isEmpty();
        return owned ? v.mainState(cue) : null;
    }
}
