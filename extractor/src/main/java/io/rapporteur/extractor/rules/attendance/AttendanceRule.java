package io.rapporteur.extractor.rules.attendance;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ATTENDANCE: "<person> attended [and spoke at] <event>", "took part in", "addressed". The event is a titled event
 * in the sentence or the one an anaphor refers to ("the symposium"), named at its fullest.
 */
public final class AttendanceRule implements Rule {

    /** The most tokens between "attended" and the head noun of a titled event ("the Ninth Asia-Pacific Workshop"). */
    private static final int MAX_TITLE_HEAD = 8;
    /** The cue value of a statement made at an event ("delivered a joint statement ... at"): the role is "spoke". */
    private static final String STATEMENT = "STATEMENT";

    /** Whether "delegation, led|headed by" comes right before the person: its head. */
    private static boolean headedBy(SentenceView v, Mention person) {
        int k = person.tokStart() - 1;
        while (k > 0 && k > person.tokStart() - 8 && !v.tokenIs(k, "by")) {
            k--; // past a title: "led by Deputy Minister of Foreign Affairs"
        }
        return v.tokenIs(k, "by") && (v.tokenIs(k - 1, "led") || v.tokenIs(k - 1, "headed"))
                && v.findWord("delegation", Math.max(0, k - 5), k - 1) >= 0;
    }

    private static final Set<String> PRESENTING = Set.of("presented", "introduced", "defended");

    /**
     * "the delegation of Uzbekistan headed by Mr. Akmal Saidov, ..., presented the fifth periodic report ... on the
     * implementation of the ... Covenant ... at the 128th session of the Human Rights Committee": the head of the
     * delegation that presented a report at a body's session attended that session.
     */
    private static void reportPresentedAtSession(SentenceView v, List<FactDraft> out) {
        if (!v.cues(CueKind.ATTENDANCE).isEmpty()) {
            return; // "presented the national report at ...": an attendance cue of its own, read below
        }
        for (int i = 1; i < v.tokens.size(); i++) {
            if (!PRESENTING.contains(v.token(i).norm())) {
                continue;
            }
            int ce = v.clauseEnd(i);
            int at = v.findWord("at", i, ce);
            int[] ordinal = at < 0 || !v.tokenIs(at + 1, "the") ? null : v.ordinalAt(at + 2);
            int session = ordinal == null ? -1 : at + 2 + ordinal[1];
            if (session < 0 || !(v.tokenIs(session, "session")) || !v.tokenIs(session + 1, "of")) {
                continue;
            }
            Mention body = v.firstRight(session + 2, Math.min(ce, session + 4), m -> m.kind() == MentionKind.ORG
                    && m.id() != null);
            final int verb = i;
            Mention head = v.nearestLeft(verb, m -> m.kind() == MentionKind.PERSON && m.id() != null);
            if (body == null || head == null || !headedBy(v, head)) {
                continue;
            }
            String event = sessionOf(v.text(at + 2, session + 1), body);
            DateMention date = v.nearestDate(verb);
            FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", head).text("event", event, 0, 0)
                    .text("role", "head of delegation", 0, 0);
            fact.date(date == null ? null : date.iso(), false);
            out.add(fact);
            return;
        }
    }

    /**
     * "Kate Gilmore, United Nations Deputy High Commissioner for Human Rights, opened the session on 11 March", "The
     * session was opened on 30 September by Ibrahim Salama, ...", "Opening the session on behalf of the High
     * Commissioner, Ibrahim Salama, ... said": the official who opened the session the release reports attended it,
     * "<ordinal> session of the <committee>", on that day (the session's first, where the sentence gives none).
     */
    private static void sessionOpenedBy(SentenceView v, List<FactDraft> out) {
        int opened = -1;
        boolean participle = v.tokenIs(0, "opening") && v.tokenIs(1, "the") && v.tokenIs(2, "session");
        for (int k = 1; k + 2 < v.tokens.size() && !participle; k++) {
            boolean active = v.tokenIs(k, "opened") && v.tokenIs(k + 1, "the") && v.tokenIs(k + 2, "session");
            boolean passive = v.tokenIs(k, "opened") && v.tokenIs(k - 1, "was") && v.tokenIs(k - 2, "session");
            if (active || passive) {
                opened = k;
                break;
            }
        }
        if (opened < 0 && !participle) {
            return;
        }
        final int verb = opened;
        Mention official;
        if (participle) { // "Opening the session on behalf of the High Commissioner, Ibrahim Salama, ..."
            official = v.firstRight(3, v.tokens.size(), m -> m.kind() == MentionKind.PERSON && m.id() != null);
        } else if (v.tokenIs(verb - 1, "was")) { // "The session was opened on 30 September by Ibrahim Salama"
            int by = v.findWord("by", verb + 1, Math.min(v.tokens.size(), verb + 10));
            official = by < 0 ? null : v.firstRight(by + 1, Math.min(v.tokens.size(), by + 3),
                    m -> m.kind() == MentionKind.PERSON && m.id() != null);
        } else { // "Kate Gilmore, United Nations Deputy High Commissioner ..., opened the session"
            official = v.nearestLeft(verb, m -> m.kind() == MentionKind.PERSON && m.id() != null);
        }
        EventRecord session = v.discourse.latestHeldEvent("SESSION", 0);
        if (official == null || session == null || session.fullName() == null || session.fact().date() == null) {
            return;
        }
        // (a treaty body's session, which an official of the Office opens; not the Council's, which its President does)
        String bodyId = session.fact().entities("participants").isEmpty() ? null
                : session.fact().entities("participants").get(0).id();
        String body = bodyId == null || v.kb.monitoredTreaty(bodyId) == null ? null : v.kb.bodyName(bodyId);
        int at = session.fullName().indexOf(" session");
        if (body == null || at <= 0) {
            return;
        }
        String event = session.fullName().substring(0, at) + " session of the " + body;
        DateMention date = v.dates.stream().filter(d -> d.iso() != null && d.end() > d.start()).findFirst().orElse(null);
        String iso = date != null ? date.iso() : io.rapporteur.extractor.date.IsoDates.start(session.fact().date());
        FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", official).text("event", event, 0, 0)
                .text("role", "opened the session", 0, 0);
        fact.date(iso, date == null);
        out.add(fact);
    }

    /**
     * "addressed the Council", "addressed the opening meeting": where the release reported a session of that body, that
     * session (its first day for the date); null otherwise.
     */
    private static EventRecord sessionOfBodyAddressed(SentenceView v, int from, int ce) {
        EventRecord session = v.discourse.lastEvent("SESSION");
        if (session == null || session.fullName() == null || session.fact().status() != null) {
            return null;
        }
        var body = session.fact().entities("participants").stream().findFirst().orElse(null);
        Mention addressed = v.firstRight(from, Math.min(ce, from + 3), m -> m.id() != null);
        boolean opening = v.tokenIs(from, "the") && v.tokenIs(from + 1, "opening") && (v.tokenIs(from + 2, "meeting")
                || v.tokenIs(from + 2, "session"));
        return opening || body != null && addressed != null && body.id().equals(addressed.id()) ? session : null;
    }

    /** The most words of an event's lower-case description: "workshop on integrating the right to food into ...". */
    private static final int MAX_DESCRIPTION = 14;

    /**
     * An event named in lower case by what it was about: "a workshop on transitional justice and the rights of
     * victims, organized by ...", "the regional consultation on the protection of human rights defenders": its noun,
     * the words that qualify it before and its subject after "on", up to a comma or the words that say who held it,
     * where and when. Null where the noun has no such subject.
     */
    private static String describedEvent(SentenceView v, int from, CueMatch noun, int ce) {
        if (!v.tokenIs(noun.tokEnd(), "on") || !v.kb.words("described-events").contains(v.token(noun.tokEnd() - 1).norm())) {
            return null; // (not "held consultations on the establishment of the Council": talks, no event attended)
        }
        int start = noun.tokStart();
        while (start - 1 >= from && v.token(start - 1).isWord() && !v.tokenIs(start - 1, "a")
                && !v.tokenIs(start - 1, "an") && !v.tokenIs(start - 1, "the") && !v.tokenIs(start - 1, "its")) {
            start--; // "a national workshop", "the Pacific regional consultation"
        }
        int end = noun.tokEnd() + 1;
        while (end < Math.min(ce, noun.tokEnd() + MAX_DESCRIPTION) && v.token(end).isWord()
                && !v.kb.words("description-stops").contains(v.token(end).norm())) {
            final int at = end + 1;
            if (v.tokenIs(end, "in") && v.firstRight(at, at + 1, m -> m.tokStart() == at
                    && (m.kind() == MentionKind.CITY || m.kind() == MentionKind.STATE)) != null) {
                break; // "... on business and human rights in Bangkok": where, not what about
            }
            end++;
        }
        if (end < Math.min(ce, noun.tokEnd() + MAX_DESCRIPTION) && v.token(end).isWord()
                && !v.kb.words("description-stops").contains(v.token(end).norm())) {
            return null; // runs on past its length: no description read whole
        }
        while (end > noun.tokEnd() + 1 && v.kb.words("description-stops").contains(v.token(end - 1).norm())
                || end > noun.tokEnd() + 1 && (v.tokenIs(end - 1, "and") || v.tokenIs(end - 1, "the") || v.tokenIs(end - 1, "of"))) {
            end--;
        }
        return end > noun.tokEnd() + 1 ? v.text(start, end) : null;
    }

    /**
     * A gathering named in capitals that is no exchange of its own: "the 2019 Annual Meeting of the Global Alliance of
     * National Human Rights Institutions", "the GANHRI Annual Meeting". Null when the object is none.
     */
    private static String namedGathering(SentenceView v, int from, int ce) {
        for (int k = from; k < Math.min(ce, from + MAX_TITLE_HEAD); k++) {
            if (v.token(k).isWord() && v.token(k).isCapitalised() && v.kb.words("gatherings").contains(v.token(k).norm())) {
                int start = Titles.extendLeft(v, k, from);
                if (start > from && (v.token(start - 1).isNumber() || v.ordinalAt(start - 1) != null)) {
                    start--; // "the 2019 Annual Meeting", "the 40th Meeting of the AICHR"
                }
                int end = Math.max(k + 1, Titles.extendRight(v, k + 1, ce));
                return v.text(start, end);
            }
        }
        return null;
    }

    /** How many sentences after an exchange its participants may be listed without naming it. */
    private static final int PARTICIPANTS_REACH = 3;

    /**
     * "Representatives of the African Commission ..., the African Court ... and the Office of the United Nations High
     * Commissioner for Human Rights also participated." (or "took part as observers"), after the release's Dialogue:
     * each body attended the exchange just reported.
     */
    private static void representativesTookPart(SentenceView v, List<FactDraft> out) {
        if (!v.tokenIs(0, "representatives") || !v.tokenIs(1, "of")) {
            return;
        }
        int verb = -1;
        for (int k = 2; k < v.tokens.size() && verb < 0; k++) {
            if (v.tokenIs(k, "participated") || v.tokenIs(k, "attended") || v.tokenIs(k, "took") && v.tokenIs(k + 1, "part")) {
                verb = k;
            }
        }
        int after = verb < 0 ? -1 : v.tokenIs(verb, "took") ? verb + 2 : verb + 1;
        if (after < 0 || !(v.tokenIs(after, ".") || v.tokenIs(after, "as") || after >= v.tokens.size())) {
            return; // "... participated in the seminar": the rule for a named event reads it
        }
        EventRecord last = v.discourse.lastExchange();
        if (last == null || v.sentence().index() - last.sentence() > PARTICIPANTS_REACH) {
            return;
        }
        // the release's own event, the latest of that kind held (not "the 7th round held in ..." it recalled since)
        EventRecord event = v.discourse.latestHeldEvent(last.kind(), 0);
        if (event == null || event.fullName() == null) {
            return;
        }
        final int end = verb;
        // (not "AU" in "the AU Advisory Board on Corruption": a name the knowledge base lacks runs on after it)
        for (Mention m : v.mentionsIn(2, end, m -> (m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY)
                && m.id() != null && !(v.token(m.tokEnd()) != null && v.token(m.tokEnd()).isWord()
                && v.token(m.tokEnd()).isCapitalised()))) {
            FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", m).text("event", event.fullName(), 0, 0);
            fact.date(event.fact().date(), true);
            out.add(fact);
        }
    }

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        reportPresentedAtSession(v, out);
        sessionOpenedBy(v, out);
        representativesTookPart(v, out);
        for (CueMatch cue : v.cues(CueKind.ATTENDANCE)) {
            if (v.tokenIs(cue.tokStart() - 1, "to") && v.firstCue(CueKind.INVITATION, 0, cue.tokStart()) != null) {
                continue; // "the AU invited Mr Gilmore to attend the 66th Ordinary Session": not attended yet
            }
            if (v.negatedBefore(cue)) {
                continue; // "The Commission did not attend the 66th Ordinary Session"
            }
            int ce = v.clauseEnd(cue.tokEnd());
            Mention attendee = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.PERSON
                    || m.kind() == MentionKind.PRONOUN);
            if (attendee == null) {
                attendee = v.nearestLeft(cue.tokStart(), Roles.PARTY);
            }
            if (attendee == null) {
                continue;
            }
            attendee = v.resolved(attendee, Set.of());
            if (attendee == null || attendee.id() == null) {
                continue;
            }
            if (datedSessionList(v, cue, attendee, ce, out)) {
                continue;
            }
            String event = null;
            String alsoAttended = null;
            List<String> eachSession = new ArrayList<>();
            String date = null;
            boolean inherited = false;
            // "delivered a joint statement on behalf of 70 countries at the 44th session of ...": the event is after "at"
            int at = STATEMENT.equals(cue.value(CueKind.ATTENDANCE)) ? v.findWord("at", cue.tokEnd(), ce) : -1;
            if (at < 0 && STATEMENT.equals(cue.value(CueKind.ATTENDANCE))) {
                // "read out the letter at the opening ceremony and delivered a keynote speech": the event is before
                at = ceremonyBefore(v, attendee.tokEnd(), cue.tokStart());
            }
            int from = at > 0 ? at + 1 : cue.tokEnd();
            CueMatch noun = v.firstCue(CueKind.EXCHANGE_NOUN, from, Math.min(ce, from + 6)); // "the fifty-second session"
            if (noun == null) { // "the 22nd, 23rd and 24th sessions of ...": past a list of ordinals
                int k = v.tokenIs(from, "the") ? from + 1 : from;
                while (k < ce && (v.ordinalAt(k) != null || v.tokenIs(k, ",") || v.tokenIs(k, "and") || v.tokenIs(k, "-"))) {
                    k++;
                }
                noun = k > from + 1 ? v.firstCue(CueKind.EXCHANGE_NOUN, k, Math.min(ce, k + 1)) : null;
            }
            if (noun == null) { // "attended the Ninth Asia-Pacific Workshop on ...": a longer title
                CueMatch titled = v.firstCue(CueKind.EXCHANGE_NOUN, from, Math.min(ce, from + MAX_TITLE_HEAD));
                noun = titled != null && v.token(titled.tokStart()).isCapitalised() ? titled : null;
            }
            int partStart = -1;
            if (noun == null) {
                // "the high-level segment of the 46th session of the Human Rights Council": a part of a session
                // ("the high-level segment of the thirty-fourth session": a written ordinal takes three tokens)
                CueMatch further = v.firstCue(CueKind.EXCHANGE_NOUN, from, Math.min(ce, from + 12));
                int of = further == null ? -1 : v.findWord("of", from, further.tokStart());
                if (of > from) {
                    noun = further;
                    partStart = v.tokenIs(from, "the") ? from + 1 : from;
                }
            }
            if (noun != null && partStart < 0 && v.token(noun.tokStart()).isCapitalised()) {
                int start = Titles.extendLeft(v, noun.tokStart(), from);
                int[] ordinal = start > from ? v.ordinalEndingAt(start - 1) : null;
                // also "opened the first Central Asian Regional Consultation on ...": a title's ordinal in lower case
                if (ordinal != null && (v.token(ordinal[1]).isCapitalised() || v.token(ordinal[1]).text().matches("\\d+\\w*")
                        || v.token(start).isCapitalised() && ordinal[1] == start - 1)) {
                    start = ordinal[1]; // "attended the Twenty-Third Symposium", "the 9th Asia-Europe Informal Seminar"
                }
                event = v.text(start, Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), ce)));
            } else if (noun != null && v.tokenIs(noun.tokEnd(), "of")
                    && v.firstRight(noun.tokEnd() + 1, noun.tokEnd() + 3, Roles.PARTY) != null) {
                // "the 53rd session of the UN Commission on Human Rights"
                Mention body = v.firstRight(noun.tokEnd() + 1, noun.tokEnd() + 3, Roles.PARTY);
                int start = noun.tokStart();
                int[] ordinal = v.ordinalEndingAt(start - 1); // "the fifty-second session of"
                if (ordinal != null) {
                    start = ordinal[1];
                }
                event = v.text(partStart >= 0 ? partStart : start, body.tokEnd());
                alsoAttended = coordinatedSession(v, body.tokEnd(), ce);
                // "the 22nd, 23rd and 24th sessions of the Human Rights Council": each session is an event of its own
                SentenceView.Ordinals listed = partStart < 0 ? v.coordinatedOrdinalsEndingAt(noun.tokStart() - 1, from) : null;
                if (listed != null && listed.values().size() > 1 && v.token(noun.tokEnd() - 1).norm().endsWith("s")) {
                    String singular = v.token(noun.tokEnd() - 1).text().replaceFirst("s$", "");
                    String of = v.text(noun.tokEnd(), body.tokEnd());
                    // (to the token before the noun: the last ordinal may be written in three, "forty-second")
                    for (int k = listed.firstTok(); k < noun.tokStart(); k++) {
                        int[] each = v.ordinalEndingAt(k);
                        if (each != null && each[1] <= k) {
                            eachSession.add(v.text(each[1], k + 1) + " " + singular + " " + of);
                        }
                    }
                }
            } else if (noun != null && partStart < 0 && attendee.kind() != MentionKind.STATE
                    && describedEvent(v, from, noun, ce) != null) {
                // "took part in a workshop on transitional justice and the rights of victims, organized by ..."
                event = describedEvent(v, from, noun, ce);
            } else {
                event = namedGathering(v, from, ce); // "participated in the GANHRI Annual Meeting held in Geneva"
                if (event == null) {
                    event = sessionOfAddressedBody(v, from, ce); // "addressed the Council at its 10th session"
                }
                EventRecord referred = event == null ? v.eventReferredTo(from, Math.min(ce, from + 3)) : null;
                if (referred != null && referred.fullName() != null) {
                    event = referred.fullName();
                    date = referred.fact().date();
                    inherited = true;
                }
                if (event == null) {
                    // a session's release: "Michelle Bachelet ... also addressed the Council": the session it reports
                    EventRecord session = sessionOfBodyAddressed(v, from, ce);
                    if (session != null) {
                        // "its fortieth regular session" of the Human Rights Council: the name at its fullest
                        var owner = session.fact().entities("participants").get(0);
                        event = session.fullName().contains(" of ") || owner.text() == null ? session.fullName()
                                : session.fullName() + " of " + owner.text().replaceFirst("^The ", "the ");
                        date = session.fact().date() == null ? null : session.fact().date().replaceFirst("/.*", "");
                        inherited = true;
                    }
                }
            }
            if (event == null) {
                // "attended the opening ceremony of the forum", "also addressed the opening ceremony": of the event
                // just reported
                EventRecord referred = v.eventReferredTo(from, Math.min(ce, from + MAX_TITLE_HEAD));
                if (referred != null && referred.fullName() != null) {
                    event = referred.fullName();
                    date = referred.fact().date();
                    inherited = true;
                }
            }
            if (event == null) {
                // "Zhao Mingde, ..., attended the opening ceremony and delivered a keynote speech", paragraphs after the
                // forum was reported: its opening ceremony
                // (a person: not "China" read from "the Communist Party of China" in an office left unread)
                EventRecord opened = attendee.kind() == MentionKind.PERSON ? ceremonyOfLastExchange(v, from) : null;
                if (opened != null) {
                    event = opened.fullName();
                    date = opened.fact().date();
                    inherited = true;
                }
            }
            if (event == null) {
                continue;
            }
            DateMention own = v.nearestDate(cue.tokStart());
            if (own != null && own.iso() != null && (own.iso().length() == 4 || own.iso().length() == 7)) {
                // "In 2005, a delegation attended the 61st Session ..., held in Geneva from March 14 to April 22", "In
                // November, ... attended the Conference, convened ... from 5 to 7 November 2019": the event's own
                // dates, within the year or month that sets the scene, say more
                String scene = own.iso();
                own = v.datesIn(cue.tokEnd(), ce).stream()
                        .filter(d -> d.iso() != null && d.iso().length() > scene.length() && d.iso().startsWith(scene))
                        .findFirst().orElse(own);
            }
            if (own != null && own.iso() != null) {
                date = own.iso();
                inherited = false;
            }
            if (date == null) { // "attended the 13th Workshop ..., which A and B co-hosted in Beijing from ... to ..."
                EventRecord reported = v.exchangeReportedHere(event);
                if (reported != null) {
                    date = reported.fact().date();
                    inherited = true;
                }
            }
            if (date == null && event.contains("Universal Periodic Review")) {
                // "Ethiopia underwent its third review ... on 13 May 2019. The delegation, led by ..., presented the
                // national report to the thirty-third session of the Working Group ...": that review's day
                EventRecord review = v.discourse.lastEvent(io.rapporteur.extractor.discourse.Discourse.REVIEW);
                if (review != null && v.sentence().index() - review.sentence() <= 2 && review.fact().date() != null) {
                    date = review.fact().date();
                    inherited = true;
                }
            }
            String role = STATEMENT.equals(cue.value(CueKind.ATTENDANCE)) ? "spoke" : cue.value(CueKind.ATTENDANCE);
            if ("HELD".equals(role) || "PLANNED".equals(role)) {
                CueMatch spoke = v.firstCue(CueKind.ROLE, cue.tokEnd(), ce);
                role = spoke == null ? null : spoke.value(CueKind.ROLE);
            }
            if (role == null && headedBy(v, attendee)) {
                role = "head of delegation"; // "the Lao delegation, led by Deputy Minister X, presented ..."
            }
            String status = "PLANNED".equals(cue.value(CueKind.ATTENDANCE)) ? "PLANNED" : null;
            List<String> events = new ArrayList<>(eachSession.size() > 1 ? eachSession : List.of(event));
            if (alsoAttended != null) {
                events.add(alsoAttended);
            }
            // "the 31st, 32nd and 33rd sessions of the Council, held in Geneva in March, June and September": one date
            // each, in order, where the sentence lists as many after the sessions as it lists sessions
            List<DateMention> eachDate = eachSession.size() > 1 ? v.datesIn(from, v.tokens.size()).stream()
                    .filter(d -> d.iso() != null && d.to() == null).toList() : List.of();
            for (int i = 0; i < events.size(); i++) {
                String attended = events.get(i);
                FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", attendee)
                        .text("event", attended, 0, 0);
                if (role != null) {
                    fact.text("role", role, 0, 0);
                }
                boolean paired = eachDate.size() == eachSession.size() && i < eachDate.size();
                fact.date(paired ? eachDate.get(i).iso() : date, !paired && inherited).status(status);
                out.add(fact);
            }
        }
    }

    /** How many sentences after an exchange was reported a bare "the opening ceremony" may still be its. */
    private static final int CEREMONY_REACH = 10;
    private static final Set<String> CEREMONY_TIMES = Set.of("opening", "closing", "inaugural");
    private static final Set<String> CEREMONY_NOUNS = Set.of("ceremony", "session", "plenary");

    /**
     * "attended the opening ceremony", "addressed the closing session", with no "of <event>" after: a part of the
     * exchange the text reported last, a few sentences back, even in an earlier paragraph (a forum's release tells
     * the forum first, then who spoke at its opening). Null when the object is no such ceremony.
     */
    private static EventRecord ceremonyOfLastExchange(SentenceView v, int from) {
        int k = v.tokenIs(from, "the") || v.tokenIs(from, "its") ? from + 1 : from;
        if (!CEREMONY_TIMES.contains(v.token(k) == null ? "" : v.token(k).norm()) || v.token(k + 1) == null
                || !CEREMONY_NOUNS.contains(v.token(k + 1).norm()) || v.tokenIs(k + 2, "of")) {
            return null;
        }
        EventRecord last = v.discourse.lastExchange();
        boolean near = last != null && v.sentence().index() - last.sentence() <= CEREMONY_REACH;
        return near && last.fullName() != null && last.fact().status() == null ? last : null;
    }

    /**
     * "Zhao Mingde ... read out the letter at the opening ceremony and delivered a keynote speech": the "at" of a
     * ceremony written between the speaker and the speech, or -1.
     */
    private static int ceremonyBefore(SentenceView v, int from, int to) {
        if (v.findWord("by", from, to) >= 0) {
            // "The President sent a letter, which was read out at the opening ceremony by A, who ...": not his speech
            return -1;
        }
        for (int k = from; k + 2 < to; k++) {
            int article = v.tokenIs(k + 1, "the") ? k + 2 : k + 1;
            if (v.tokenIs(k, "at") && v.token(article) != null && CEREMONY_TIMES.contains(v.token(article).norm())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "addressed the Human Rights Council at its 10th session": the session, named as "10th session of the Human
     * Rights Council". Null when the object is not a body followed by "at|during its <ordinal> session".
     */
    private static String sessionOfAddressedBody(SentenceView v, int from, int ce) {
        Mention body = v.firstRight(from, Math.min(ce, from + 2), m -> m.kind() == MentionKind.ORG && m.id() != null);
        if (body == null) {
            return null;
        }
        int k = body.tokEnd();
        if (!(v.tokenIs(k, "at") || v.tokenIs(k, "during")) || !v.tokenIs(k + 1, "its")) {
            return null;
        }
        int[] ordinal = v.ordinalAt(k + 2);
        if (ordinal == null || !v.tokenIs(k + 2 + ordinal[1], "session")) {
            return null;
        }
        return sessionOf(v.text(k + 2, k + 2 + ordinal[1]) + " session", body);
    }

    /** "10th session" + " of the Human Rights Council": a session named with its body, without the body's article. */
    private static String sessionOf(String session, Mention body) {
        String name = body.text().regionMatches(true, 0, "the ", 0, 4) ? body.text().substring(4) : body.text();
        return session + " of the " + name;
    }

    /**
     * "participated in the fortieth (25 February - 22 March 2019), forty-first (24 June - 12 July 2019) and forty-second
     * (9 - 27 September 2019) sessions of the Human Rights Council": each session attended, on the days its brackets
     * give. Whether the cue's object was such a list.
     */
    private static boolean datedSessionList(SentenceView v, CueMatch cue, Mention attendee, int ce, List<FactDraft> out) {
        int k = v.tokenIs(cue.tokEnd(), "the") ? cue.tokEnd() + 1 : cue.tokEnd();
        List<String> ordinals = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        while (k < ce) {
            int[] ordinal = v.ordinalAt(k);
            if (ordinal == null) {
                break;
            }
            String written = v.text(k, k + ordinal[1]);
            k += ordinal[1];
            String date = null;
            if (v.tokenIs(k, "(")) {
                int close = v.findWord(")", k, Math.min(ce, k + 12));
                if (close < 0) {
                    return false;
                }
                date = v.datesIn(k, close).stream().map(DateMention::iso).filter(d -> d != null).findFirst().orElse(null);
                k = close + 1;
            }
            ordinals.add(written);
            dates.add(date);
            while (v.tokenIs(k, ",") || v.tokenIs(k, "and")) {
                k++;
            }
        }
        CueMatch noun = v.firstCue(CueKind.EXCHANGE_NOUN, k, Math.min(ce, k + 1));
        if (ordinals.size() < 2 || dates.stream().anyMatch(d -> d == null) || noun == null || !v.tokenIs(noun.tokEnd(), "of")) {
            return false;
        }
        Mention body = v.firstRight(noun.tokEnd() + 1, Math.min(ce, noun.tokEnd() + 3), Roles.PARTY);
        if (body == null) {
            return false;
        }
        String singular = v.token(noun.tokEnd() - 1).text().replaceFirst("s$", "");
        String of = v.text(noun.tokEnd(), body.tokEnd());
        for (int i = 0; i < ordinals.size(); i++) {
            FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", attendee)
                    .text("event", ordinals.get(i) + " " + singular + " " + of, 0, 0);
            fact.date(dates.get(i), false);
            out.add(fact);
        }
        return true;
    }

    /**
     * "attended the 53rd session of the Commission on Human Rights and the 49th session of the Sub-Commission ...": a
     * second session of a body coordinated at {@code from}, or null.
     */
    private static String coordinatedSession(SentenceView v, int from, int ce) {
        if (!v.tokenIs(from, "and")) {
            return null;
        }
        int start = v.tokenIs(from + 1, "the") ? from + 2 : from + 1;
        int[] ordinal = v.ordinalAt(start);
        int nounAt = ordinal == null ? start : start + ordinal[1];
        CueMatch noun = v.firstCue(CueKind.EXCHANGE_NOUN, nounAt, Math.min(ce, nounAt + 1));
        if (noun == null || !v.tokenIs(noun.tokEnd(), "of")) {
            return null;
        }
        Mention body = v.firstRight(noun.tokEnd() + 1, Math.min(ce, noun.tokEnd() + 3), Roles.PARTY);
        return body == null ? null : v.text(start, body.tokEnd());
    }
}
