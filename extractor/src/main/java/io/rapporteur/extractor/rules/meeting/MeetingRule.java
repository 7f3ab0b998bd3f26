package io.rapporteur.extractor.rules.meeting;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.visit.VisitRule;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MEETING: "<A>[ and <B>] met [with]|held talks with <C>", one meeting per subject under "respectively". The date
 * of an undated meeting comes from the visit it happened during ("During her stay in China, ...", or a visit by one of
 * its participants that the sentence before reported).
 */
public final class MeetingRule implements Rule {

    /** Words for the people who speak for a body met: "officials of", "representatives of", "members of". */
    private static final Set<String> REPRESENTATIVES = Set.of("members", "officials", "representatives", "leadership",
            "staff", "heads", "leaders", "delegation", "delegations", "plenary"); // "received by the plenary of Komnas HAM"

    /** Pronouns that never are a verb's subject: object and possessive forms. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("her", "him", "them", "his", "its", "their");

    /** The longest office title before its holder's name: "the Minister of Justice of Colombia, ..." */
    private static final int MAX_TITLE_TOKENS = 18;

    /** The most tokens of a date and place between a meeting verb and its "with" ("held meetings on 10 September with"). */
    private static final int MAX_ADVERBIAL = 9; // "held talks in New York on 24 June 2019 with"

    /** An office held by one person, whose holder a name in apposition gives. */
    private static final java.util.regex.Pattern HOLDER_TITLE = java.util.regex.Pattern.compile(
            "\\b(?:Commissioner|Ombudsman|Ombudsperson|Defender|Advocate|Minister|President|Chairperson|Chair)\\b");

    /** The most tokens of a title after a state's possessive: "Kazakhstan's new Commissioner for Human Rights". */
    private static final int MAX_POSSESSED_TITLE = 10;

    /**
     * "met Kazakhstan's new Commissioner for Human Rights, Elvira Azimova", "met the Ombudsman, A": the holder a name in
     * apposition gives for an office held by one person; else the object as found.
     */
    private static Mention holderNamedAfter(SentenceView v, Mention object, int ce) {
        if (object == null || object.kind() == MentionKind.PERSON) {
            return object;
        }
        int comma = -1;
        if (HOLDER_TITLE.matcher(object.text()).find()) {
            comma = v.tokenIs(object.tokEnd(), ",") ? object.tokEnd() : -1;
        } else if (object.kind() == MentionKind.STATE && v.possessive(object)
                && v.tokenIs(object.tokEnd() + 1, "s")) {
            int k = v.findWord(",", object.tokEnd() + 2, Math.min(ce, object.tokEnd() + MAX_POSSESSED_TITLE));
            boolean titled = k > 0 && HOLDER_TITLE.matcher(v.text(object.tokEnd() + 2, k)).find()
                    && v.findWord("and", object.tokEnd() + 2, k) < 0;
            comma = titled ? k : -1;
        }
        if (comma < 0) {
            return object;
        }
        Mention holder = v.firstRight(comma + 1, comma + 2, m -> m.kind() == MentionKind.PERSON);
        boolean closed = holder != null && (holder.tokEnd() >= ce || v.tokenIs(holder.tokEnd(), ",") || v.tokenIs(holder.tokEnd(), "."));
        return closed ? holder : object;
    }

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        meetingCalledOff(v, out);
        List<Mention> previousSubjects = List.of();
        boolean afterMeeting = false;
        for (CueMatch cue : v.cues(CueKind.MEETING)) {
            // (also past an adverbial: "..., and later that day held a working meeting with ...")
            int andBefore = andBeforeAdverbial(v, cue.tokStart());
            boolean secondPredicate = afterMeeting && andBefore >= 0;
            afterMeeting = true;
            int cs = v.clauseStart(cue.tokStart());
            int ce = v.clauseEnd(cue.tokEnd());
            // "Mary Robinson visited China in November 2000 and met with ...": China is what she visited
            // nor "The delegation, which visited at the invitation of the Royal Government, met ...": a relative clause's
            Mention last = v.nearestLeft(cue.tokStart(), m -> Roles.AGENT.test(m) && !v.isObject(m)
                    && !v.inRelativeClause(m.tokStart(), cue.tokStart()));
            // "X visits the headquarters of the African Union in Addis Ababa, Ethiopia, and holds talks with ...":
            // the visitor holds them, not the place visited
            // also "X addressed the high-level segment of the session of the Council ... and, on the same day, met the
            // High Commissioner": the speaker met, not the Council
            int and = andBeforePredicate(v, cue.tokStart());
            CueMatch visitVerb = and < 0 ? null : v.lastCue(CueKind.VISIT, cs, and);
            if (visitVerb == null && and >= 0) {
                visitVerb = v.lastCue(CueKind.ATTENDANCE, cs, and);
            }
            if (visitVerb != null && last != null && last.tokStart() >= visitVerb.tokEnd()) {
                Mention visitor = v.nearestLeft(visitVerb.tokStart(), m -> Roles.AGENT.test(m) && !v.isObject(m)
                        && m.kind() != MentionKind.CITY);
                last = visitor; // none named ("The Minister addressed ..."): not the body addressed
            }
            // "X called on A, ..., and met B": the second predicate shares the first one's subject
            boolean sharedSubject = andBefore >= 0 && !previousSubjects.isEmpty();
            if (last == null && !sharedSubject) {
                continue;
            }
            if (secondPredicate && !sharedSubject) {
                // "she was received by Mr. A, Minister of Foreign Affairs, and held working sessions with ...": the
                // first predicate's subject, unresolved, is this one's too; not Mr. A, who received her
                continue;
            }
            List<Mention> subjects = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Mention m : sharedSubject ? previousSubjects : v.coordinatedLeft(last, Roles.AGENT)) {
                if (!sharedSubject && m != last && v.isObject(m)) {
                    continue; // "A met with him, and B held talks with him": "him" is A's guest, not B's fellow host
                }
                if (m != last && m.kind() == MentionKind.PRONOUN
                        && OBJECT_PRONOUNS.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
                    continue; // "During her stay in China, A and B met with her": "her" is no subject
                }
                Mention r = v.resolved(m, Set.of());
                if (r != null && r.id() != null) {
                    subjects.add(r);
                    ids.add(r.id());
                }
            }
            previousSubjects = List.copyOf(subjects);

            // "met with visiting UN Under-Secretary-General ...": the guest's title and name follow "visiting"
            int objectFrom = v.tokenIs(cue.tokEnd(), "visiting") ? cue.tokEnd() + 1
                    : v.tokenIs(cue.tokEnd(), "the") && v.tokenIs(cue.tokEnd() + 1, "visiting") ? cue.tokEnd() + 2 : cue.tokEnd();
            if (v.tokenIs(objectFrom, ",") && (v.tokenIs(objectFrom + 1, "separately") || v.tokenIs(objectFrom + 1, "jointly")
                    || v.tokenIs(objectFrom + 1, "also")) && v.tokenIs(objectFrom + 2, ",")) {
                objectFrom += 3; // "The following day I met, separately, the Secretary of Foreign Affairs, A"
            }
            objectFrom = v.pastTitleAdjectives(objectFrom); // "met the new UN High Commissioner ..., Louise Arbour"
            if (!v.tokenIs(cue.tokEnd() - 1, "with") && !v.tokenIs(objectFrom, "with")) {
                // "held separate meetings on 10 September with the Minister of Justice": after a date or place
                int with = v.findWord("with", objectFrom, Math.min(ce, objectFrom + MAX_ADVERBIAL));
                if (with > objectFrom && v.mentionsIn(objectFrom, with, Roles.AGENT).isEmpty()) {
                    objectFrom = with + 1;
                }
            } else if (v.tokenIs(objectFrom, "with")) {
                objectFrom++;
            }
            int aux = v.tokenIs(cue.tokStart() - 1, "also") ? cue.tokStart() - 2 : cue.tokStart() - 1; // "was also received"
            boolean passive = v.tokenIs(aux, "was") || v.tokenIs(aux, "were")
                    || v.tokenIs(aux, "is") || v.tokenIs(aux, "are"); // a chronology's "he is received by"
            if (passive && v.tokenIs(cue.tokEnd(), "by")) {
                objectFrom = cue.tokEnd() + 1; // "during which he was received by Deputy Minister ... Ha Kim Ngoc"
            } else if (passive) { // "she was received in Banjul by President Adama Barrow"
                int by = v.findWord("by", cue.tokEnd(), Math.min(ce, cue.tokEnd() + MAX_ADVERBIAL));
                if (by > 0 && v.mentionsIn(cue.tokEnd(), by, Roles.AGENT).isEmpty()) {
                    objectFrom = by + 1;
                }
            }
            // "met with the members of the Working Group", "held meetings with senior officials of the Ministry of
            // Justice", "with representatives of the National Commission", "received by the plenary of Komnas HAM":
            // the body they are of
            for (int k = objectFrom; k < Math.min(ce, objectFrom + 4); k++) {
                Token t = v.token(k);
                if (t.is("of") && k > objectFrom) {
                    if (REPRESENTATIVES.contains(v.token(k - 1).norm())) {
                        objectFrom = k + 1;
                    }
                    break;
                }
                if (!t.isWord() || t.isCapitalised() && !REPRESENTATIVES.contains(t.norm())) {
                    break; // (but "met Members of the European Parliament's Subcommittee on Human Rights")
                }
            }
            Mention object = v.firstRight(objectFrom, Math.min(ce, objectFrom + 2), Roles.AGENT);
            if (object == null) {
                object = titledObject(v, objectFrom, ce);
            }
            if (object == null) {
                object = apposedHolder(v, objectFrom, ce);
            }
            if (object == null) {
                object = bodyOfAnUnnamedHead(v, objectFrom, ce);
            }
            if (object == null) {
                object = firstBodyListed(v, objectFrom, ce);
            }
            object = holderNamedAfter(v, object, ce);
            if ("CALL".equals(cue.value(CueKind.MEETING)) && !courtesyCall(v, object, ce)) {
                continue; // "called on Kazakhstan to ratify ...": an appeal, not a visit
            }
            if (v.findWord("preliminary", cue.tokStart(), cue.tokEnd()) >= 0
                    && (object == null || object.kind() != MentionKind.PERSON)) {
                continue; // "shared his preliminary observations with the Government": a debriefing, no meeting named
            }
            List<Mention> objects = new ArrayList<>();
            boolean separate = false;
            if (object == null && subjects.size() >= 2 && !v.tokenIs(cue.tokEnd() - 1, "with")) {
                objects.add(subjects.remove(subjects.size() - 1)); // "Wang Yi and Penny Wong held talks in Canberra"
            } else if (subjects.isEmpty() || object == null) {
                continue;
            } else {
                List<Mention> listed = v.coordinatedRight(object, Roles.AGENT);
                List<Mention> officials = object.kind() == MentionKind.PERSON ? listedOfficials(v, object, v.tokens.size()) : List.of(); // past a ";" too
                if (officials.size() > listed.size()) {
                    listed = officials;
                    separate = subjects.size() == 1;
                }
                List<Mention> further = new ArrayList<>(listed);
                for (Mention m : holdersListedAfter(v, listed.get(listed.size() - 1), v.tokens.size())) {
                    if (further.stream().noneMatch(l -> l.tokStart() == m.tokStart() && l.tokEnd() == m.tokEnd())) {
                        further.add(m);
                    }
                }
                listed = further;
                for (Mention m : listed) {
                    if (m != object && v.cues(CueKind.MEETING).stream().anyMatch(c -> c.tokStart() == m.tokEnd())) {
                        break; // "met with him, and Foreign Minister B held talks ...": B opens a clause of its own
                    }
                    if (m.kind() == MentionKind.STATE && m.tokEnd() < ce && v.token(m.tokEnd()).isWord()
                            && v.token(m.tokEnd()).isCapitalised()) {
                        continue; // "the Government Committee for Religious Affairs": a body the lexicon lacks, not the state
                    }
                    Mention r = v.resolved(m, ids);
                    if (r != null && r.id() != null && !ids.contains(r.id())) {
                        objects.add(r);
                    }
                }
            }

            if (objects.isEmpty()) {
                continue;
            }
            if (!passive && v.tokenIs(cue.tokEnd() - 1, "received") && subjects.stream().allMatch(m -> m.kind() == MentionKind.STATE)
                    && objects.stream().allMatch(m -> m.kind() == MentionKind.PERSON && v.holdsAnOffice(m))) {
                continue; // "Egypt received the Special Rapporteur on ..., Ms. A": the state hosted her visit (VisitRule)
            }
            SentenceView.PlaceHit place = v.placeIn(cs, ce);
            DateMention date = v.nearestDate(cue.tokStart());
            if (date != null && v.tokenAt(date.start()) > cue.tokEnd()
                    && (v.findWord("whom", cue.tokEnd(), v.tokenAt(date.start())) >= 0
                    || v.findWord("which", cue.tokEnd(), v.tokenAt(date.start())) >= 0)
                    && v.eventReferredTo(0, cue.tokStart()) != null) {
                // "On the margins of the Dialogue, A met B, with whom he discussed ... the theme of the year for
                // 2020": the date of the event the sentence opens with, not a year of what they discussed
                date = null;
            }
            String iso = date == null ? null : date.iso();
            boolean inherited = false;
            EventRecord visitHere = v.discourse.lastEvent("VISIT");
            if (iso != null && date.to() == null && tokenBefore(v, date, cue) && visitHere != null
                    && visitHere.sentence() == v.sentence().index() && visitHere.fact().date() != null
                    && visitHere.fact().date().endsWith("/" + iso)) {
                // "DHAKA (29 October 2025) - ... today concluded a four-day official visit to Bangladesh, where he met
                // with ...": the release's day ends the visit the meeting was part of; it took place during it
                iso = visitHere.fact().date();
                inherited = true;
            }
            if (iso == null) {
                EventRecord event = v.eventReferredTo(0, ce); // also a fronted "During the visit, ..."
                if (event != null) {
                    iso = event.fact().date();
                    inherited = true;
                }
            }
            for (int i = 0; iso == null && i < subjects.size() + objects.size(); i++) {
                Mention participant = i < subjects.size() ? subjects.get(i) : objects.get(i - subjects.size());
                EventRecord visit = v.visitJustReportedBy(participant.id(),
                        place == null ? null : place.place().country());
                if (visit == null) {
                    visit = v.visitRecentlyReportedBy(participant);
                }
                if (visit != null && visit.fact().date() == null) {
                    visit = null; // an undated mention of a visit gives no date: look for the visit told with one
                }
                String led = participant.kind() == MentionKind.PERSON && participant.id() != null
                        ? v.discourse.delegationLedBy(participant.id()) : null;
                if (visit == null && led != null && i < subjects.size()) {
                    // "a CSHRS delegation led by Lu Guangjin visited Germany ... In Berlin, Lu held talks with ..."
                    visit = v.visitToBy(led, place != null ? place.place().country() : hostOf(objects));
                }
                if (visit == null && i < subjects.size()) {
                    // met in the country visited, or its bodies there: during that visit, however far back it was told
                    visit = v.visitToBy(participant.id(), place != null ? place.place().country() : hostOf(objects));
                }
                if (visit != null) {
                    iso = visit.fact().date();
                    inherited = true;
                }
            }
            if (iso == null && subjects.size() == 1 && subjects.get(0).kind() == MentionKind.ORG) {
                // "the Committee held its annual meeting with the Subcommittee ..." in the release on its session:
                // during that session
                EventRecord session = v.discourse.latestHeldEvent("SESSION", 0);
                final String body = subjects.get(0).id();
                if (session != null && session.fact().date() != null && session.fact().entities("participants").stream()
                        .anyMatch(ref -> body != null && body.equals(ref.id()))) {
                    iso = session.fact().date();
                    inherited = true;
                }
            }
            Discourse.DatedMeeting before = v.discourse.lastDatedMeeting();
            if (iso == null && before != null && before.sentence() == v.sentence().index() - 1 && subjects.size() == 1
                    && before.subject().equals(subjects.get(0).id()) && v.tokenIs(cue.tokStart() - 1, "also")) {
                // "On 27 November, Mr Gilmore met with A. He also held a working session with B.": that day too, where no
                // visit spans both (then "also met" is a meeting of the visit, as annotators date it)
                iso = before.date();
                inherited = true;
            }
            if (date != null && date.iso() != null && subjects.size() == 1) {
                v.discourse.lastDatedMeeting(new Discourse.DatedMeeting(subjects.get(0).id(), date.iso(), v.sentence().index()));
            }
            String status = v.statusAround(cs, cue.tokStart() + 1, cue.value(CueKind.MEETING));
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
            // "A and B met with her on August 30 and 29, respectively": each meeting its own day
            List<DateMention> ownDays = v.respectively() && groups.size() > 1
                    ? v.datesIn(cue.tokEnd(), ce).stream().filter(d -> d.iso() != null).toList() : List.of();
            // "met A on 13 November, and B on 15 November", "was received by A, and on 18 March by B": each
            // official of a list met on the day told beside them
            java.util.Map<Mention, String> daysOfObjects = objects.size() > 1 && groups.size() == objects.size()
                    && ownDays.isEmpty() ? daysTold(v, objects, cue.tokEnd(), ce) : java.util.Map.of();
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
                    fact.date(iso, inherited).status(status, "HELD");
                }
                out.add(fact);
            }
        }
    }

    /** Words that may stand between a listed official and the day told beside them: "and on", "and, later that day, by". */
    private static final Set<String> DAY_JOINTS = Set.of(",", "and", "on", "with", "by", "separately", "also");

    /**
     * The day told beside each of the officials listed (in order), before them after the list's joint ("met on 8
     * November with A", "and on 18 March by B", "and on the following day with the Deputy Minister ..., B") or right
     * after them ("A on 13 November, and B on 15 November", "with B the following day"). Officials with no such day
     * are left out.
     */
    private static java.util.Map<Mention, String> daysTold(SentenceView v, List<Mention> objects, int from, int ce) {
        List<Mention> inOrder = objects.stream().sorted(java.util.Comparator.comparingInt(Mention::tokStart)).toList();
        java.util.Map<Mention, String> days = new java.util.HashMap<>();
        int claimed = from; // where the day the previous official took ends
        for (int i = 0; i < inOrder.size(); i++) {
            Mention o = inOrder.get(i);
            int before = i == 0 ? from : Math.max(claimed, inOrder.get(i - 1).tokEnd());
            int after = i + 1 < inOrder.size() ? inOrder.get(i + 1).tokStart() : ce;
            for (DateMention d : v.datesIn(before, after)) {
                int ds = v.tokenAt(d.start());
                int de = v.tokenAt(d.end() - 1) + 1;
                // (a day after the previous official's "and" is this one's; one right after an official, theirs)
                boolean leads = de <= o.tokStart() && onlyWords(v, before, ds, DAY_JOINTS)
                        && (i == 0 || v.findWord("and", before, ds) >= 0);
                boolean follows = ds >= o.tokEnd() && onlyWords(v, o.tokEnd(), ds, Set.of(",", "on"));
                if (d.iso() != null && (leads || follows)) {
                    days.put(o, d.iso());
                    claimed = follows ? de : claimed;
                    break;
                }
            }
        }
        return days;
    }

    private static boolean onlyWords(SentenceView v, int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (!words.contains(v.token(k).norm())) {
                return false;
            }
        }
        return true;
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
    private static void meetingCalledOff(SentenceView v, List<FactDraft> out) {
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
        Mention object = v.firstRight(with + 1, with + 3, Roles.AGENT);
        if (object == null) {
            object = titledObject(v, with + 1, ce);
        }
        if (object == null) {
            object = apposedHolder(v, with + 1, ce);
        }
        Mention subject = null;
        if (v.tokenIs(with, "between") && object != null) { // "A meeting between the EU Special Representative and A"
            List<Mention> sides = v.coordinatedRight(object, Roles.AGENT);
            if (sides.size() < 2) {
                sides = new ArrayList<>(sides);
                Mention second = v.tokenIs(object.tokEnd(), "and") ? v.firstRight(object.tokEnd() + 1, object.tokEnd() + 3,
                        Roles.AGENT) : null;
                if (second == null) {
                    second = v.tokenIs(object.tokEnd(), "and") ? titledObject(v, object.tokEnd() + 1, ce) : null;
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

    /** The most tokens of an adverbial between "and" and its verb: "and, on the same day, met". */
    private static final int MAX_AND_ADVERBIAL = 7;

    /** The "and" that opens a second predicate ending at {@code verb} ("and met", "and, on the same day, met"), or -1. */
    private static int andBeforePredicate(SentenceView v, int verb) {
        if (v.tokenIs(verb - 1, "and")) {
            return verb - 1;
        }
        if (!v.tokenIs(verb - 1, ",")) {
            return -1;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - MAX_AND_ADVERBIAL); k--) {
            if (v.tokenIs(k, ",") && v.tokenIs(k - 1, "and")) {
                return k - 1;
            }
            if (!v.token(k).isWord() && !v.token(k).isNumber()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "called on the Minister for Foreign Affairs, the Hon Julie Bishop MP, and met ...": a person called on, not
     * asked "to" do something.
     */
    private static boolean courtesyCall(SentenceView v, Mention object, int ce) {
        if (object == null || object.kind() != MentionKind.PERSON) {
            return false;
        }
        for (int i = object.tokEnd(); i < Math.min(ce, object.tokEnd() + 3); i++) {
            if (v.tokenIs(i, "to")) {
                return false;
            }
        }
        return true;
    }

    /** The longest stretch of title words between one listed official and the next. */
    private static final int MAX_LISTED_TITLE_TOKENS = 24;

    /**
     * "met with Foreign Minister A, the Chairman of the Committee on Religious Affairs, B, and the Ombudsperson, C",
     * "held talks with A, Director of ..., and with the Chairman of ..., D": officials listed each with an office
     * title, first first. Each is met on their own (one meeting each), which a bare "met with A and B" does not say.
     */
    private static List<Mention> listedOfficials(SentenceView v, Mention first, int ce) {
        List<Mention> out = new ArrayList<>(List.of(first));
        Mention current = first;
        for (Mention next : v.mentions) {
            if (next.tokStart() < current.tokEnd() || next.tokStart() >= ce) {
                continue;
            }
            if (next.kind() != MentionKind.PERSON && next.kind() != MentionKind.PRONOUN) {
                continue; // "the Chairman of the Muslim Board of Uzbekistan": a title's own words
            }
            if (next.kind() != MentionKind.PERSON || !titleWordsOnly(v, current.tokEnd(), next.tokStart())) {
                break;
            }
            out.add(next);
            current = next;
        }
        return out;
    }

    /** Whether the tokens are a list joint with office titles: ", the Chairman of the Committee on ...," */
    private static boolean titleWordsOnly(SentenceView v, int from, int to) {
        if (to - from > MAX_LISTED_TITLE_TOKENS || to - from < 1 || !v.tokenIs(from, ",") && !v.tokenIs(from, "and")
                && !v.tokenIs(from, ";")) { // "A; the Minister of Justice, B; and ..."
            return false;
        }
        boolean titled = false;
        for (int i = from; i < to; i++) {
            Token t = v.token(i);
            // (also "received by the Vice-President, A, and by the Minister of Education, B")
            boolean function = t.is("the") || t.is("of") || t.is("for") || t.is("on") || t.is("and") || t.is("with")
                    || t.is("by")
                    || t.is("as") || t.is("well") || t.is(",") || t.is(";") || t.is("(") || t.is(")") || t.is("-");
            if (t.isWord() && t.isCapitalised()) {
                titled = true;
            } else if (!function) {
                return false;
            }
        }
        return titled || to - from <= 2;
    }

    /**
     * "met with the Minister of Justice of Colombia, Néstor Osuna,", "met with Minister of Justice Néstor Osuna": an
     * office title the knowledge base does not hold whole, then the person who holds it. Only titles (and the state
     * of an "of <state>" in the title) may come before the person.
     */
    private static Mention titledObject(SentenceView v, int from, int ce) {
        int first = v.tokenIs(from, "the") ? from + 1 : from;
        if (first >= ce || v.token(first) == null || !v.token(first).isCapitalised()) {
            return null; // the object must open with a title: "the Minister ...", "Minister ..."
        }
        for (Mention m : v.mentions) {
            if (m.tokStart() < from) {
                continue;
            }
            if (m.tokStart() >= Math.min(ce, from + MAX_TITLE_TOKENS)) {
                return null;
            }
            if (m.kind() == MentionKind.TITLE || (m.kind() == MentionKind.STATE || m.kind() == MentionKind.NATIONAL_BODY
                    || m.kind() == MentionKind.ORG) && (v.tokenIs(m.tokStart() - 1, "of") || v.tokenIs(m.tokStart(), "of"))) {
                continue; // "Minister of Justice of Colombia", "the Chairperson of the National Centre (NHRC) of ..."
            }
            return m.kind() == MentionKind.PERSON ? m : null;
        }
        return null;
    }

    /** The state whose national bodies or officials all the met are, if they name one: the host of a visit. */
    private static String hostOf(List<Mention> objects) {
        String host = null;
        for (Mention m : objects) {
            if (m.kind() != MentionKind.NATIONAL_BODY && m.kind() != MentionKind.PERSON || m.country() == null) {
                return null;
            }
            if (host != null && !host.equals(m.country())) {
                return null;
            }
            host = m.country();
        }
        return host;
    }


    /** Whether the date is written before the meeting's cue (the dateline's or a lead's, not one of its own after it). */
    private static boolean tokenBefore(SentenceView v, DateMention date, CueMatch cue) {
        return v.tokenAt(date.start()) < cue.tokStart();
    }

    private static final Set<String> ADVERBIAL_WORDS = Set.of("later", "that", "same", "day", "then", "also", "subsequently",
            "afterwards", "evening", "afternoon", "morning");

    /** The "and" right before the verb, past an adverbial ("and later that day held"), else -1. */
    private static int andBeforeAdverbial(SentenceView v, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 5); k--) {
            if (v.tokenIs(k, "and")) {
                return k;
            }
            if (!ADVERBIAL_WORDS.contains(v.token(k).norm())) {
                return -1;
            }
        }
        return -1;
    }

    /** The most tokens of an office written before its holder's name ("the Special Representative of ... in Mali (MINUSMA)"). */
    private static final int MAX_OFFICE_TOKENS = 32;

    /** The most lower-case words of such an office other than its function words ("the interim President"). */
    private static final int MAX_LOWER_CASE_OFFICE_WORDS = 3;

    /** Words that open an office written before its holder: "the Provincial Prefect", "its Chairperson". */
    private static final Set<String> OFFICE_OPENERS = Set.of("the", "its", "his", "her", "their");

    /** Words inside an office's name that say nothing of its case: "the Minister of Justice and Home Affairs". */
    private static final Set<String> OFFICE_FUNCTION_WORDS = Set.of("of", "for", "on", "in", "and", "the", "to", "at");

    /** The fewest and most words of a full name no list knows: "Roberta Zambrano", "Mahamat Saleh Annadif". */
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;

    /**
     * "met the Provincial Prefect, Roberta Zambrano", "held talks with the Human Rights Defender of Armenia, Narine
     * Avetisyan, whose office ...": an office, then in apposition the full name of the one who holds it, where neither
     * is known to the knowledge base. The holder (registered, so that the document's later mentions of the name
     * resolve to the same person), else null.
     */
    private static Mention apposedHolder(SentenceView v, int from, int ce) {
        boolean opened = v.token(from) != null && OFFICE_OPENERS.contains(v.token(from).norm());
        int k = opened ? from + 1 : from;
        if (v.token(k) == null || !v.token(k).isWord() || OFFICE_FUNCTION_WORDS.contains(v.token(k).norm())
                || !opened && !v.token(k).isCapitalised()) {
            return null; // "held meetings in the City of Buenos Aires, La Plata, ...", "..., led by its President, A"
        }
        boolean titled = false;
        int lowerCase = 0;
        String head = null;
        for (int j = k; j < Math.min(ce, k + MAX_OFFICE_TOKENS); j++) {
            Token t = v.token(j);
            if (head == null && (t.is("of") || t.is("for") || t.is("on") || t.is(",") || t.is("("))) {
                head = v.token(j - 1).norm();
                if (v.kb.words("body-heads").contains(head)) {
                    return null; // "officials of the Secretariat of Energy, Natural Resources, ...": a body, no office
                }
            }
            if (t.is(",")) {
                Mention holder = titled ? namedHolder(v, j + 1, ce) : null;
                Token next = v.token(j + 1);
                if (holder != null || next == null || !next.isWord() || !next.isCapitalised()) {
                    return holder; // (not "the Minister of Justice, the Attorney General, ...": a list of offices)
                }
                continue; // "the Minister of Foreign Affairs, African Integration and International Cooperation, A"
            }
            if (t.is(".") || t.is(";") || t.is(":") || startsPerson(v, j)) {
                return null;
            }
            if (t.isWord() && t.isCapitalised()) {
                titled = true;
            } else if (t.isWord() && !OFFICE_FUNCTION_WORDS.contains(t.norm()) && ++lowerCase > MAX_LOWER_CASE_OFFICE_WORDS) {
                return null; // "representatives of civil society organizations and of ...": no office
            }
        }
        return null;
    }

    /** Words that join the officials of a list: ", and with", "; and", "as well as", "and, separately, by". */
    private static final Set<String> LIST_JOINTS = Set.of(",", ";", "and", "as", "well", "with", "by", "on", "separately",
            "also");

    /**
     * "met the Minister of Justice, A, and the Human Rights Defender of Armenia, B", "with the region's Party
     * Secretary, A, and its Governor, B": the holders the knowledge base does not know, named each after an office
     * in a list of officials that goes on after {@code last}, and those it knows that such a list reaches ("and with
     * the Vice-President of the Supreme People's Court, A"). The list ends at the first item that is not an official.
     */
    private static List<Mention> holdersListedAfter(SentenceView v, Mention last, int ce) {
        List<Mention> out = new ArrayList<>();
        int k = last.tokEnd();
        while (k < ce) {
            int item = k;
            while (item < ce) {
                final int at = item;
                DateMention day = v.datesIn(item, item + 1).stream().filter(d -> v.tokenAt(d.start()) == at).findFirst()
                        .orElse(null);
                if (LIST_JOINTS.contains(v.token(item).norm())) {
                    item++;
                } else if (day != null && item > k) {
                    item = v.tokenAt(day.end() - 1) + 1; // "and on 18 March by the Public Defender, A"
                } else {
                    break;
                }
            }
            if (item == k) {
                break;
            }
            Mention holder = apposedHolder(v, item, ce);
            if (holder == null) {
                holder = titledKnownPerson(v, item, ce);
            }
            if (holder == null && (v.findWord("with", k, item) >= 0 || v.findWord("well", k, item) >= 0)) {
                // (after "with" or "as well as", not a bare "and", which may open a clause of its own: "..., and
                // the Ministry of Foreign Affairs and her Office signed ...")
                holder = listedBody(v, item);
            }
            if (holder == null) {
                break;
            }
            out.add(holder);
            k = holder.tokEnd();
        }
        return out;
    }

    /** The most words before "of" that name a body's people: "senior officials of", "the leadership of". */
    private static final int MAX_PEOPLE_OF_A_BODY = 3;

    /**
     * "..., as well as with senior officials of the Ministry of Justice", "and with the National Commission on Human
     * Rights (Komnas HAM)": a body the list goes on to, itself or through its people. Null when no body opens there.
     */
    private static Mention listedBody(SentenceView v, int from) {
        int k = from;
        for (int j = from; j < from + MAX_PEOPLE_OF_A_BODY + 1 && v.token(j) != null; j++) {
            if (v.tokenIs(j, "of") && j > from && REPRESENTATIVES.contains(v.token(j - 1).norm())) {
                k = j + 1; // "senior officials of", "members of"
                break;
            }
            if (!v.token(j).isWord() || v.token(j).isCapitalised() && !REPRESENTATIVES.contains(v.token(j).norm())) {
                break;
            }
        }
        int name = v.tokenIs(k, "the") ? k + 1 : k;
        Mention body = v.firstRight(k, name + 1, m -> m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY);
        return body != null && endsItsName(v, body) ? body : null;
    }

    /** A known person named after title words only: "Foreign Minister A", "the Chairman of the Committee ..., B". */
    private static Mention titledKnownPerson(SentenceView v, int from, int ce) {
        Mention person = v.firstRight(from, Math.min(ce, from + MAX_TITLE_TOKENS), m -> m.kind() == MentionKind.PERSON);
        if (person == null || person.tokStart() == from) {
            return null; // (a bare name after "and" is coordinated, not listed: "Human Rights and Cultural Pluralism")
        }
        for (int i = from; i < person.tokStart(); i++) {
            Token t = v.token(i);
            boolean titleWord = t.isWord() && (t.isCapitalised() || OFFICE_FUNCTION_WORDS.contains(t.norm()))
                    || t.is(",") || t.is("(") || t.is(")") || t.is("-") || t.is("'");
            if (!titleWord) {
                return null;
            }
        }
        return person;
    }

    /** The most capitalised words of a head's title: "the Deputy Chief Commissioner". */
    private static final int MAX_HEAD_TITLE_WORDS = 4;

    /**
     * "met the President of the National Human Rights Commission (CNDH) and discussed ...": the head of a body, whose
     * name the text does not give, met for the body. The body, else null.
     */
    private static Mention bodyOfAnUnnamedHead(SentenceView v, int from, int ce) {
        int k = v.tokenIs(from, "the") ? from + 1 : from;
        int title = k;
        while (k < ce && k - title < MAX_HEAD_TITLE_WORDS && v.token(k).isWord() && v.token(k).isCapitalised()
                && !startsPerson(v, k)) {
            k++;
        }
        if (k == title || !v.tokenIs(k, "of")) {
            return null;
        }
        int bodyFrom = v.tokenIs(k + 1, "the") ? k + 2 : k + 1;
        Mention body = v.firstRight(k + 1, bodyFrom + 1, m -> m.kind() == MentionKind.ORG
                || m.kind() == MentionKind.NATIONAL_BODY);
        Token after = body == null ? null : v.token(body.tokEnd());
        if (body == null || v.tokenIs(body.tokEnd(), "of") || v.tokenIs(body.tokEnd(), ",")
                || after != null && after.isWord() && after.isCapitalised()) {
            // (nor "the Chairman of the Committee on Religious Affairs, A", whose head is named after it, nor "the
            // Head of the UN Human Rights Monitoring Mission", a body the lists do not hold)
            return null;
        }
        return body;
    }

    /** The most lower-case words a list of bodies met may hold before its first known body ("the judiciary and"). */
    private static final int MAX_LOWER_CASE_LIST_WORDS = 6;

    /** Words that end the objects of a meeting: what follows is no more a list of those met. */
    private static final Set<String> LIST_ENDS = Set.of("to", "which", "who", "whom", "where", "when", "on", "in", "at",
            "during", "before", "after");

    /**
     * "met senior officials of the Ministry of Health, the Ministry of Marine Affairs and Fisheries and ...", "held
     * meetings with the National Congress, the Public Prosecutor's Office and the National Commissioner for Human
     * Rights (CONADEH)": the first body the knowledge base knows in a list of bodies met, past those it does not.
     */
    private static Mention firstBodyListed(SentenceView v, int from, int ce) {
        int lowerCase = 0;
        for (int k = from; k < ce; k++) {
            Mention body = v.firstRight(k, k + 1, m -> m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY);
            if (body != null && v.tokenIs(body.tokEnd(), ",") && namedHolder(v, body.tokEnd() + 1, ce) != null) {
                return namedHolder(v, body.tokEnd() + 1, ce); // "as well as the President of the National ..., A"
            }
            if (body != null) {
                return endsItsName(v, body) ? body : null;
            }
            Token t = v.token(k);
            final int at = k;
            if (t.is(".") || t.is(";") || t.is(":") || t.isNumber() || LIST_ENDS.contains(t.norm()) || startsPerson(v, k)
                    || v.mentions.stream().anyMatch(m -> m.tokStart() == at && m.kind() != MentionKind.TITLE)
                    || v.cues(CueKind.MEETING).stream().anyMatch(c -> c.tokStart() == at)) {
                return null; // (a state, a place or a person is no list of bodies; "the Office of the Attorney General" is)
            }
            boolean lower = t.isWord() && !t.isCapitalised() && !OFFICE_FUNCTION_WORDS.contains(t.norm());
            if (lower && ++lowerCase > MAX_LOWER_CASE_LIST_WORDS) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a body's mention is its whole name: not the first words of a longer one ("the United Nations Voluntary
     * Fund", "the UN country team", "the EU member states"), nor a body of another's ("the Senate's Human Rights
     * Committee").
     */
    private static boolean endsItsName(SentenceView v, Mention body) {
        Token after = v.token(body.tokEnd());
        boolean goesOn = after != null && after.isWord() && !OFFICE_FUNCTION_WORDS.contains(after.norm())
                && !LIST_JOINTS.contains(after.norm());
        boolean owned = v.tokenIs(body.tokStart() - 1, "s") && v.apostropheAt(body.tokStart() - 2);
        return !goesOn && !owned;
    }

    private static boolean startsPerson(SentenceView v, int tok) {
        return v.firstRight(tok, tok + 1, m -> m.kind() == MentionKind.PERSON) != null;
    }

    /**
     * The person named from token {@code from}: a known one, or past an honorific a full name of two to four words
     * that ends the apposition ("Mr. Win Mra,", "Roberta Zambrano."). Null when the words are not such a name.
     */
    private static Mention namedHolder(SentenceView v, int from, int ce) {
        Mention known = v.firstRight(from, from + 1, m -> m.kind() == MentionKind.PERSON);
        if (known != null) {
            return known;
        }
        Set<String> honorifics = v.kb.words("honorifics");
        int k = from;
        while (k < ce && v.token(k) != null && (honorifics.contains(v.token(k).norm())
                || honorifics.contains(v.token(k).norm() + ".") && v.tokenIs(k + 1, "."))) {
            k += v.tokenIs(k + 1, ".") ? 2 : 1;
        }
        int start = k;
        int words = 0;
        Set<String> particles = v.kb.words("name-particles");
        while (k < ce && words <= MAX_NAME_WORDS) {
            Token t = v.token(k);
            if (namesWord(v, t)) {
                words++;
                k++;
            } else if (words > 0 && (t.isAttachedHyphen() || particles.contains(t.norm()))
                    && namesWord(v, v.token(k + 1))) {
                k++; // "El-Ghassim Wane", "Ahmed bin Ali"
            } else {
                break;
            }
        }
        int end = k;
        if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS || !endsApposition(v, end, ce)
                || v.mentions.stream().anyMatch(m -> m.tokStart() < end && m.tokEnd() > start)) {
            return null; // (nor a body's or a place's name the lists know)
        }
        Person p = v.discourse.people().register(v.text(start, end), null);
        return new Mention(MentionKind.PERSON, p.id(), from, end, v.token(from).start(), v.token(end - 1).end(),
                v.text(from, end), null, p.affiliation(), false);
    }

    /** Whether capitalised words from {@code k} close a list with "and" and a capitalised word: "Environment and Mines". */
    private static boolean officeNameGoesOn(SentenceView v, int k) {
        int j = k;
        while (v.token(j) != null && v.token(j).isWord() && v.token(j).isCapitalised() && j - k < 3) {
            j++;
        }
        return j > k && v.tokenIs(j, "and") && v.token(j + 1) != null && v.token(j + 1).isCapitalised();
    }

    /** A word of a person's name: capitalised, no acronym, none of the words that start sentences or name things. */
    private static boolean namesWord(SentenceView v, Token t) {
        return t != null && t.isWord() && t.isCapitalised() && !t.isNumber() && !v.kb.isNameStopword(t.norm())
                && !(t.text().length() >= 2 && t.text().chars().allMatch(Character::isUpperCase));
    }

    /**
     * Whether a name's apposition ends at {@code k}: at the clause's end, a comma, a bracket or a full stop, or a
     * lower-case word ("..., Roberta Zambrano, who"), but not "and" before a capitalised word ("Political Reform and
     * Democratic Transition": an office's name going on).
     */
    private static boolean endsApposition(SentenceView v, int k, int ce) {
        Token t = v.token(k);
        if (t != null && t.is(",") && officeNameGoesOn(v, k + 1)) {
            return false; // "the Secretariat of Energy, Natural Resources, Environment and Mines": one name listing
        }
        if (k >= ce || t == null || t.is(",") || t.is(".") || t.is(";") || t.is("(")) {
            return true;
        }
        if (t.is("and")) {
            Token next = v.token(k + 1);
            return next != null && !(next.isWord() && next.isCapitalised());
        }
        return t.isWord() && !t.isCapitalised();
    }
}
