package io.rapporteur.extractor.rules.membership;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Those elected or appointed, listed after a colon: "the Council appointed the following mandate holders: ...", "the
 * General Assembly elected 18 States ... for the 2025-2027 term: Benin, Bolivia, ...", "its fifteen new members, which
 * were elected ... for the 2021-2023 term: ...", and the items of such a list when they follow as lines of their own.
 */
final class ListsAfterAColon {

    /** The most tokens from "elected" to "the following" (past the manner and term of the election). */
    static final int MAX_TO_THE_FOLLOWING = 40;
    /** The most tokens from "appointed" to "among them": "appointed eight new special procedure mandate holders, among them". */
    private static final int MAX_TO_AMONG_THEM = 10;
    /** The most tokens between "elected" and the count of those it elected: "elected the following 18 States". */
    private static final int COUNT_REACH = 4;

    private ListsAfterAColon() {
    }

    /** The sentence's first membership cue whose subject elects or appoints ("the Council elected"); else null. */
    private static CueMatch activeCue(SentenceView v) {
        return v.cues(CueKind.MEMBERSHIP).stream()
                .filter(c -> "ACTIVE".equals(c.value(CueKind.MEMBERSHIP))).findFirst().orElse(null);
    }

    /**
     * "the General Assembly elected 18 States to the Human Rights Council for the 2025-2027 term: Benin, Bolivia, ...":
     * the states listed after the colon, members of that body for that term.
     */
    static void countedElection(SentenceView v, List<FactDraft> out) {
        CueMatch elected = activeCue(v);
        if (elected == null) {
            return;
        }
        int count = -1;
        for (int k = elected.tokEnd(); k < Math.min(v.tokens.size(), elected.tokEnd() + COUNT_REACH); k++) {
            Token t = v.token(k);
            if ((t.isNumber() || v.kb.cardinal(t.norm()) != null) && (v.tokenIs(k + 1, "states") || v.tokenIs(k + 1, "countries")
                    || v.tokenIs(k + 1, "member") && v.tokenIs(k + 2, "states"))) {
                count = k;
                break;
            }
        }
        int colon = count < 0 ? -1 : v.findWord(":", count, v.tokens.size());
        // "to the Human Rights Council", "to Council", "to serve on the Council"
        Mention body = colon < 0 ? null : v.firstRight(count, colon, m -> m.kind() == MentionKind.ORG && m.id() != null
                && (joinedBy(v, m.tokStart() - 1) || joinedBy(v, m.tokStart() - 2) && v.tokenIs(m.tokStart() - 1, "the")));
        if (body == null) {
            return;
        }
        DateMention term = Terms.firstSpan(v, count, colon);
        DateMention date = term != null ? term : v.nearestDate(elected.tokStart());
        int end = v.findWord(".", colon, v.tokens.size());
        for (Mention member : v.mentionsIn(colon + 1, end < 0 ? v.tokens.size() : end, m -> m.kind() == MentionKind.STATE
                && m.id() != null)) {
            out.add(MembershipFact.of(member, body).date(date == null ? null : date.iso(), false));
        }
    }

    /** Whether the token joins those elected to the body after it: "to", or "on" of "to serve|sit on". */
    private static boolean joinedBy(SentenceView v, int k) {
        return v.tokenIs(k, "to") || v.tokenIs(k, "on") && (v.tokenIs(k - 1, "serve") || v.tokenIs(k - 1, "sit"));
    }

    /**
     * A list announced by "the following" after a colon, as a Council's closing release writes its appointments and
     * elections: "the Council appointed the following special procedure mandate holders: A (Sweden) as Special
     * Rapporteur on the right to food; B (Senegal) as member of the Working Group on Arbitrary Detention ...", "the
     * Council elected the following five experts as members of its Advisory Committee, for terms running from 1 October
     * 2021 to 30 September 2024: C (Japan) and D (Maldives), from the Asia-Pacific States; ...". Each appointee holds
     * the mandate named after them; each elected expert joins the body named before the colon. True when read.
     */
    static boolean theFollowing(SentenceView v, List<FactDraft> out) {
        CueMatch cue = activeCue(v);
        if (cue == null) {
            return electedForATermBeforeAColon(v, out);
        }
        // (also past an aside: "elected by secret ballot, for a four-year term beginning on 1 January 2019 and
        // ending on 31 December 2022, the following candidates:")
        int following = v.findWord("following", cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + MAX_TO_THE_FOLLOWING));
        int colon = following < 0 ? -1 : v.findWord(":", following, v.tokens.size());
        boolean appointed = v.token(cue.tokStart()).norm().equals("appointed");
        boolean listed = colon >= 0 && v.tokenIs(following - 1, "the");
        int among = v.findWord("among", cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + MAX_TO_AMONG_THEM));
        if (!listed && appointed && among > 0 && v.tokenIs(among - 1, ",") && v.tokenIs(among + 1, "them")) {
            // "the Council appointed six new special procedure mandate holders, among them A of Australia as Special
            // Rapporteur on torture ..., and B of Ukraine as a member of the Working Group on Arbitrary Detention"
            colon = among + 1;
            listed = true;
        }
        if (!listed) {
            return electedForATermBeforeAColon(v, out);
        }
        Mention body = null;
        if (!appointed) {
            body = bodyTheFollowingJoin(v, cue, following, colon);
            if (body == null) {
                return false;
            }
        }
        String date = dateOfTheFollowing(v, cue, colon, appointed);
        if (v.tokenIs(v.tokens.size() - 1, ":") && colon == v.tokens.size() - 1) {
            // the people follow as items of their own: "... appointed the following mandate holders:\n- A (Australia),
            // as Special Rapporteur on ...;\n- B ..."
            v.discourse.appointmentList(new Discourse.AppointmentList(body == null ? null : body.id(), date));
            return true;
        }
        int read = 0;
        List<Mention> people = v.mentionsIn(colon + 1, v.tokens.size(), m -> m.kind() == MentionKind.PERSON && m.id() != null);
        for (Mention person : people) {
            read += joins(v, person, body, date, out) ? 1 : 0;
        }
        return read > 0;
    }

    /** The body "the following" are elected to, named before the colon; else null. */
    private static Mention bodyTheFollowingJoin(SentenceView v, CueMatch cue, int following, int colon) {
        // "as members of the Human Rights Council Advisory Committee"
        int as = v.findWord("as", following, colon);
        Mention body = as < 0 ? null : v.firstRight(as, colon, m -> m.kind() == MentionKind.ORG && m.id() != null
                && !v.kb.isOffice(m.id()));
        if (body == null) { // "elected to the Committee the following candidates:"
            body = v.firstRight(cue.tokEnd(), colon, m -> m.kind() == MentionKind.ORG && m.id() != null
                    && v.tokenIs(m.tokStart() - 1, "to") && !v.kb.isOffice(m.id()));
        }
        if (body == null && as < 0 && v.discourse.electionBody() != null) {
            // the body the lead said they were elected to: "... today elected nine experts to the Human Rights
            // Committee. ... States parties elected ... the following candidates: A (Paraguay), ..."
            Discourse.Election lead = v.discourse.electionBody();
            body = v.inferred(MentionKind.ORG, lead.body(), cue.tokStart(), cue.tokEnd());
        }
        return body;
    }

    /**
     * The date of "the following"'s membership: the term the sentence states before the colon, else the day it gives,
     * else the last day of a session at whose closing meeting they were appointed.
     */
    private static String dateOfTheFollowing(SentenceView v, CueMatch cue, int colon, boolean appointed) {
        String term = null;
        DateMention when = null;
        for (DateMention d : v.datesIn(0, colon)) {
            if (d.iso() == null) {
                continue;
            }
            if (d.to() != null && v.tokenAt(d.start()) > cue.tokEnd()) {
                term = d.iso(); // "for terms running from 1 October 2021 to 30 September 2024"
            } else {
                when = d;
            }
        }
        if (term == null && !appointed) { // "for a four-year term beginning on 1 January 2019 and ending on 31 December 2022"
            term = Terms.spanOf(v, cue.tokEnd(), colon);
        }
        return term != null ? term : when != null ? when.iso() : sessionMeetingDay(v, cue);
    }

    /** Whether the sentence is an item of a list "the following ...:" announced: "(a) ...", "- A (Australia), as ...". */
    static boolean itemOfAList(SentenceView v) {
        return v.listItemStart() > 0 || bulleted(v);
    }

    /** Whether the sentence is an item of a bulleted list, its bullet left out of it. */
    private static boolean bulleted(SentenceView v) {
        // the splitter leaves a line's bullet out of its sentence: "- A (Australia), as Special Rapporteur on ...;"
        int k = v.sentence.start() - 1;
        while (k >= 0 && (v.doc.charAt(k) == ' ' || v.doc.charAt(k) == '\t')) {
            k--;
        }
        return k >= 0 && "-\u2022*\u2013".indexOf(v.doc.charAt(k)) >= 0 && (k == 0 || v.doc.charAt(k - 1) == '\n');
    }

    /** An item of a list of appointments or of those elected that "the following ...:" announced. */
    static void itemOfTheFollowing(SentenceView v, Discourse.AppointmentList list, List<FactDraft> out) {
        int from = Math.max(0, v.listItemStart());
        Mention person = v.firstRight(from, Math.min(v.tokens.size(), from + 1), m -> m.kind() == MentionKind.PERSON
                && m.id() != null);
        if (person == null) {
            return;
        }
        Mention body = list.body() == null ? null : v.inferred(MentionKind.ORG, list.body(), person.tokStart(), person.tokEnd());
        joins(v, person, body, list.date(), out);
    }

    /**
     * One of "the following" joins the body (null: the mandate named after them, "A (Sweden) as Special Rapporteur on
     * ..."). Whether it read one.
     */
    private static boolean joins(SentenceView v, Mention person, Mention body, String date, List<FactDraft> out) {
        Mention joins = body;
        String role = null;
        if (body == null) {
            joins = Mandates.mandateAfter(v, person);
            if (joins == null) {
                return false;
            }
            role = KnowledgeBase.isMandate(joins.id()) ? Mandates.titleOfMandate(joins) : null;
        }
        FactDraft fact = MembershipFact.of(person, joins);
        if (role != null) {
            fact.text("role", role, 0, 0);
        }
        out.add(fact.date(date, false));
        return true;
    }

    /**
     * "The Council welcomed its fifteen new members, which were elected by the General Assembly on 13 October 2020 for
     * the 2021-2023 term: Bolivia, China, ... and Uzbekistan": the states after the colon join the body named first
     * (not the electors after "by") for the term. Only where the sentence states the term and the list after the colon
     * holds nothing but members. True when read.
     */
    private static boolean electedForATermBeforeAColon(SentenceView v, List<FactDraft> out) {
        CueMatch cue = v.cues(CueKind.MEMBERSHIP).stream()
                .filter(c -> v.token(c.tokEnd() - 1).norm().endsWith("elected"))
                // passive ("which were elected by ..."), or a participle ("its new members, elected by ..."): not
                // "the General Assembly elected 18 States to the Council ...: A, B, ...", read with the electors
                // (also "The nine members elected, who will serve from ... to ..., are: A (Morocco), ...")
                .filter(c -> !"ACTIVE".equals(c.value(CueKind.MEMBERSHIP)) || v.tokenIs(c.tokEnd(), "by")
                        || c.tokStart() > 0 && v.kb.words("those-elected-nouns").contains(v.token(c.tokStart() - 1).norm()))
                .findFirst().orElse(null);
        int colon = cue == null ? -1 : v.findWord(":", cue.tokEnd(), v.tokens.size());
        if (colon < 0) {
            return false;
        }
        DateMention term = v.datesIn(cue.tokEnd(), colon).stream()
                .filter(d -> d.to() != null && d.iso() != null && d.iso().contains("/")).reduce((a, b) -> b).orElse(null);
        if (term == null) {
            return false;
        }
        Mention body = v.firstRight(0, cue.tokStart(), m -> m.kind() == MentionKind.ORG && m.id() != null
                && !v.tokenIs(m.tokStart() - 1, "by") && !v.kb.isOffice(m.id()));
        List<Mention> members = onlyMembersListed(v, colon + 1);
        if (members == null || members.stream().anyMatch(m -> m.kind() == MentionKind.PERSON)
                && members.stream().anyMatch(m -> m.kind() == MentionKind.STATE)) {
            return false;
        }
        if (body == null && !members.isEmpty() && members.get(0).kind() == MentionKind.PERSON
                && v.discourse.committee() != null) {
            // "five new members, who were elected ... for a four-year term running from 2023 to 2026, made the solemn
            // declaration: A (Cyprus), B (Senegal), ...": members of the committee the release is about
            body = v.inferred(MentionKind.ORG, v.discourse.committee(), cue.tokStart(), cue.tokEnd());
        }
        if (body == null || members.size() < 2) {
            return false;
        }
        for (Mention member : members) {
            out.add(MembershipFact.of(member, body).date(term.iso(), false));
        }
        return true;
    }

    /**
     * The states and people listed from {@code from} to the sentence's end ("Helena Kiriakou (Cyprus)" with her
     * country), where the list holds nothing else; else null.
     */
    private static List<Mention> onlyMembersListed(SentenceView v, int from) {
        List<Mention> members = new ArrayList<>();
        for (int k = from; k < v.tokens.size(); k++) {
            final int at = k;
            Mention m = v.firstRight(at, at + 1, any -> any.tokStart() == at);
            if (m != null && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.PERSON) && m.id() != null) {
                members.add(m);
                k = m.tokEnd() - 1;
                if (m.kind() == MentionKind.PERSON && v.tokenIs(k + 1, "(")) { // "Helena Kiriakou (Cyprus)"
                    int close = v.findWord(")", k + 1, Math.min(v.tokens.size(), k + 8));
                    k = close < 0 ? k : close;
                }
            } else if (v.tokenIs(k, "who") && v.tokenIs(k - 1, ",") && !members.isEmpty()) {
                // "Claude Heller (Mexico), who was re-elected; Liu Huawen (China); ...": an aside on the member
                int next = v.findWord(";", k, v.tokens.size());
                k = (next < 0 ? v.tokens.size() : next) - 1;
            } else if (!(v.tokenIs(k, ",") || v.tokenIs(k, ";") || v.tokenIs(k, "and") || v.tokenIs(k, "the")
                    || v.tokenIs(k, "."))) {
                return null; // more than a list of members
            }
        }
        return members;
    }

    /**
     * Whether the word at {@code k} tells the session's close: "At the close of the session", "At its close", "Before
     * closing", "Upon concluding", "its closing meeting"; not "in close cooperation with".
     */
    private static boolean tellsTheClose(SentenceView v, int k) {
        if (!v.tokenIs(k, "close") && !v.tokenIs(k, "closing") && !v.tokenIs(k, "concluding")) {
            return false;
        }
        boolean ofItsEnd = (v.tokenIs(k - 1, "the") || v.tokenIs(k - 1, "its") || v.tokenIs(k - 1, "their"))
                && (v.tokenIs(k + 1, "of") || v.tokenIs(k + 1, ","));
        boolean beforeEnding = v.tokenIs(k - 1, "before") || v.tokenIs(k - 1, "upon") || v.tokenIs(k - 1, "on")
                || v.tokenIs(k - 1, "at") || v.tokenIs(k - 1, "when");
        boolean closingEvent = !v.tokenIs(k, "close") && (v.tokenIs(k + 1, "meeting") || v.tokenIs(k + 1, "session")
                || v.tokenIs(k + 1, "day") || v.tokenIs(k + 1, "plenary"));
        return ofItsEnd || beforeEnding || closingEvent;
    }

    /**
     * "At its final meeting, the Council appointed ...", in the release on a session it closed: the session's last day;
     * "At the opening meeting, the Committee elected ...": its first. Null where the sentence names neither meeting or
     * no session was reported with its days.
     */
    static String sessionMeetingDay(SentenceView v, CueMatch cue) {
        int at = v.findWord("meeting", 0, cue.tokStart());
        boolean atTheClose = at >= 1 && (v.tokenIs(at - 1, "final") || v.tokenIs(at - 1, "closing") || v.tokenIs(at - 1, "last"));
        for (int k = 0; k < cue.tokStart() && !atTheClose; k++) {
            atTheClose = tellsTheClose(v, k);
        }
        boolean atTheOpening = !atTheClose && at >= 1 && (v.tokenIs(at - 1, "opening") || v.tokenIs(at - 1, "first"));
        if (!atTheClose && !atTheOpening) {
            return null;
        }
        EventRecord session = v.discourse.latestHeldEvent("SESSION", 0);
        String span = session == null ? null : session.fact().date();
        if (span == null) {
            return null;
        }
        String day = atTheClose ? span.substring(span.indexOf('/') + 1) : span.split("/")[0];
        return day.length() == 10 ? day : null;
    }
}
