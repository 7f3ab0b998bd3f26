package io.rapporteur.extractor.rules.meeting;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Meetings called off: a meeting a sentence names as a thing only to say it was postponed or cancelled. */
final class MeetingCalledOff {

    private MeetingCalledOff() {
    }

    /** Words before the noun of a meeting told as a thing: "A planned joint meeting", "A scheduled courtesy call". */
    private static final Set<String> MEETING_NOUN_MODIFIERS = Set.of("planned", "scheduled", "joint", "bilateral",
            "working", "courtesy", "separate", "further");

    /** The most tokens between the noun and its "with": "A meeting that had been scheduled for Wednesday with". */
    private static final int MAX_NOUN_TO_WITH = 8;

    /**
     * "A meeting with the Minister of Justice of Guatemala, A, planned for Friday, was called off", "A courtesy call on
     * Prime Minister A, originally scheduled for 13 June, could not take place", "A planned joint meeting with the
     * Committee on the Rights of the Child had to be postponed": a meeting the text names only to say it did not
     * happen as planned. Its other side is the visitor the text reports (or the committee whose release it is); its
     * day the one it was planned for, else that of the visit.
     */
    static void report(SentenceView v, List<FactDraft> out) {
        int k = v.tokens.size() > 2 && v.token(0).isNumber() && v.tokenIs(1, ".") ? 2 : 0;
        if (!v.tokenIs(k, "a")) {
            return;
        }
        int noun = k + 1;
        while (v.token(noun) != null && MEETING_NOUN_MODIFIERS.contains(v.token(noun).norm())) {
            noun++;
        }
        boolean call = v.tokenIs(noun, "call") && v.tokenIs(noun - 1, "courtesy");
        if (!v.tokenIs(noun, "meeting") && !call) {
            return;
        }
        String status = calledOffAfter(v, noun);
        if (status == null) {
            return;
        }
        int with = -1;
        for (int j = noun + 1; j < Math.min(v.tokens.size(), noun + 1 + MAX_NOUN_TO_WITH); j++) {
            if (v.tokenIs(j, "with") || v.tokenIs(j, "between") || call && v.tokenIs(j, "on")) {
                with = j;
                break;
            }
        }
        if (with < 0) {
            return;
        }
        int ce = v.clauseEnd(with);
        Mention object = Guests.first(v, with + 1, with + 3, ce);
        Mention subject = null;
        if (v.tokenIs(with, "between") && object != null) { // "A meeting between the EU Special Representative and A"
            List<Mention> sides = v.coordinatedRight(object, Roles.AGENT);
            if (sides.size() < 2) {
                sides = new ArrayList<>(sides);
                Mention second = v.tokenIs(object.tokEnd(), "and") ? v.firstRight(object.tokEnd() + 1, object.tokEnd() + 3,
                        Roles.AGENT) : null;
                if (second == null) {
                    second = v.tokenIs(object.tokEnd(), "and") ? Guests.titledObject(v, object.tokEnd() + 1, ce) : null;
                }
                if (second != null) {
                    sides.add(second);
                }
            }
            if (sides.size() < 2) {
                return;
            }
            subject = v.resolved(sides.get(0), Set.of());
            object = sides.get(1);
        }
        object = object == null ? null : v.resolved(object, Set.of());
        if (object == null || object.id() == null || object.kind() == MentionKind.STATE) {
            return;
        }
        EventRecord visit = v.discourse.lastEvent("VISIT");
        if (visit != null && visit.fact().status() != null) {
            visit = null; // a visit announced is none during which a meeting was planned
        }
        Discourse.DatedMeeting before = v.discourse.lastDatedMeeting();
        if (subject == null) {
            String body = v.discourse.committee();
            String visitor = visit == null ? null : visit.fact().entity("visitor") == null ? null
                    : visit.fact().entity("visitor").id();
            String id = body != null && (object.kind() == MentionKind.ORG || visitor == null) ? body : visitor;
            if (before != null && before.sentence() == v.sentence().index() - 1) {
                id = before.subject(); // "On Thursday, the High Commissioner met ... . A meeting with A ... was called off"
            }
            if (id == null || id.equals(object.id())) {
                return;
            }
            subject = v.inferred(id.startsWith("person:") ? MentionKind.PERSON : MentionKind.ORG, id, k, noun + 1);
        }
        if (subject == null || subject.id() == null) {
            return;
        }
        DateMention day = v.datesIn(noun, v.tokens.size()).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
        boolean duringTheVisit = visit != null && visit.fact().date() != null && subject.id().equals(
                visit.fact().entity("visitor") == null ? null : visit.fact().entity("visitor").id());
        String iso = day != null ? day.iso() : duringTheVisit ? visit.fact().date() : null;
        FactDraft fact = new FactDraft(FactType.MEETING).entities("participants", List.of(subject, object));
        fact.date(iso, day == null && iso != null).status(status, "HELD");
        out.add(fact);
    }

    /**
     * POSTPONED or CANCELLED where the sentence says so after {@code from} ("was called off", "was cancelled", "had to
     * be postponed", "did not take place"), else null.
     */
    private static String calledOffAfter(SentenceView v, int from) {
        for (CueMatch c : v.cues) {
            String value = c.is(CueKind.STATUS) ? c.value(CueKind.STATUS)
                    : c.is(CueKind.EXCHANGE_VERB) ? c.value(CueKind.EXCHANGE_VERB) : null; // ("was cancelled")
            if (c.tokStart() > from && ("POSTPONED".equals(value) || "CANCELLED".equals(value))) {
                return value;
            }
        }
        return null;
    }
}
