package io.rapporteur.extractor.rules.agreement;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * When an agreement was signed, apart from the date told with it: years that are part of its name or the term it runs
 * for are not the signing's; an undated signing takes the day of what the text just reported.
 */
final class AgreementDates {

    private AgreementDates() {
    }

    /**
     * Whether a date stands inside the agreement's name after the verb, or as a span right after it: "signed the
     * 2011-2015 country programme action plan", "agreed the Australia-Laos ... Cooperation Program 2024-2026".
     */
    static boolean yearsOfTheName(SentenceView v, DateMention d, int verbEnd, int nameEnd) {
        int t = v.tokenAt(d.start());
        return t >= verbEnd && (t < nameEnd || t == nameEnd && d.to() != null);
    }

    /** Past the years a title ends with: "the Australia-Laos Human Rights Technical Cooperation Program 2024-2026". */
    static int pastYearsOfTheName(SentenceView v, int titleEnd) {
        for (DateMention d : v.dates) {
            if (d.to() != null && v.tokenAt(d.start()) == titleEnd && d.start() == v.token(titleEnd).start()
                    && v.token(titleEnd - 1).isCapitalised()) {
                return v.tokenAt(d.end() - 1) + 1;
            }
        }
        return titleEnd;
    }

    /** Whether a date is the term an agreement runs for: "for the period 2020-2022", "for 2021-2025", "covering 2019". */
    static boolean termOfAgreement(SentenceView v, DateMention d) {
        int t = v.tokenAt(d.start());
        if (v.tokenIs(t - 1, "from") && d.to() != null) {
            t--; // "for the period from 2016 to 2018"
        }
        if (v.tokenIs(t - 1, "years") && v.tokenIs(t - 2, "the") && d.to() != null) {
            return true; // "for the years 2020 to 2022"
        }
        return v.tokenIs(t - 1, "period") || v.tokenIs(t - 1, "covering") || v.tokenIs(t - 1, "for") && d.to() != null
                || v.tokenIs(t - 1, "the") && (v.tokenIs(t - 2, "for") || v.tokenIs(t - 2, "covering")) && d.to() != null;
    }

    /** How many sentences back an undated signing may take its date from what the text just reported. */
    static final int SIGNING_REACH = 2;

    /**
     * An undated signing told right after what happened: "... she held talks with the Foreign Minister. The two then
     * signed a memorandum ...", "Following the formal session, DFAT and ... signed ...", "On the same visit, the
     * Ministry ... signed ...": the day of the meeting just told, else the days of the exchange or visit just reported.
     * Null where the text reported none in the sentences just before.
     */
    static String dateOfWhatJustHappened(SentenceView v) {
        int here = v.sentence().index();
        var meeting = v.discourse.lastDatedMeeting();
        if (meeting != null && here - meeting.sentence() <= 1 && meeting.date() != null) {
            return meeting.date();
        }
        List<EventRecord> events = v.discourse.events();
        for (int k = events.size() - 1; k >= 0; k--) {
            EventRecord e = events.get(k);
            if (here - e.sentence() > SIGNING_REACH) {
                return null;
            }
            if (!"AGREEMENT".equals(e.kind()) && e.fact().status() == null && e.fact().date() != null) {
                return e.fact().date();
            }
        }
        return null;
    }
}
