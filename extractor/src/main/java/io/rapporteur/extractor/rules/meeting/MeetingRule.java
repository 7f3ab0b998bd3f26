package io.rapporteur.extractor.rules.meeting;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentencePlaces;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MEETING: "<A>[ and <B>] met [with]|held talks with <C>", one meeting per subject under "respectively". The date
 * of an undated meeting comes from the visit it happened during ("During her stay in China, ...", or a visit by one of
 * its participants that the sentence before reported).
 */
public final class MeetingRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        MeetingCalledOff.report(v, out);
        Hosts hosts = new Hosts(v);
        for (CueMatch cue : v.cues(CueKind.MEETING)) {
            List<Mention> subjects = hosts.of(cue);
            if (subjects != null) {
                meetingsOf(v, cue, subjects, out);
            }
        }
    }

    /** The meetings the verb {@code cue} tells between its {@code subjects} and those they met. */
    private static void meetingsOf(SentenceView v, CueMatch cue, List<Mention> subjects, List<FactDraft> out) {
        int cs = v.clauseStart(cue.tokStart());
        int ce = v.clauseEnd(cue.tokEnd());
        Set<String> ids = new HashSet<>();
        for (Mention s : subjects) {
            ids.add(s.id());
        }
        boolean passive = Guests.passive(v, cue);
        int objectFrom = Guests.objectStart(v, cue, ce, passive);
        Mention object = Guests.first(v, objectFrom, Math.min(ce, objectFrom + 2), ce);
        if (object == null) {
            object = OfficeHolders.bodyOfAnUnnamedHead(v, objectFrom, ce);
        }
        if (object == null) {
            object = OfficeHolders.firstBodyListed(v, objectFrom, ce);
        }
        object = Guests.holderNamedAfter(v, object, ce);
        if ("CALL".equals(cue.value(CueKind.MEETING)) && !Guests.courtesyCall(v, object, ce)) {
            return; // "called on Kazakhstan to ratify ...": an appeal, not a visit
        }
        if (v.findWord("preliminary", cue.tokStart(), cue.tokEnd()) >= 0
                && (object == null || object.kind() != MentionKind.PERSON)) {
            return; // "shared his preliminary observations with the Government": a debriefing, no meeting named
        }
        List<Mention> objects = new ArrayList<>();
        boolean separate = false;
        if (object == null && subjects.size() >= 2 && !v.tokenIs(cue.tokEnd() - 1, "with")) {
            objects.add(subjects.remove(subjects.size() - 1)); // "Wang Yi and Penny Wong held talks in Canberra"
        } else if (subjects.isEmpty() || object == null) {
            return;
        } else {
            Guests.Listed listed = Guests.listed(v, object, subjects, ids, ce);
            objects = listed.objects();
            separate = listed.separate();
        }

        if (objects.isEmpty()) {
            return;
        }
        if (!passive && v.tokenIs(cue.tokEnd() - 1, "received") && subjects.stream().allMatch(m -> m.kind() == MentionKind.STATE)
                && objects.stream().allMatch(m -> m.kind() == MentionKind.PERSON && v.holdsAnOffice(m))) {
            return; // "Egypt received the Special Rapporteur on ..., Ms. A": the state hosted her visit (VisitRule)
        }
        SentencePlaces.Hit place = v.places().in(cs, ce);
        MeetingDay.Day day = MeetingDay.of(v, cue, ce, subjects, objects, place);
        String status = v.statusAround(cs, cue.tokStart() + 1, cue.value(CueKind.MEETING));
        List<List<Mention>> groups = meetings(v, cue, ce, subjects, objects, separate);
        // "A and B met with her on August 30 and 29, respectively": each meeting its own day
        List<DateMention> ownDays = v.respectively() && groups.size() > 1
                ? v.datesIn(cue.tokEnd(), ce).stream().filter(d -> d.iso() != null).toList() : List.of();
        // "met A on 13 November, and B on 15 November", "was received by A, and on 18 March by B": each
        // official of a list met on the day told beside them
        Map<Mention, String> daysOfObjects = objects.size() > 1 && groups.size() == objects.size()
                && ownDays.isEmpty() ? MeetingDay.daysTold(v, objects, cue.tokEnd(), ce) : Map.of();
        for (List<Mention> group : groups) {
            // a person, or a body that is no state's ("the Committee held a joint meeting with the Committee on
            // Migrant Workers", "It held meetings with the National Council for Human Rights"): states meeting
            // states hold talks, which the genre reports as exchanges
            boolean person = group.stream().anyMatch(m -> m.kind() == MentionKind.PERSON);
            // (an international body may meet a state's own: "the Working Group met with the Ministry of Justice")
            boolean bodiesOnly = group.stream().allMatch(m -> m.kind() == MentionKind.ORG
                    || m.kind() == MentionKind.NATIONAL_BODY) && group.stream().anyMatch(m -> m.kind() == MentionKind.ORG);
            if (!person && !bodiesOnly) {
                continue; // nor "Egypt received the Special Rapporteur": a visit
            }
            FactDraft fact = new FactDraft(FactType.MEETING).entities("participants", group);
            if (place != null) {
                fact.place(place.place(), place.start(), place.end());
            }
            if (ownDays.size() == groups.size()) {
                fact.date(ownDays.get(groups.indexOf(group)).iso(), false).status(status, "HELD");
            } else if (daysOfObjects.containsKey(group.get(group.size() - 1))) {
                fact.date(daysOfObjects.get(group.get(group.size() - 1)), false).status(status, "HELD");
            } else {
                fact.date(day.iso(), day.inherited()).status(status, "HELD");
            }
            out.add(fact);
        }
    }

    /**
     * The participants of each meeting told: one meeting of them all, or each host's own with the one guest, or one
     * with each guest.
     */
    private static List<List<Mention>> meetings(SentenceView v, CueMatch cue, int ce, List<Mention> subjects,
                                                List<Mention> objects, boolean separate) {
        List<List<Mention>> groups = new ArrayList<>();
        // "President A and Vice-Premier B met with her, respectively" (the seed), "... met with her separately":
        // each host's own meeting with the guest (without either word, one meeting of them all)
        // (also "Vice-Premier A and Foreign Minister B each received her")
        boolean hostsApart = subjects.size() > 1 && objects.size() == 1 && (v.findWord("separately", cue.tokStart(), ce) >= 0
                || v.tokenIs(cue.tokStart() - 1, "each") || v.tokenIs(cue.tokStart() - 2, "each"));
        if ((v.respectively() || hostsApart) && subjects.size() > 1 && objects.size() == 1) {
            for (Mention s : subjects) {
                groups.add(List.of(s, objects.get(0)));
            }
        } else if (objects.size() > 1 && (subjects.size() == 1 || separate
                || v.tokenIs(cue.tokStart() + 1, "separately"))
                // (not "held a joint meeting with representatives of UNICEF, UNESCO and the World Bank": one meeting)
                && v.findWord("joint", cue.tokStart(), cue.tokEnd()) < 0) {
            // "met separately with A and B", and as the genre reads it, "met the Prime Minister, A, and the
            // Foreign Minister, B": a meeting with each
            for (Mention o : objects) {
                List<Mention> group = new ArrayList<>(subjects);
                group.add(o);
                groups.add(group);
            }
        } else {
            List<Mention> all = new ArrayList<>(subjects);
            all.addAll(objects);
            groups.add(all);
        }
        return groups;
    }
}
