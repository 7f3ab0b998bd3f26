package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.List;

/**
 * Who attended an exchange, as the clause lists them: "a dialogue with ... attended by representatives of ministries,
 * courts and diplomatic missions", "with the participation of ...". Tokens [start, end) and their text.
 */
record Attendance(int start, int end, String text) {

    /** The attendance the cue after the exchange's name introduces, or null where it names none. */
    static Attendance read(SentenceView v, CueMatch attending, int attendanceWith, int ce) {
        if (attending == null) {
            return null;
        }
        int attStart = 0;
        int attEnd = 0;
        if (attendanceWith >= 0) {
            attStart = attendanceWith + 1;
            attEnd = attending.tokStart();
        } else if ("BY".equals(attending.value(CueKind.ATTENDING))) {
            attStart = attending.tokEnd();
            attEnd = attStart;
            while (attEnd < ce && !v.token(attEnd).is(".")
                    && !(v.token(attEnd).is(",") && !listGoesOn(v, attEnd, ce))) {
                attEnd++;
            }
        }
        return attEnd > attStart ? new Attendance(attStart, attEnd, v.text(attStart, attEnd)) : null;
    }

    /** The last "with" in [from, limit): the one an attending cue of the "WITH" kind closes, else -1. */
    static int lastWithBefore(SentenceView v, int from, int limit) {
        int found = -1;
        for (int i = from; i < limit; i++) {
            if (v.token(i).is("with")) {
                found = i;
            }
        }
        return found;
    }

    /**
     * Whether the comma at {@code comma} separates items of a list of lower-case nouns that an "and" closes
     * ("representatives of ministries, courts and diplomatic missions"), not a clause.
     */
    private static boolean listGoesOn(SentenceView v, int comma, int ce) {
        for (int i = comma + 1; i < ce; i++) {
            Token t = v.token(i);
            if (t.is("and") && i > comma + 1) {
                return true;
            }
            if (!(t.isWord() && !t.isCapitalised() && !ExchangeTopics.TOPIC_STOPS.contains(t.norm()) || t.is(","))) {
                return false;
            }
        }
        return false;
    }

    /** One ATTENDANCE fact for each person among the attendees, at the exchange named {@code event}. */
    void addAttendees(SentenceView v, List<FactDraft> out, String event, String date, String status) {
        for (Mention person : v.mentionsIn(start, end, m -> m.kind() == MentionKind.PERSON)) {
            FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", person)
                    .text("event", event, 0, 0);
            fact.date(date, false).status(status);
            out.add(fact);
        }
    }
}
