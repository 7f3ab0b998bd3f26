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
import io.rapporteur.extractor.rules.WrittenOrdinals;
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
    static final int MAX_TITLE_HEAD = 8;
    /** The cue value of a statement made at an event ("delivered a joint statement ... at"): the role is "spoke". */
    private static final String STATEMENT = "STATEMENT";

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        AttendanceInOtherWords.reportPresentedAtSession(v, out);
        AttendanceInOtherWords.sessionOpenedBy(v, out);
        AttendanceInOtherWords.representativesTookPart(v, out);
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
            if (EventNames.datedSessionList(v, cue, attendee, ce, out)) {
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
                at = EventNames.ceremonyBefore(v, attendee.tokEnd(), cue.tokStart());
            }
            int from = at > 0 ? at + 1 : cue.tokEnd();
            CueMatch noun = v.firstCue(CueKind.EXCHANGE_NOUN, from, Math.min(ce, from + 6)); // "the fifty-second session"
            CueMatch whole = EventNames.eventOfItsCeremony(v, noun, ce);
            if (whole != null) { // "addressed the opening session of the Seventh Ministerial Conference of ...": that event
                from = noun.tokEnd() + 1;
                noun = whole;
            }
            if (noun == null) { // "the 22nd, 23rd and 24th sessions of ...": past a list of ordinals
                int k = v.tokenIs(from, "the") ? from + 1 : from;
                while (k < ce && (v.ordinals().at(k) != null || v.tokenIs(k, ",") || v.tokenIs(k, "and") || v.tokenIs(k, "-"))) {
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
                int[] ordinal = start > from ? v.ordinals().endingAt(start - 1) : null;
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
                int[] ordinal = v.ordinals().endingAt(start - 1); // "the fifty-second session of"
                if (ordinal != null) {
                    start = ordinal[1];
                }
                event = v.text(partStart >= 0 ? partStart : start, body.tokEnd());
                alsoAttended = EventNames.coordinatedSession(v, body.tokEnd(), ce);
                // "the 22nd, 23rd and 24th sessions of the Human Rights Council": each session is an event of its own
                WrittenOrdinals.Coordinated listed = partStart < 0 ? v.ordinals().coordinatedEndingAt(noun.tokStart() - 1, from) : null;
                if (listed != null && listed.values().size() > 1 && v.token(noun.tokEnd() - 1).norm().endsWith("s")) {
                    String singular = v.token(noun.tokEnd() - 1).text().replaceFirst("s$", "");
                    String of = v.text(noun.tokEnd(), body.tokEnd());
                    // (to the token before the noun: the last ordinal may be written in three, "forty-second")
                    for (int k = listed.firstTok(); k < noun.tokStart(); k++) {
                        int[] each = v.ordinals().endingAt(k);
                        if (each != null && each[1] <= k) {
                            eachSession.add(v.text(each[1], k + 1) + " " + singular + " " + of);
                        }
                    }
                }
            } else if (noun != null && partStart < 0 && attendee.kind() != MentionKind.STATE
                    && EventNames.describedEvent(v, from, noun, ce) != null) {
                // "took part in a workshop on transitional justice and the rights of victims, organized by ..."
                event = EventNames.describedEvent(v, from, noun, ce);
            } else {
                event = EventNames.namedGathering(v, from, ce); // "participated in the GANHRI Annual Meeting held in Geneva"
                if (event == null) {
                    event = EventNames.sessionOfAddressedBody(v, from, ce); // "addressed the Council at its 10th session"
                }
                EventRecord referred = event == null ? v.events().referredTo(from, Math.min(ce, from + 3)) : null;
                if (referred != null && referred.fullName() != null) {
                    event = referred.fullName();
                    date = referred.fact().date();
                    inherited = true;
                }
                if (event == null) {
                    // a session's release: "Michelle Bachelet ... also addressed the Council": the session it reports
                    EventRecord session = EventNames.sessionOfBodyAddressed(v, from, ce);
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
                EventRecord referred = v.events().referredTo(from, Math.min(ce, from + MAX_TITLE_HEAD));
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
                EventRecord opened = attendee.kind() == MentionKind.PERSON ? EventNames.ceremonyOfLastExchange(v, from) : null;
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
                EventRecord reported = v.events().exchangeReportedHere(event);
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
            if (role == null && AttendanceInOtherWords.headedBy(v, attendee)) {
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
}
