package io.rapporteur.extractor.rules.attendance;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;
import java.util.Set;

/**
 * Attendances told without an attendance verb's object: the head of a delegation that presented a report at a
 * session, the official who opened the session a release reports, the representatives of bodies who "also
 * participated" in the exchange just reported.
 */
final class AttendanceInOtherWords {

    private AttendanceInOtherWords() {
    }

    /** Whether "delegation, led|headed by" comes right before the person: its head. */
    static boolean headedBy(SentenceView v, Mention person) {
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
    static void reportPresentedAtSession(SentenceView v, List<FactDraft> out) {
        if (!v.cues(CueKind.ATTENDANCE).isEmpty()) {
            return; // "presented the national report at ...": an attendance cue of its own, read below
        }
        for (int i = 1; i < v.tokens.size(); i++) {
            if (!PRESENTING.contains(v.token(i).norm())) {
                continue;
            }
            int ce = v.clauseEnd(i);
            int at = v.findWord("at", i, ce);
            int[] ordinal = at < 0 || !v.tokenIs(at + 1, "the") ? null : v.ordinals().at(at + 2);
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
            String event = EventNames.sessionOf(v.text(at + 2, session + 1), body);
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
    static void sessionOpenedBy(SentenceView v, List<FactDraft> out) {
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

    /** How many sentences after an exchange its participants may be listed without naming it. */
    private static final int PARTICIPANTS_REACH = 3;

    /**
     * "Representatives of the African Commission ..., the African Court ... and the Office of the United Nations High
     * Commissioner for Human Rights also participated." (or "took part as observers"), after the release's Dialogue:
     * each body attended the exchange just reported.
     */
    static void representativesTookPart(SentenceView v, List<FactDraft> out) {
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
}
