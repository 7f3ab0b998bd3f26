package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

/**
 * The span of a session from the day it opened to the day it closed, where a release tells both ends ("opened this
 * morning ... and will run until 2 April"), and the day a session just reported opened or closed on.
 */
final class SessionSpans {

    private SessionSpans() {
    }

    /**
     * The span from the day a session (or a conference) opened to the day it closed, where the sentence tells both
     * ends; null where it does not.
     */
    static String spanOpenedToClosed(SentenceView v, String format, CueMatch verb, int cs, int ce) {
        boolean session = "SESSION".equals(format);
        String span = session ? closedSession(v, verb, ce) : null;
        if (span == null && session) {
            span = openedSession(v, verb, ce);
        }
        if (span == null) {
            span = openedThenClosedToday(v, cs, v.tokens.size());
        }
        if (span == null && session) {
            span = openedOnThenClosedOn(v);
        }
        return span;
    }

    /** How many sentences back "The session was opened on ..." may refer to the numbered session reported. */
    private static final int SESSION_DAY_REACH = 3;

    /**
     * "... today closed its 117th session. The session was opened on 20 June 2016 by ...": the day the session
     * reported just before opened or closed, as that session (same body, same number) on that day. Null otherwise.
     */
    static FactDraft sessionDayTold(SentenceView v, CueMatch noun) {
        if (!"SESSION".equals(noun.value(CueKind.EVENT_ANAPHOR)) || noun.tokEnd() - noun.tokStart() != 2
                || v.token(noun.tokEnd() - 1).isCapitalised() || noun.tokStart() > 0 && !v.tokenIs(noun.tokStart() - 1, ",")) {
            return null; // only "The session was opened on ...", "..., the session closed on ..."
        }
        int ce = v.clauseEnd(noun.tokEnd());
        int verbAt = noun.tokEnd() + (v.tokenIs(noun.tokEnd(), "was") ? 1 : 0);
        boolean openingOrClosing = v.tokenIs(verbAt, "opened") || v.tokenIs(verbAt, "closed") || v.tokenIs(verbAt, "concluded")
                || v.tokenIs(verbAt, "began") || v.tokenIs(verbAt, "ended");
        EventRecord last = v.discourse.lastEvent("SESSION");
        if (!openingOrClosing || last == null || last.fact().field("ordinal") == null || last.fact().status() != null
                || v.sentence().index() - last.sentence() > SESSION_DAY_REACH) {
            return null;
        }
        DateMention day = v.datesIn(noun.tokEnd(), ce).stream()
                .filter(DateMention::isDay).findFirst().orElse(null);
        if (day == null) {
            return null;
        }
        FactDraft fact = new FactDraft(FactType.EXCHANGE).code("format", "SESSION");
        ExchangeSides.takeSidesOf(fact, last, noun);
        fact.fields.put("ordinal", last.fact().field("ordinal"));
        return fact.date(day.iso(), false);
    }

    /**
     * "GENEVA (17 May 2019) - The Committee ... this afternoon closed its sixty-sixth session, which began on 23 April
     * 2019": the session ran from the day it began to the day of the release; null where the sentence says no such.
     */
    private static String closedSession(SentenceView v, CueMatch verb, int ce) {
        String word = v.token(verb.tokStart()).norm();
        if (!(word.equals("closed") || word.equals("concluded") || word.equals("closes") || word.equals("concludes")
                || word.equals("ended") || word.equals("ends") || word.equals("wrapped") || word.equals("wraps"))) {
            return null;
        }
        DateMention began = null;
        for (DateMention d : v.datesIn(verb.tokEnd(), ce)) {
            int t = v.tokenAt(d.start());
            // "which began on 23 April", "which had opened at the Palais Wilson on 9 April"
            boolean opening = false;
            for (int w = t - 1; w >= Math.max(verb.tokEnd(), t - OPENING_REACH) && !v.tokenIs(w, ","); w--) {
                opening |= openedAt(v, w);
            }
            if (d.iso() != null && d.to() == null && opening) {
                began = d;
                break;
            }
        }
        if (began == null) {
            return null;
        }
        String today = releaseDay(v, verb);
        if (today == null) {
            // "The Human Rights Council on Friday, 28 September, concluded its thirty-ninth regular session, which
            // opened on 10 September": to the day written before the verb
            today = v.datesIn(v.clauseStart(verb.tokStart()), verb.tokStart()).stream()
                    .filter(d -> d.isDay() && d.end() > d.start()).map(DateMention::iso).reduce((a, b) -> b).orElse(null);
        }
        return today != null && today.length() == 10 && began.iso().compareTo(today) < 0 ? began.iso() + "/" + today : null;
    }

    /**
     * "AMMAN, 7 November - The 11th International Conference ..., opened on 5 November and closed today with ...": from
     * the day it opened to the release's day. Null where the clause says no such.
     */
    private static String openedThenClosedToday(SentenceView v, int cs, int ce) {
        int closed = -1;
        for (int k = cs; k + 1 < ce; k++) {
            if (closedAt(v, k) && (v.tokenIs(k + 1, "today") || v.tokenIs(k + 1, "this"))) {
                closed = k;
            }
        }
        if (closed < 0) {
            return null;
        }
        DateMention began = null;
        for (DateMention d : v.datesIn(cs, closed)) {
            int t = v.tokenAt(d.start());
            int w = v.tokenIs(t - 1, "on") ? t - 2 : t - 1;
            if (d.isDay() && openedAt(v, w)) {
                began = d;
            }
        }
        // the release's own date written inline before its text: "AMMAN, 7 November (Petra) - ..."
        DateMention inline = v.datesIn(0, Math.min(v.tokens.size(), INLINE_DATELINE_TOKENS)).stream()
                .filter(d -> d.iso() != null && d.iso().length() == 10).findFirst().orElse(null);
        String today = inline != null ? inline.iso() : v.discourse.dateline() != null && v.discourse.dateline().day() != null
                ? v.discourse.dateline().iso() : null;
        return began != null && today != null && began.iso().compareTo(today) < 0 ? began.iso() + "/" + today : null;
    }

    /**
     * "The Council's forty-second regular session, which opened on 9 September, concluded on 7 October with ...": from
     * the day it opened to the day it closed, both written. Null where the sentence says no such.
     */
    private static String openedOnThenClosedOn(SentenceView v) {
        DateMention began = null;
        DateMention ended = null;
        for (DateMention d : v.dates) {
            int t = v.tokenAt(d.start());
            if (!d.isDay() || !v.tokenIs(t - 1, "on")) {
                continue;
            }
            if (openedAt(v, t - 2)) {
                began = began == null ? d : began;
            } else if (began != null && closedAt(v, t - 2)) {
                ended = d;
            }
        }
        return began != null && ended != null && began.iso().compareTo(ended.iso()) < 0 ? began.iso() + "/" + ended.iso() : null;
    }

    /** "opened", "began", "started" at token {@code k}: the day after it is the first. */
    private static boolean openedAt(SentenceView v, int k) {
        return v.tokenIs(k, "opened") || v.tokenIs(k, "began") || v.tokenIs(k, "started");
    }

    /** "closed", "concluded", "ended" at token {@code k}: the day after it is the last. */
    private static boolean closedAt(SentenceView v, int k) {
        return v.tokenIs(k, "closed") || v.tokenIs(k, "concluded") || v.tokenIs(k, "ended");
    }

    /** The most tokens a dateline written at the head of a text's first sentence takes: "AMMAN, 7 November (Petra) -". */
    private static final int INLINE_DATELINE_TOKENS = 8;

    /** The most tokens from "opened" to the day it opened on: "had opened at the Palais Wilson in Geneva on 8 October". */
    private static final int OPENING_REACH = 10;

    /**
     * "The 113th session ... opened this morning in Geneva ... and will run until 2 April": from the release's day
     * to the last day it announces; null where the sentence says no such.
     */
    private static String openedSession(SentenceView v, CueMatch verb, int ce) {
        String word = v.token(verb.tokStart()).norm();
        // "will open", "is scheduled to open", "is due to begin"
        boolean willOpen = "PLANNED".equals(verb.value(CueKind.EXCHANGE_VERB))
                && (v.tokenIs(verb.tokEnd() - 1, "open") || v.tokenIs(verb.tokEnd() - 1, "begin"));
        if (!(word.equals("opened") || word.equals("opens") || word.equals("began") || word.equals("begins") || willOpen)) {
            return null;
        }
        // "The 41st session ... will open in Geneva on Monday 24 June and run until 12 July": from the day it opens
        String today = willOpen ? v.datesIn(verb.tokEnd(), ce).stream().filter(DateMention::isDay)
                .map(DateMention::iso).findFirst().orElse(null) : releaseDay(v, verb);
        if (today == null && !willOpen) {
            // a chronology's "10 September - The Human Rights Council opened its thirty-ninth regular session in
            // Geneva, which lasted until 28 September": from the day the entry gives
            today = v.datesIn(0, verb.tokStart()).stream().filter(d -> d.isDay() && d.end() > d.start())
                    .map(DateMention::iso).findFirst().orElse(null);
        }
        if (today == null && !willOpen) {
            // "The 31st session of the UPR Working Group opened in Geneva on Monday and continues until 16 November",
            // "opens its sixty-fifth session in Geneva on Monday, 12 November; the session will run until 7 December":
            // the day written after the verb, where it is not the end's
            today = v.datesIn(verb.tokEnd(), ce).stream().filter(d -> d.isDay() && !v.afterUntil(v.tokenAt(d.start())))
                    .map(DateMention::iso).findFirst().orElse(null);
        }
        if (today == null || today.length() != 10) {
            return null;
        }
        // (the end may come in the next clause: "...; the session will run until 7 December")
        for (DateMention d : v.datesIn(verb.tokEnd(), v.tokens.size())) {
            int t = v.tokenAt(d.start());
            if (d.isDay() && today.compareTo(d.iso()) < 0 && announcedEnd(v, t)) {
                return today + "/" + d.iso();
            }
        }
        // "The forty-second session ..., which will run from 9 to 27 September 2019 ..., opened this morning": the
        // span the relative clause before the verb gives, from the day it opened
        for (DateMention d : v.datesIn(0, verb.tokStart())) {
            if (d.to() != null && d.iso() != null && d.iso().startsWith(today) && v.findWord("which", 0, v.tokenAt(d.start())) >= 0) {
                return d.iso();
            }
        }
        return null;
    }

    /**
     * Whether the day at token {@code t} is the end the opening's release announces: "will run until 2 April", "is
     * to close on 12 July", "will conclude on 5 April", "which concludes on 28 July". The end verb is in its bare form,
     * after "will" or "to", with any one word between it and the day, or in the present with "on": the release speaks
     * of the days ahead.
     * <p>
     * {@link SentenceView#sessionEndTold()} reads a later sentence that tells the end of a session opened before
     * ("The session, which concludes on 5 April, ..."): it shares "until" and the end verb before "on"
     * ({@link SentenceView#endsOn}), but not the bare verb with any word before the day.
     */
    private static boolean announcedEnd(SentenceView v, int t) {
        return v.afterUntil(t) || v.endsOn(t)
                || v.tokenIs(t - 2, "close") || v.tokenIs(t - 2, "conclude") || v.tokenIs(t - 2, "end");
    }

    /** "this afternoon", "today", "this morning" before the verb: the release's own date, else the dateline's. */
    static String releaseDay(SentenceView v, CueMatch verb) {
        int upTo = v.clauseEnd(verb.tokEnd()); // "this afternoon closed", "opened its 21st session this morning"
        if (v.findWord("today", 0, upTo) < 0 && v.findWord("afternoon", 0, upTo) < 0 && v.findWord("morning", 0, upTo) < 0) {
            return null;
        }
        DateMention inline = v.datesIn(0, verb.tokStart()).stream().filter(d -> d.iso() != null && d.iso().length() == 10)
                .findFirst().orElse(null); // "GENEVA (17 May 2019) - ...": the release's own date
        return inline != null ? inline.iso() : v.discourse.dateline() != null ? v.discourse.dateline().iso() : null;
    }
}
