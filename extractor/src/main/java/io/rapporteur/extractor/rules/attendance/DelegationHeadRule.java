package io.rapporteur.extractor.rules.attendance;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * ATTENDANCE of the heads of delegation at the exchange the text has just reported: "The EU delegation was headed by
 * Luc Devigne, ..., while the delegation of Uzbekistan was led by Akmal Saidov, ...". Each head attended that exchange
 * (its full name and date), as head of the delegation named. Likewise its chairs: "The Dialogue was co-chaired by Ms
 * Paola Pampaloni, ..., and by Dr Febrian Alphyanto Ruddyard, ...".
 */
public final class DelegationHeadRule implements Rule {

    /** How many sentences back the exchange may have been reported. */
    private static final int REACH = 6;
    /**
     * One role for every head, whichever side or wording ("led the EU delegation", "headed the Vietnamese side"): the
     * attendee already says which side, and one label lets a reader list the heads of every round.
     */
    private static final String HEAD_OF_DELEGATION = "head of delegation";
    /** An owner before an event's name: "Malaysia's third Universal Periodic Review". */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("^\\S+['\u2019]s ");
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

    /** The most tokens between "delegation" and "headed|led by". */
    private static final int MAX_GAP = 4;
    /**
     * The most tokens between "by" and the head's name (a title: "Ambassador", "Deputy Minister", or one set off by a
     * comma: "the EU Special Representative for Human Rights, A").
     */
    private static final int MAX_TITLE = 11;

    /**
     * Whether the exchange was named at its fullest, which an attendance's event must be: with its round ("the ninth
     * round of the human rights dialogue between ..."), or an ordinal before a title ("16th German-Chinese Human Rights
     * Dialogue"); not a bare "Human Rights Dialogue".
     */
    private static boolean namedInFull(SentenceView v, String fullName) {
        if (fullName.contains(" round of ")) {
            return true;
        }
        // "Malaysia's third Universal Periodic Review": the owner first
        String[] words = POSSESSIVE.matcher(fullName).replaceFirst("").split(" ");
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        boolean ordinal = v.kb.ordinal(first) != null || NUMBERED.matcher(first).matches();
        // "tenth meeting of the EU-Bangladesh Sub-Group on ...", "22nd session of the Sri Lanka-EU Joint Commission"
        boolean numberedPart = words.length >= 5 && (words[1].equals("meeting") || words[1].equals("session"))
                && words[2].equals("of") && words[3].equals("the") && Character.isUpperCase(words[4].charAt(0));
        return ordinal && words.length >= 3 && (Character.isUpperCase(words[1].charAt(0)) || numberedPart);
    }

    /**
     * The exchange named in full by an undated headline ("14th EU-Uzbekistan Human Rights Dialogue held in Tashkent"),
     * dated by the statement told after it of the same round and sides ("held the 14th round of their annual Human
     * Rights Dialogue on 24 November 2022"): its name, that date. Else the exchange itself.
     */
    private static EventRecord datedByItsStatement(List<EventRecord> events, EventRecord exchange) {
        if (exchange.fact().date() != null || exchange.fact().field("ordinal") == null) {
            return exchange;
        }
        for (int k = events.size() - 1; k >= 0 && events.get(k) != exchange; k--) {
            EventRecord e = events.get(k);
            if (e.kind().equals(exchange.kind()) && e.fact().date() != null
                    && exchange.fact().field("ordinal").equals(e.fact().field("ordinal"))
                    && e.sameSidesAs(exchange)) {
                return new EventRecord(exchange.kind(), e.fact(), exchange.fullName(), exchange.sentence(),
                        exchange.paragraph());
            }
        }
        return exchange;
    }

    /** Whether the round in an event's name is its own: not "9th round of ..." kept for the tenth round. */
    private static boolean roundAgrees(SentenceView v, EventRecord e) {
        Object ordinal = e.fact().field("ordinal");
        String first = POSSESSIVE.matcher(e.fullName()).replaceFirst("").split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        Integer named = v.kb.ordinal(first);
        if (named == null && NUMBERED.matcher(first).matches()) {
            named = Integer.valueOf(first.replaceAll("\\D", ""));
        }
        return ordinal == null || named == null || named.equals(ordinal);
    }

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        // only an exchange the text named at its fullest ("the ninth round of the human rights dialogue between
        // Switzerland and Nigeria"): the event of an attendance is its name, and a bare "Human Rights Dialogue" is not;
        // the last such one, past a seminar that "preceded" it
        EventRecord exchange = null;
        List<EventRecord> events = v.discourse.events();
        for (int k = events.size() - 1; k >= 0; k--) {
            EventRecord e = events.get(k);
            if (v.sentence.index() - e.sentence() > REACH) {
                break;
            }
            if (e.kind().equals("VISIT") || e.kind().equals("AGREEMENT")) {
                continue;
            }
            if (e.fullName() != null && namedInFull(v, e.fullName()) && roundAgrees(v, e)) {
                exchange = e;
                break;
            }
            if (e.sentence() == v.sentence.index()) {
                return; // "At the tenth round, held in Brussels ..., X headed the EU side": not an earlier round's head
            }
        }
        int[] session = sessionNamedHere(v);
        if (session != null && !reportedHere(v)) {
            headsAtSessionNamedHere(v, session, out);
            // "Malawi was reviewed ... at the 36th session of the UPR Working Group, where the delegation was led by
            // ...": that session's heads, not those of a dialogue reported before
            return;
        }
        if (exchange == null) {
            return;
        }
        exchange = datedByItsStatement(events, exchange);
        chairs(v, exchange, out);
        boolean headedBefore = false;
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            // "..., and the Myanmar delegation by Mr. Kyaw Moe Tun": the verb left out after a first head
            boolean elided = headedBefore && (v.tokenIs(i, "delegation") || v.tokenIs(i, "side")) && v.tokenIs(i + 1, "by");
            if (!elided && (v.tokenIs(i, "headed") || v.tokenIs(i, "led")) && !v.tokenIs(i + 1, "by")) {
                activeHead(v, exchange, i, out); // "Deputy Foreign Minister Bui Thanh Son headed the Vietnamese side"
                continue;
            }
            if (!elided && (!(v.tokenIs(i, "headed") || v.tokenIs(i, "led")) || !v.tokenIs(i + 1, "by"))) {
                continue;
            }
            headedBefore = true;
            int noun = elided ? i : -1;
            for (int k = i - 1; noun < 0 && k >= Math.max(0, i - MAX_GAP - 3); k--) {
                if (v.tokenIs(k, "delegation") || v.tokenIs(k, "side")) {
                    noun = k;
                    break;
                }
            }
            if (noun < 0) {
                continue;
            }
            Mention head = headNamedAfterBy(v, i + 1);
            if (head == null) {
                continue;
            }
            out.add(attended(head, exchange, HEAD_OF_DELEGATION));
        }
    }

    /** Whether an exchange or review was reported by this very sentence. */
    private static boolean reportedHere(SentenceView v) {
        List<EventRecord> events = v.discourse.events();
        return !events.isEmpty() && events.get(events.size() - 1).sentence() == v.sentence.index();
    }

    /**
     * "at the 28th session of the UPR Working Group", "attended the 37th Meeting of the AICHR": the tokens from the
     * ordinal to the end of the body's name, or null where the sentence names no numbered session or meeting of a body.
     */
    private static int[] sessionNamedHere(SentenceView v) {
        for (int k = 0; k < v.tokens.size(); k++) {
            int[] ordinal = v.ordinals().at(k);
            if (ordinal == null) {
                continue;
            }
            int noun = k + ordinal[1];
            if (!(v.tokenIs(noun, "session") || v.tokenIs(noun, "meeting")) || !v.tokenIs(noun + 1, "of")) {
                continue;
            }
            final int of = noun + 1;
            Mention body = v.firstRight(of + 1, Math.min(v.tokens.size(), of + 3), m -> m.kind() == MentionKind.ORG
                    && m.id() != null && (m.tokStart() == of + 1 || m.tokStart() == of + 2 && v.tokenIs(of + 1, "the")));
            if (body != null) {
                return new int[] {k, body.tokEnd()};
            }
        }
        return null;
    }

    /**
     * "... at the tenth session of the UPR Working Group in Geneva; the national delegation is led by Deputy Prime
     * Minister X", "with a delegation headed by X": the head of a delegation attended the session the same sentence
     * names, on the sentence's day.
     */
    private static void headsAtSessionNamedHere(SentenceView v, int[] session, List<FactDraft> out) {
        String event = v.text(session[0], session[1]);
        var date = v.nearestDate(session[0]);
        if (date == null || date.iso() == null) {
            return; // "The delegation, led by A, presented the national report to the 33rd session ...": the review's
            // day, told before, is the attendance rule's to give
        }
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            if (!(v.tokenIs(i, "headed") || v.tokenIs(i, "led")) || !v.tokenIs(i + 1, "by")
                    || v.findWord("delegation", Math.max(0, i - MAX_GAP - 3), i) < 0) {
                continue;
            }
            Mention head = headNamedAfterBy(v, i + 1);
            if (head != null) {
                FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", head).text("event", event, 0, 0)
                        .text("role", HEAD_OF_DELEGATION, 0, 0);
                fact.date(date.iso(), false);
                out.add(fact);
            }
        }
    }

    /** "X headed the Vietnamese side", "X led the Chinese delegation": the head named right before the verb. */
    private static void activeHead(SentenceView v, EventRecord exchange, int verb, List<FactDraft> out) {
        if (!v.tokenIs(verb + 1, "the")) {
            return; // not "led a delegation to the ninth session of ...": an attendance of its own
        }
        int k = verb + 2;
        final int the = verb + 1;
        Mention side = v.firstRight(the, the + 2, m -> (m.tokStart() == the || m.tokStart() == the + 1)
                && m.tokEnd() > the + 2 && m.tokEnd() < v.tokens.size());
        if (side != null) {
            // "led the U.S. delegation": past a state written with periods (the mention may take in the noun)
            k = v.tokenIs(side.tokEnd() - 1, "delegation") || v.tokenIs(side.tokEnd() - 1, "side") ? side.tokEnd() - 1 : side.tokEnd();
        }
        int noun = -1;
        for (int j = k; j < Math.min(v.tokens.size(), k + 3); j++) {
            if (v.tokenIs(j, "delegation") || v.tokenIs(j, "side")) {
                noun = j;
                break;
            }
        }
        if (noun > 0 && (v.tokenIs(noun + 1, "to") || v.tokenIs(noun + 1, "at"))) {
            return; // "led the Chinese delegation to the session": that session's attendance
        }
        Mention head = noun < 0 ? null : v.nearestLeft(verb, m -> m.kind() == MentionKind.PERSON && m.id() != null
                && m.tokEnd() >= verb - 1);
        if (head == null) {
            return;
        }
        out.add(attended(head, exchange, HEAD_OF_DELEGATION));
    }

    /** The attendance of a person at the exchange, in a role, on the exchange's date. */
    private static FactDraft attended(Mention person, EventRecord exchange, String role) {
        FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", person)
                .text("event", exchange.fullName(), 0, 0)
                .text("role", role, 0, 0);
        fact.date(exchange.fact().date(), true);
        return fact;
    }

    /**
     * "The Dialogue was co-chaired by A, ..., and B, ...", "The Conference, chaired by A, ...": every person named after
     * "by" in the sentence chaired the exchange, when the subject refers to it ("The Dialogue") or the sentence itself
     * reported it.
     */
    private static void chairs(SentenceView v, EventRecord exchange, List<FactDraft> out) {
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            boolean opened = v.tokenIs(i, "opened"); // "The workshop was opened by the Deputy Minister ..., A"
            if (!(v.tokenIs(i, "chaired") || v.tokenIs(i, "presided") || opened) || !v.tokenIs(i + 1, "by")) {
                continue;
            }
            boolean co = i >= 2 && v.tokenIs(i - 2, "co");
            // also "It was co-chaired by ..." right after the sentence that reported it
            boolean it = v.tokenIs(0, "it") && exchange.sentence() == v.sentence.index() - 1;
            // "The meeting was co-chaired by ..." opening the paragraph after the one that reported it (a numbered
            // "meeting" of a sub-group, which the anaphor's own reach, within its paragraph, would miss)
            boolean next = exchange.sentence() >= v.sentence.index() - 2 && v.cues(CueKind.EVENT_ANAPHOR).stream()
                    .anyMatch(c -> c.tokStart() == 0 && c.value(CueKind.EVENT_ANAPHOR).equals("ANY"));
            EventRecord referred = v.events().referredTo(0, i);
            boolean aboutExchange = exchange.sentence() == v.sentence.index()
                    || referred == exchange || it || next;
            if (!aboutExchange) {
                return;
            }
            for (Mention m : v.mentions) {
                if (m.tokStart() > i + 1 && m.kind() == MentionKind.PERSON && m.id() != null
                        && !v.tokenIs(m.tokStart() - 1, "of") && !v.tokenIs(m.tokStart() - 1, "to")) {
                    out.add(attended(m, exchange, opened ? "opened" : co ? "co-chair" : "chair"));
                }
            }
            return;
        }
    }

    /** The head named after "led|headed by" ({@code by}), past a title: "led by Deputy Minister of Foreign Affairs A". */
    private static Mention headNamedAfterBy(SentenceView v, int by) {
        return v.firstRight(by + 1, Math.min(v.tokens.size(), by + 1 + MAX_TITLE),
                m -> m.kind() == MentionKind.PERSON && m.id() != null);
    }
}
