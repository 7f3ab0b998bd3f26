package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;

/**
 * An event told as coming before or after the exchange reported before it ("The Dialogue was preceded by a seminar"):
 * the verb that tells it, that exchange, its sides, and the event's date counted from it.
 */
final class PrecededOrFollowed {

    private PrecededOrFollowed() {
    }

    /** Whether the verb tells an event as what came before or after another: "was preceded", "was followed". */
    static boolean sequencing(SentenceView v, CueMatch verb) {
        return v.tokenIs(verb.tokEnd() - 1, "preceded") || v.tokenIs(verb.tokEnd() - 1, "followed");
    }

    /** Whether the noun is the first event named after the "by" of what came before or after ("was preceded by"). */
    static boolean byBefore(SentenceView v, CueMatch verb, CueMatch noun) {
        int by = v.findWord("by", verb.tokEnd(), noun.tokStart());
        return by >= 0 && v.firstCue(CueKind.EXCHANGE_NOUN, verb.tokEnd(), noun.tokStart()) == null;
    }

    /** "was preceded ... by" / "was followed ... by" before the noun in its clause, the noun the first event after it. */
    static CueMatch sequencingVerbBefore(SentenceView v, CueMatch noun, int cs) {
        for (CueMatch c : v.cues(CueKind.EXCHANGE_VERB)) {
            if (c.tokStart() >= cs && c.tokEnd() <= noun.tokStart() && sequencing(v, c) && byBefore(v, c, noun)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The sides of the exchange the subject of "was preceded by" refers to ("The Dialogue", "It"): the last one
     * reported, when it has two named sides.
     */
    static List<Mention> sidesOfTheExchangeBefore(SentenceView v, CueMatch verb) {
        EventRecord before = exchangeBefore(v, verb);
        List<EntityRef> refs = before == null ? List.of() : before.fact().entities("participants");
        if (refs.size() != 2 || refs.stream().anyMatch(r -> r.id() == null)) {
            return List.of();
        }
        List<Mention> sides = new ArrayList<>();
        for (EntityRef ref : refs) {
            MentionKind kind = ref.id().startsWith("org:") ? MentionKind.ORG : MentionKind.STATE;
            sides.add(v.inferred(kind, ref.id(), verb.tokStart(), verb.tokEnd()));
        }
        return sides;
    }

    /**
     * The exchange the subject of "was preceded" / "was followed" refers to: of its format ("The Dialogue", "The
     * Session"), else any ("It"); of those held, the latest, not a previous round the text recalled after it ("..., since
     * the previous round, which took place in Brussels in March 2022. The dialogue was preceded by ..."); of those
     * announced, the one just named ("The 15th Dialogue will take place in 2019 and will be preceded by ...").
     */
    private static EventRecord exchangeBefore(SentenceView v, CueMatch verb) {
        int from = v.clauseStart(verb.tokStart());
        CueMatch noun = v.lastCue(CueKind.EXCHANGE_NOUN, from, verb.tokStart());
        CueMatch anaphor = v.lastCue(CueKind.EVENT_ANAPHOR, from, verb.tokStart()); // "the dialogue"
        String format = noun != null ? noun.value(CueKind.EXCHANGE_NOUN)
                : anaphor != null ? anaphor.value(CueKind.EVENT_ANAPHOR) : null;
        EventRecord last = format == null || "ANY".equals(format) ? v.discourse.lastExchange() : v.discourse.lastEvent(format);
        if (last == null || last.fact().status() != null || "PLANNED".equals(verb.value(CueKind.EXCHANGE_VERB))) {
            return last;
        }
        EventRecord latest = last;
        for (EventRecord e : v.discourse.events()) {
            if (e.kind().equals(last.kind()) && e.fact().status() == null && e.fact().date() != null
                    && latest.fact().date() != null && e.fact().date().compareTo(latest.fact().date()) > 0) {
                latest = e;
            }
        }
        return latest;
    }

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * The date of an event told as coming before or after the exchange reported before it, where the sentence gives
     * none of its own: "The Dialogue was preceded on Monday by a seminar" (the Monday before its first day), "... the
     * previous day", "... two days earlier", "was followed the next day by a round table" (after its last day), "will
     * be preceded by the 9th Civil Society Seminar" (its year, or month). Null where none of these.
     */
    static String dateToldFromTheExchangeBefore(SentenceView v, CueMatch verb) {
        EventRecord before = exchangeBefore(v, verb);
        String date = before == null ? null : before.fact().date();
        if (date == null) {
            return null;
        }
        boolean preceded = v.tokenIs(verb.tokEnd() - 1, "preceded");
        String[] span = date.split("/");
        String first = span[0];
        String last = span[span.length - 1];
        if (first.length() < 10 || last.length() < 10) {
            // no day to count from: the same year or month, if the other end agrees
            return first.equals(last) ? first : null;
        }
        java.time.LocalDate day = java.time.LocalDate.parse(preceded ? first : last);
        Integer shift = daysFromTheExchange(v, verb);
        if (shift != null) {
            return day.plusDays(preceded ? -Math.abs(shift) : Math.abs(shift)).toString();
        }
        for (int k = verb.tokEnd(); k < v.tokens.size(); k++) {
            int weekday = WEEKDAYS.indexOf(v.token(k).norm());
            if (weekday >= 0 && v.tokenIs(k - 1, "on") && v.token(k).isCapitalised()) {
                java.time.LocalDate d = day;
                do {
                    d = d.plusDays(preceded ? -1 : 1);
                } while (d.getDayOfWeek().getValue() - 1 != weekday);
                return d.toString();
            }
        }
        return null;
    }

    /** "the previous day", "the day before", "the next day", "two days earlier", "three days later": how many days. */
    static Integer daysFromTheExchange(SentenceView v, CueMatch verb) {
        for (int k = verb.tokEnd(); k + 1 < v.tokens.size(); k++) {
            if (v.tokenIs(k, "the") && (v.tokenIs(k + 1, "previous") || v.tokenIs(k + 1, "next")
                    || v.tokenIs(k + 1, "following")) && v.tokenIs(k + 2, "day")
                    || v.tokenIs(k, "the") && v.tokenIs(k + 1, "day") && (v.tokenIs(k + 2, "before") || v.tokenIs(k + 2, "after"))) {
                return 1;
            }
            Integer count = v.kb.cardinal(v.token(k).norm());
            if (count != null && v.tokenIs(k + 1, "days") && (v.tokenIs(k + 2, "earlier") || v.tokenIs(k + 2, "before")
                    || v.tokenIs(k + 2, "later") || v.tokenIs(k + 2, "after"))) {
                return count;
            }
        }
        return null;
    }
}
