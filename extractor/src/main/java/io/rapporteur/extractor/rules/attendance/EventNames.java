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
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The event attended, where the object of the attendance verb is no titled event: a session of the body addressed,
 * an event named by what it was about, a gathering, a ceremony of the exchange just reported, a list of sessions.
 */
final class EventNames {

    private EventNames() {
    }

    /**
     * "addressed the Council", "addressed the opening meeting": where the release reported a session of that body, that
     * session (its first day for the date); null otherwise.
     */
    static EventRecord sessionOfBodyAddressed(SentenceView v, int from, int ce) {
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
    static String describedEvent(SentenceView v, int from, CueMatch noun, int ce) {
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
    static String namedGathering(SentenceView v, int from, int ce) {
        for (int k = from; k < Math.min(ce, from + AttendanceRule.MAX_TITLE_HEAD); k++) {
            if (v.token(k).isWord() && v.token(k).isCapitalised() && v.kb.words("gatherings").contains(v.token(k).norm())) {
                int start = Titles.extendLeft(v, k, from);
                if (start > from && (v.token(start - 1).isNumber() || v.ordinals().at(start - 1) != null)) {
                    start--; // "the 2019 Annual Meeting", "the 40th Meeting of the AICHR"
                }
                int end = Math.max(k + 1, Titles.extendRight(v, k + 1, ce));
                return v.text(start, end);
            }
        }
        return null;
    }

    /**
     * The titled event whose opening or closing the attendance verb names: "the Seventh Ministerial Conference" in "the
     * opening session of the Seventh Ministerial Conference of the Community of Democracies"; null where the noun is no
     * ceremony of such an event.
     */
    static CueMatch eventOfItsCeremony(SentenceView v, CueMatch noun, int ce) {
        if (noun == null || !v.tokenIs(noun.tokEnd(), "of") || v.token(noun.tokStart() - 1) == null
                || !CEREMONY_TIMES.contains(v.token(noun.tokStart() - 1).norm())) {
            return null;
        }
        CueMatch whole = v.firstCue(CueKind.EXCHANGE_NOUN, noun.tokEnd() + 1, Math.min(ce, noun.tokEnd() + 1 + MAX_TITLE_HEAD));
        return whole != null && v.token(whole.tokStart()).isCapitalised() ? whole : null;
    }

    /** The most tokens from "of" to a titled event's noun: "the Seventh Ministerial Conference". */
    private static final int MAX_TITLE_HEAD = 6;

    /** How many sentences after an exchange was reported a bare "the opening ceremony" may still be its. */
    private static final int CEREMONY_REACH = 10;
    private static final Set<String> CEREMONY_TIMES = Set.of("opening", "closing", "inaugural");
    private static final Set<String> CEREMONY_NOUNS = Set.of("ceremony", "session", "plenary");

    /**
     * "attended the opening ceremony", "addressed the closing session", with no "of <event>" after: a part of the
     * exchange the text reported last, a few sentences back, even in an earlier paragraph (a forum's release tells
     * the forum first, then who spoke at its opening). Null when the object is no such ceremony.
     */
    static EventRecord ceremonyOfLastExchange(SentenceView v, int from) {
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
    static int ceremonyBefore(SentenceView v, int from, int to) {
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
    static String sessionOfAddressedBody(SentenceView v, int from, int ce) {
        Mention body = v.firstRight(from, Math.min(ce, from + 2), m -> m.kind() == MentionKind.ORG && m.id() != null);
        if (body == null) {
            return null;
        }
        int k = body.tokEnd();
        if (!(v.tokenIs(k, "at") || v.tokenIs(k, "during")) || !v.tokenIs(k + 1, "its")) {
            return null;
        }
        int[] ordinal = v.ordinals().at(k + 2);
        if (ordinal == null || !v.tokenIs(k + 2 + ordinal[1], "session")) {
            return null;
        }
        return sessionOf(v.text(k + 2, k + 2 + ordinal[1]) + " session", body);
    }

    /** "10th session" + " of the Human Rights Council": a session named with its body, without the body's article. */
    static String sessionOf(String session, Mention body) {
        String name = body.text().regionMatches(true, 0, "the ", 0, 4) ? body.text().substring(4) : body.text();
        return session + " of the " + name;
    }

    /**
     * "participated in the fortieth (25 February - 22 March 2019), forty-first (24 June - 12 July 2019) and forty-second
     * (9 - 27 September 2019) sessions of the Human Rights Council": each session attended, on the days its brackets
     * give. Whether the cue's object was such a list.
     */
    static boolean datedSessionList(SentenceView v, CueMatch cue, Mention attendee, int ce, List<FactDraft> out) {
        int k = v.tokenIs(cue.tokEnd(), "the") ? cue.tokEnd() + 1 : cue.tokEnd();
        List<String> ordinals = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        while (k < ce) {
            int[] ordinal = v.ordinals().at(k);
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
    static String coordinatedSession(SentenceView v, int from, int ce) {
        if (!v.tokenIs(from, "and")) {
            return null;
        }
        int start = v.tokenIs(from + 1, "the") ? from + 2 : from + 1;
        int[] ordinal = v.ordinals().at(start);
        int nounAt = ordinal == null ? start : start + ordinal[1];
        CueMatch noun = v.firstCue(CueKind.EXCHANGE_NOUN, nounAt, Math.min(ce, nounAt + 1));
        if (noun == null || !v.tokenIs(noun.tokEnd(), "of")) {
            return null;
        }
        Mention body = v.firstRight(noun.tokEnd() + 1, Math.min(ce, noun.tokEnd() + 3), Roles.PARTY);
        return body == null ? null : v.text(start, body.tokEnd());
    }
}
