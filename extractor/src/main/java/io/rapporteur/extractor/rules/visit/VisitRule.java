package io.rapporteur.extractor.rules.visit;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.IsoDates;
import io.rapporteur.extractor.date.PartialDate;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * VISIT: "<visitor> visited|paid a visit to|made a trip to|will visit|concluded a ... visit to <state or city>
 * [on invitation|at the invitation of X] [to <purpose>]". Also "The visit ... has been postponed|cancelled", which
 * changes the status of the last visit.
 */
public final class VisitRule implements Rule {

    /** The cue value of the host's view of a visit: "received a visit by". */
    private static final String RECEIVED = "RECEIVED";
    private static final Predicate<Mention> VISITOR = m -> m.kind() == MentionKind.PERSON
            || m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY;

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        applyRules(v, out);
        endedToday(v, out.subList(before, out.size()));
    }

    /**
     * "I am concluding today my first visit to Mexico ..., which began on 5 April": a visit that ends on the day of the
     * statement, its start given by "began on": from that day to the dateline's.
     */
    private static void endedToday(SentenceView v, List<FactDraft> made) {
        PartialDate dateline = v.discourse.dateline();
        if (made.isEmpty() || dateline == null || dateline.day() == null || v.findWord("today", 0, v.tokens.size()) < 0) {
            return;
        }
        for (DateMention d : v.dates) {
            int at = v.tokenAt(d.start());
            boolean began = (v.tokenIs(at - 1, "on") || v.tokenIs(at - 1, "in"))
                    && (v.tokenIs(at - 2, "began") || v.tokenIs(at - 2, "started") || v.tokenIs(at - 2, "begun"));
            if (!began || d.to() != null || d.iso() == null || d.iso().length() != 10 || d.iso().compareTo(dateline.iso()) >= 0) {
                continue;
            }
            for (FactDraft fact : made) {
                if (fact.type() == FactType.VISIT && d.iso().equals(fact.date()) && fact.status() == null) {
                    fact.date(d.iso() + "/" + dateline.iso(), false);
                }
            }
        }
    }

    private void applyRules(SentenceView v, List<FactDraft> out) {
        if (visitorsListedAfterAColon(v, out)) {
            return;
        }
        for (CueMatch cue : v.cues(CueKind.VISIT)) {
            if (RECEIVED.equals(cue.value(CueKind.VISIT))) {
                received(v, cue, out);
                continue;
            }
            if (v.tokenIs(cue.tokStart(), "visits") && v.tokenIs(cue.tokStart() - 1, "the")) {
                continue; // "the visits to the State party of ...": a noun (pluralVisits), not the verb
            }
            int cs = v.clauseStart(cue.tokStart());
            int ce = v.clauseEnd(cue.tokEnd());
            CueMatch inviteBefore = v.lastCue(CueKind.INVITED_BY, cs, cue.tokStart());
            // "At the invitation of China, X visited": the inviter right after "of"; "At the invitation of the
            // Government, X visited" names it in the cue, and the name after its comma is the visitor's
            Mention inviter = inviteBefore == null || !"OF".equals(inviteBefore.value(CueKind.INVITED_BY)) ? null
                    : v.firstRight(inviteBefore.tokEnd(), inviteBefore.tokEnd() + 2,
                            m -> Roles.AGENT.test(m) && !v.tokenIs(m.tokStart() - 1, ","));
            int invitationEnd = inviter != null ? inviter.tokEnd() : inviteBefore != null ? inviteBefore.tokEnd() : cs;
            if (inviter != null && v.tokenIs(invitationEnd, ",")) {
                // "at the invitation of the Public Defender of Georgia, Ucha Nanuashvili, the Commissioner paid ...":
                // the inviter's name in apposition is still the invitation
                final int comma = invitationEnd;
                Mention named = v.firstRight(comma + 1, comma + 2, m -> m.kind() == MentionKind.PERSON);
                // (but "At the invitation of China, Mary Robinson, the High Commissioner, visited": the visitor, whose
                // office closes with a comma of its own before the verb)
                boolean officeInviter = inviter.kind() != MentionKind.STATE && inviter.kind() != MentionKind.PERSON;
                if (named != null && officeInviter && v.tokenIs(named.tokEnd(), ",") && v.tokenIs(named.tokEnd() + 1, "the")
                        && v.findWord(",", named.tokEnd() + 1, cue.tokStart()) < 0) {
                    invitationEnd = named.tokEnd();
                }
            }
            // "A visited Sweden, Norway and Denmark in 1994, and another delegation of the Society visited ...": the
            // second visit's visitor is after the ", and", not the first's destinations
            int secondClause = invitationEnd;
            CueMatch earlierVisit = v.lastCue(CueKind.VISIT, invitationEnd, cue.tokStart());
            if (earlierVisit != null) {
                for (int k = cue.tokStart() - 1; k > earlierVisit.tokEnd(); k--) {
                    if (v.tokenIs(k, "and") && v.tokenIs(k - 1, ",")) {
                        secondClause = Math.max(invitationEnd, k + 1);
                        break;
                    }
                }
            }
            final int floor = secondClause;
            // (not the agent of a passive before it: "he was received by the Mayor of Osh, X, and later visited ...")
            Mention visitor = v.nearestLeft(cue.tokStart(), m -> Roles.AGENT.test(m) && m.kind() != MentionKind.CITY
                    && m.tokStart() >= floor && !inByPhrase(v, m, floor) && !objectOfAnEarlierPredicate(v, m, cue)
                    && !inCompositionAside(v, m, floor));
            if (visitor != null) {
                visitor = headOfLedBody(v, visitor, floor);
            }
            Mention holder = visitor == null ? null : v.appositiveHolder(visitor, cue.tokStart());
            if (holder != null && holder.tokStart() >= floor && v.findWord("headed", floor, holder.tokStart()) < 0
                    && v.findWord("led", floor, holder.tokStart()) < 0) {
                visitor = holder; // not "Somalia" in "A, the Independent Expert on ... in Somalia, travelled to"
            }
            List<Mention> coVisitors = visitor == null ? List.of() : coordinatedVisitors(v, visitor, floor);
            if (visitor != null) {
                visitor = v.resolved(visitor, Set.of());
            }
            if (visitor != null && visitor.kind() == MentionKind.PERSON && v.findWord("delegation", cue.tokStart(), cue.tokEnd()) >= 0) {
                // "CSHRS President Qiangba Puncog led a delegation to Egypt": the body's delegation, headed by its chair
                final Mention head = visitor;
                Mention ownBody = v.nearestLeft(head.tokStart(), m -> (m.kind() == MentionKind.ORG
                        || m.kind() == MentionKind.NATIONAL_BODY) && m.id() != null && m.tokEnd() >= head.tokStart() - 2
                        && m.tokEnd() <= head.tokStart());
                if (ownBody != null) {
                    v.discourse.delegationLedBy(head.id(), ownBody.id());
                    visitor = ownBody;
                }
            }
            // not "visited the Myanmar National Human Rights Commission": a state's name inside an institution's
            // nor "sent a delegation to the Durban Review Conference": a city's name inside an event's
            Mention place = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + 3), m -> Roles.DESTINATION.test(m)
                    && !(m.kind() == MentionKind.STATE && v.token(m.tokEnd()) != null && v.token(m.tokEnd()).isWord()
                    && v.token(m.tokEnd()).isCapitalised())
                    && !(m.kind() == MentionKind.CITY && v.token(m.tokEnd()) != null && v.token(m.tokEnd()).isCapitalised()
                    && v.firstCue(CueKind.EXCHANGE_NOUN, m.tokEnd(), Math.min(ce, m.tokEnd() + 4)) != null));
            if (place == null) {
                place = placeOfBodyVisited(v, cue, ce);
            }
            boolean led = v.tokenIs(cue.tokStart(), "led") || v.tokenIs(cue.tokStart(), "headed");
            if (led && place != null && (place.kind() != MentionKind.STATE || place.tokStart() != cue.tokEnd())) {
                continue; // "led a delegation to the ninth session of the Human Rights Council in Geneva": an attendance
            }
            // (not "the Director was in Armenia, where she met Prime Minister A": a finite verb's subject is before it)
            boolean finite = v.tokenIs(cue.tokStart(), "was") || v.tokenIs(cue.tokStart(), "were");
            if (visitor == null && place != null && !finite) {
                visitor = subjectAfterParticiple(v, place, ce); // "Wrapping up a visit to Sri Lanka, Navi Pillay said"
            }
            if (place == null && visitor != null && visitor.kind() == MentionKind.NATIONAL_BODY) {
                place = peerInstitutionVisited(v, cue, ce, visitor);
            }
            if (place == null && visitor != null && (v.tokenIs(cue.tokEnd() - 1, "visit") || v.tokenIs(cue.tokEnd() - 1, "mission"))
                    && (!v.datesIn(cue.tokEnd(), ce).isEmpty() || v.findWord("today", 0, cue.tokStart()) >= 0
                    // (or a state's chronology entry: "5-13 May 2009 - The Special Rapporteur on torture, A, conducts
                    // an official visit, covering ...")
                    || v.timelineDash() > 0 && v.timelineDash() < visitor.tokStart())) {
                // (or one concluded today: "..., as she concluded a twelve-day official visit, undertaken at ...")
                // "..., at the end of a ten-day visit that he carried out ... from 1 to 10 October 2018": a dated visit
                // that names no destination is to the state the release is about
                place = v.impliedState(v.discourse.mainState(), cue.tokStart(), cue.tokEnd());
            }
            int[] unnamedExpert = expertNamedLater(v, floor, cue.tokStart());
            if (unnamedExpert != null && (visitor == null || visitor.tokStart() < unnamedExpert[0]) && place != null) {
                // "..., a UN expert said today at the end of a ten-day official visit to the country.": the visitor
                // is the expert, whom the release names later; "The visit, which took place from 2 to 11 October"
                // may then give it (restatedSpan)
                expertNamedLater(v, v.doc.substring(v.token(unnamedExpert[0]).start(),
                        v.token(unnamedExpert[1] - 1).end()), place);
                continue;
            }
            if (visitor == null || visitor.id() == null || place == null) {
                continue;
            }
            if (visitor.kind() == MentionKind.STATE && v.tokenIs(visitor.tokStart() - 1, "on")) {
                continue; // a headline's "Special Rapporteur on Myanmar visits Bangladesh": the state is the mandate's
            }
            if ("org:UN".equals(visitor.id()) && v.token(visitor.tokEnd()) != null && v.token(visitor.tokEnd()).isWord()
                    && (!v.token(visitor.tokEnd()).isCapitalised() || v.sentence().heading() && visitor.text().endsWith("UN"))) {
                // (a headline's "UN POVERTY EXPERT VISITS MALAYSIA": "UN" an adjective, in capitals like the rest)
                // "a UN independent human rights expert said ... at the end of a visit": the expert, named later;
                // "The visit, which took place from 2 to 11 October" may then date it (restatedSpan)
                expertNamedLater(v, v.doc.substring(visitor.start(), v.token(visitor.tokEnd()).end()), place);
                continue;
            }
            List<Mention> stops = place.kind() == MentionKind.STATE
                    ? v.coordinatedRight(place, m -> m.kind() == MentionKind.STATE) : List.of(place);
            List<Mention> dated = datedStops(v, place, ce);
            if (dated.size() > 1) {
                stops = dated;
            }
            for (Mention stop : stops) { // "visited the United States and Canada": one visit to each
                Mention destination = asState(stop);
                if (destination.id() == null || destination.id().equals(visitor.id())) {
                    continue;
                }
                FactDraft fact = visit(v, cue, cs, ce, visitor, destination, stops.get(stops.size() - 1));
                Mention invitedBy = fact.fields().containsKey("invitedBy") ? null : inviterOf(v, visitor, cue);
                if (invitedBy != null && invitedBy.actingState() != null) {
                    fact.entity("invitedBy", invitedBy.withId(invitedBy.actingState(), MentionKind.STATE));
                }
                if (dated.size() > 1) { // each stop its own dates, and an invitation only where it is said
                    int next = stops.indexOf(stop) + 1 < stops.size() ? stops.get(stops.indexOf(stop) + 1).tokStart() : ce;
                    List<DateMention> own = v.datesIn(stop.tokEnd(), next);
                    if (own.isEmpty()) { // "and Solomon Islands and Vanuatu in March 2019": the group's date after it
                        own = v.datesIn(stop.tokEnd(), ce).stream().limit(1).toList();
                    }
                    fact.date(own.isEmpty() ? null : own.get(0).iso(), false);
                    CueMatch invitedHere = v.firstCue(CueKind.INVITED_BY, stop.tokEnd(), next);
                    if (invitedHere == null) {
                        fact.fields.remove("invitedBy");
                    }
                }
                if (fact.date() == null && fact.status() == null) {
                    // "During her twelve-day mission, Lawlor travelled to Dushanbe, Khujand and Bokhtar": part of the
                    // visit just reported, whose dates later meetings "during" it take
                    EventRecord ongoing = v.visitRecentlyReportedBy(visitor);
                    EntityRef where = ongoing == null ? null : ongoing.fact().entity("destination");
                    if (where != null && where.id().equals(destination.id()) && ongoing.fact().date() != null) {
                        fact.date(ongoing.fact().date(), true);
                    }
                }
                out.add(fact);
                out.addAll(gappedVisits(v, fact, v.tokens.size()));
                DateMention again = dateAgain(v, cue.tokEnd(), ce);
                if (again != null && again.iso() != null) { // "visited China in October 1997 and again in September 2004"
                    out.add(sameVisitOn(fact, again.iso()));
                }
                List<FactDraft> visits = new ArrayList<>(coVisits(v, cue, cs, ce, coVisitors, fact, destination,
                        stops, out));
                visits.add(fact); // remembered last: "During her stay" after "A and B visited" is B's
                // (not a visit recalled as earlier, "He previously visited Mali from ...": "During his stay in Bamako"
                // after it is the visit the release reports)
                boolean recalled = v.tokenIs(cue.tokStart() - 1, "previously") || v.tokenIs(cue.tokStart() - 1, "earlier");
                for (FactDraft made : recalled ? List.<FactDraft>of() : visits) {
                    v.remember("VISIT", made, null);
                }
            }
        }
        undertakenVisit(v, out);
        reportedVisits(v, out);
        boolean namedVisit = nominalVisits(v, out) | pluralVisits(v, out);
        hostReceived(v, out);
        possessiveVisits(v, out);
        whoseVisitIsScheduled(v, out);
        if (!namedVisit) { // "The visit to China by the High Commissioner ... did not take place" names its own visit
            statusChange(v, out);
            restatedSpan(v, out);
        }
    }

    /** The most tokens between a timeline entry's dash and the visit it names: "Third in loco visit". */
    private static final int ENTRY_TO_NOUN = 5;

    /** The longest aside between a visit and its "of": ", at the invitation of the Government,". */
    private static final int MAX_VISIT_ASIDE = 10;

    /** Verbs that carry out a visit named as a noun: "undertook the visit", "carried out his visit". */
    private static final Set<String> UNDERTAKING_VERBS = Set.of("undertook", "conducted", "made", "completed", "out",
            "undertakes", "conducts", "makes");
    private static final Set<String> VISIT_DETERMINERS = Set.of("the", "his", "her", "its", "their", "this", "a", "an");

    /**
     * "The independent expert undertook the visit from 19 to 29 May 2012 at the invitation of the Government", "The
     * Independent Expert carried out his visit, the sixth since ..., from 6 to 17 February 2017": a visit that names no
     * place is to the state the release is about, over the span the clause gives.
     */
    private static void undertakenVisit(SentenceView v, List<FactDraft> out) {
        for (int i = 2; i < v.tokens.size(); i++) {
            // one modifier may stand before the noun: "its country visit", "a follow-up visit"
            int det = i - 1;
            if (det > 1 && !VISIT_DETERMINERS.contains(v.token(det).norm())
                    && v.kb.words("visit-determiners").contains(v.token(det).norm())) {
                det--;
            }
            if (!(v.tokenIs(i, "visit") || v.tokenIs(i, "mission")) || det < 1 || !VISIT_DETERMINERS.contains(v.token(det).norm())
                    || !UNDERTAKING_VERBS.contains(v.token(det - 1).norm()) || v.tokenIs(i + 1, "to")
                    || v.tokenIs(det - 1, "out") && !v.tokenIs(det - 2, "carried")) {
                continue;
            }
            int verb = v.tokenIs(det - 1, "out") ? det - 2 : det - 1;
            int ce = v.clauseEnd(i);
            final int noun = i;
            DateMention span = v.datesIn(i + 1, v.tokens.size()).stream()
                    .filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
            Mention visitor = v.nearestLeft(verb, m -> VISITOR.test(m) && !v.isObject(m));
            visitor = visitor == null ? null : v.resolved(visitor, Set.of());
            String lastSubject = v.discourse.lastSubjectPerson();
            if (visitor == null && lastSubject != null && mandateWordBefore(v, verb)) {
                // "The independent expert undertook the visit ...": the expert the release is about
                visitor = new Mention(MentionKind.PERSON, lastSubject, 0, verb, v.token(0).start(), v.token(verb - 1).end(),
                        v.text(0, verb), null, null, true);
            }
            Mention destination = v.impliedState(v.discourse.mainState(), noun, noun + 1);
            if (span == null || visitor == null || visitor.id() == null || destination == null
                    || v.firstRight(noun + 1, ce, Roles.DESTINATION) != null) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", destination);
            CueMatch invited = v.firstCue(CueKind.INVITED_BY, noun, v.tokens.size());
            if (invited != null && !"OF".equals(invited.value(CueKind.INVITED_BY))) { // "at the invitation of the Government"
                fact.fields.put("invitedBy", new EntityRef(destination.id(), v.doc.substring(invited.start(), invited.end())));
            }
            fact.date(span.iso(), false).subKind("HELD");
            out.add(fact);
            v.remember("VISIT", fact, null);
            return;
        }
    }

    private static final Set<String> COUNTED_VISITORS = Set.of("holders", "rapporteurs", "experts", "procedures",
            "mechanisms");

    /**
     * "two mandate holders visited Viet Nam in the period under review: the Special Rapporteur on freedom of religion
     * or belief, from 21 to 31 July 2014, and the Independent Expert on foreign debt ..., in November 2017": visitors
     * counted before the verb and named after the colon, each with the dates that follow it. True when read.
     */
    private static boolean visitorsListedAfterAColon(SentenceView v, List<FactDraft> out) {
        CueMatch cue = v.cues(CueKind.VISIT).stream().filter(c -> !RECEIVED.equals(c.value(CueKind.VISIT))).findFirst()
                .orElse(null);
        int colon = cue == null ? -1 : v.findWord(":", cue.tokEnd(), v.tokens.size());
        if (colon < 0) {
            return false;
        }
        boolean counted = false;
        for (int k = Math.max(0, cue.tokStart() - 4); k < cue.tokStart() - 1; k++) {
            boolean count = v.token(k).isNumber() || v.kb.cardinal(v.token(k).norm()) != null;
            for (int w = k + 1; count && w < cue.tokStart(); w++) {
                counted |= COUNTED_VISITORS.contains(v.token(w).norm());
            }
        }
        Mention destination = counted ? v.firstRight(cue.tokEnd(), colon, m -> m.kind() == MentionKind.STATE
                && m.tokStart() == cue.tokEnd()) : null;
        if (destination == null) {
            return false;
        }
        List<Mention> visitors = new ArrayList<>();
        for (Mention m : v.mentionsIn(colon + 1, v.tokens.size(), m -> Roles.AGENT.test(m) && m.kind() != MentionKind.STATE
                && m.kind() != MentionKind.CITY)) {
            Mention previous = visitors.isEmpty() ? null : visitors.get(visitors.size() - 1);
            if (previous != null && m.kind() == MentionKind.PERSON && previous.kind() != MentionKind.PERSON
                    && v.tokenIs(m.tokStart() - 1, ",") && m.tokStart() - 1 == previous.tokEnd()) {
                visitors.set(visitors.size() - 1, m); // "the Special Rapporteur on ..., Ms. A, from ...": the person
            } else if (previous == null || m.tokStart() >= previous.tokEnd()) {
                visitors.add(m);
            }
        }
        if (visitors.size() < 2) {
            return false;
        }
        CueMatch invited = v.lastCue(CueKind.INVITED_BY, 0, colon);
        for (int n = 0; n < visitors.size(); n++) {
            Mention visitor = visitors.get(n);
            int until = n + 1 < visitors.size() ? visitors.get(n + 1).tokStart() : v.tokens.size();
            DateMention date = v.datesIn(visitor.tokEnd(), until).stream().filter(d -> d.iso() != null).findFirst()
                    .orElse(null);
            FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", destination);
            if (invited != null && !"OF".equals(invited.value(CueKind.INVITED_BY))) { // "At the invitation of the Government"
                fact.fields.put("invitedBy", new EntityRef(destination.id(), v.doc.substring(invited.start(), invited.end())));
            }
            fact.date(date == null ? null : date.iso(), false).subKind("HELD");
            out.add(fact);
            v.remember("VISIT", fact, null);
        }
        return true;
    }

    /** Whether the words before the verb name a mandate holder by kind: "The independent expert", "The Rapporteur". */
    private static boolean mandateWordBefore(SentenceView v, int verb) {
        for (int k = 0; k < verb; k++) {
            String w = v.token(k).norm();
            if (w.equals("expert") || w.equals("rapporteur") || w.equals("commissioner")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");

    /**
     * A report on visits made: "presented the reports on its visits to Botswana (18 to 29 September 2023) and Bhutan
     * (4 to 15 December 2023)", "the report on his visit to Ghana, carried out from 1 to 10 April 2024": each state
     * visited by the presenter, on its own dates (every stop must have them).
     */
    private static void reportedVisits(SentenceView v, List<FactDraft> out) {
        for (int i = 2; i + 2 < v.tokens.size(); i++) {
            if (!(v.tokenIs(i, "visit") || v.tokenIs(i, "visits")) || !v.tokenIs(i + 1, "to")) {
                continue;
            }
            int det = i - 1;
            if (!POSSESSIVES.contains(v.token(det).norm()) && v.kb.words("visit-determiners").contains(v.token(det).norm())) {
                det--;
            }
            if (!POSSESSIVES.contains(v.token(det).norm()) || v.findWord("report", Math.max(0, det - 4), det) < 0
                    && v.findWord("reports", Math.max(0, det - 4), det) < 0) {
                continue;
            }
            int ce = v.clauseEnd(i);
            List<Mention> stops = new ArrayList<>();
            List<DateMention> days = new ArrayList<>();
            int k = i + 1;
            while (k < v.tokens.size() && (v.tokenIs(k, "to") || v.tokenIs(k, "and") || v.tokenIs(k, ","))) {
                final int from = k + 1;
                Mention stop = v.firstRight(from, Math.min(v.tokens.size(), from + 3), Roles.DESTINATION);
                if (stop == null || !(v.tokenIs(k, "to") || v.tokenIs(k, "and"))) {
                    break;
                }
                int next = stop.tokEnd();
                int bound = next;
                while (bound < v.tokens.size() && !(v.tokenIs(bound, "and") && bound > next + 1 || v.tokenIs(bound, "."))
                        && bound - next < MAX_STOP_DATE) {
                    bound++;
                }
                DateMention day = v.datesIn(next, bound).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
                stops.add(asState(stop));
                days.add(day);
                k = day == null ? next : v.tokenAt(day.end() - 1) + 1;
                while (v.tokenIs(k, ")") || v.tokenIs(k, ",") && v.tokenIs(k + 1, "and")) {
                    k++;
                }
            }
            if (stops.isEmpty() || days.stream().anyMatch(d -> d == null)) {
                continue;
            }
            Mention visitor = v.nearestLeft(det, m -> VISITOR.test(m) && !v.isObject(m));
            Mention holder = visitor == null ? null : v.appositiveHolder(visitor, det);
            visitor = holder != null ? holder : visitor == null ? null : v.resolved(visitor, Set.of());
            if (visitor == null && v.token(0).norm().endsWith("ing")) {
                // "Presenting her report on her visit to Uzbekistan, which she undertook from ..., the Special
                // Rapporteur on ..., Amina Haddad, said": the subject after the participle's clause
                int after = v.tokenAt(days.get(days.size() - 1).end() - 1) + 1;
                Mention subject = v.firstRight(after, v.tokens.size(), VISITOR);
                if (subject != null && subject.kind() == MentionKind.ORG && v.tokenIs(subject.tokEnd(), ",")) {
                    Mention named = v.firstRight(subject.tokEnd() + 1, subject.tokEnd() + 2,
                            m -> m.kind() == MentionKind.PERSON && m.id() != null);
                    subject = named != null ? named : subject;
                }
                visitor = subject;
            }
            if (visitor == null || visitor.id() == null) {
                continue;
            }
            for (int n = 0; n < stops.size(); n++) {
                if (stops.get(n).id() == null || stops.get(n).id().equals(visitor.id())) {
                    continue;
                }
                FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", stops.get(n));
                fact.date(days.get(n).iso(), false).subKind("HELD");
                out.add(fact);
            }
            return;
        }
    }

    /** The most tokens from a visited state to its own dates: ", carried out from 1 to 10 April 2024". */
    private static final int MAX_STOP_DATE = 12;

    /** The most tokens before the body a visit's object names: "the headquarters of the African Union". */
    private static final int MAX_BODY_OFFSET = 6;

    /**
     * "visits the headquarters of the African Union in Addis Ababa", "visited the Council of Europe in Strasbourg": a
     * body visited where it sits, the city (or state) after its name.
     */
    /**
     * "the Commission undertook a study visit to the Commission on Human Rights and Administrative Justice of Ghana":
     * one state's institution visiting another's goes to that institution's state.
     */
    /**
     * Whether a mention is the object of a predicate coordinated before the visit's: "He will present his report to
     * the Human Rights Council ..., and intends to return to Mali", "Dyfan ... met Prime Minister X ... and also
     * visited": the visitor is the subject of both.
     */
    private static boolean objectOfAnEarlierPredicate(SentenceView v, Mention m, CueMatch cue) {
        return v.isObject(m) && v.findWord("and", m.tokEnd(), cue.tokStart()) >= 0;
    }

    private static Mention peerInstitutionVisited(SentenceView v, CueMatch cue, int ce, Mention visitor) {
        int at = v.tokenIs(cue.tokEnd(), "the") ? cue.tokEnd() + 1 : cue.tokEnd();
        Mention body = v.firstRight(cue.tokEnd(), Math.min(ce, at + 2), m -> (m.kind() == MentionKind.NATIONAL_BODY
                || m.kind() == MentionKind.ORG) && stateOf(v, m) != null);
        if (body != null) {
            String state = stateOf(v, body);
            return state.equals(stateOf(v, visitor)) ? null : body.withId(state, MentionKind.STATE);
        }
        // its state first: "the Kenya National Commission on Human Rights"
        Mention opening = v.firstRight(cue.tokEnd(), Math.min(ce, at + 1), m -> m.kind() == MentionKind.STATE && m.id() != null);
        if (opening != null && !opening.id().equals(stateOf(v, visitor))) {
            for (int k = opening.tokEnd(); k < Math.min(ce, opening.tokEnd() + 4) && v.token(k).isWord()
                    && v.token(k).isCapitalised(); k++) {
                if (SentenceView.INSTITUTION_HEADS.contains(v.token(k).norm())) {
                    return opening;
                }
            }
        }
        // a name the knowledge base reads only in part, its state last: "... and Administrative Justice of Ghana"
        int k = at;
        while (k < ce && k - at <= MAX_INSTITUTION_TOKENS && (v.token(k).isWord() && v.token(k).isCapitalised()
                || v.tokenIs(k, "and") || v.tokenIs(k, "on") || v.tokenIs(k, "for") || v.tokenIs(k, "of"))) {
            Mention state = v.tokenIs(k, "of") ? v.firstRight(k + 1, k + 3, m -> m.kind() == MentionKind.STATE
                    && m.id() != null) : null;
            if (state != null && k > at && !state.id().equals(stateOf(v, visitor))
                    && (state.tokEnd() >= ce || !v.token(state.tokEnd()).isCapitalised())) {
                return state;
            }
            k++;
        }
        return null;
    }

    /** A national body's state: given, or read from its id ("org:KEN-KNCHR"). */
    private static String stateOf(SentenceView v, Mention body) {
        return body.country() != null ? body.country() : body.id() == null ? null : v.national(body.id());
    }

    /** The most words of an institution's name before "of <State>". */
    private static final int MAX_INSTITUTION_TOKENS = 10;

    private static Mention placeOfBodyVisited(SentenceView v, CueMatch cue, int ce) {
        if (v.tokenIs(cue.tokEnd(), "the")) {
            // "an advisory visit to the national preventive mechanism of Bulgaria": a body described, of its state
            int k = cue.tokEnd() + 1;
            while (k < Math.min(ce, cue.tokEnd() + 6) && v.token(k).isWord() && !v.token(k).isCapitalised()
                    && !v.tokenIs(k, "of")) {
                k++;
            }
            final int of = k;
            if (k > cue.tokEnd() + 1 && v.tokenIs(of, "of")) {
                Mention state = v.firstRight(of + 1, Math.min(ce, of + 3), m -> m.kind() == MentionKind.STATE
                        && m.id() != null && (m.tokStart() == of + 1 || v.tokenIs(of + 1, "the")));
                if (state != null) {
                    return state;
                }
            }
        }
        Mention body = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + MAX_BODY_OFFSET),
                m -> m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY);
        if (body == null || !v.tokenIs(body.tokEnd(), "in")) {
            return null;
        }
        return v.firstRight(body.tokEnd() + 1, Math.min(ce, body.tokEnd() + 3), Roles.DESTINATION);
    }

    /**
     * "Chile received the Working Group on Enforced or Involuntary Disappearances in August 2012": a state that
     * receives a body (or an office holder) hosts its visit.
     */
    private static void hostReceived(SentenceView v, List<FactDraft> out) {
        for (CueMatch cue : v.cues(CueKind.MEETING)) {
            if (!v.tokenIs(cue.tokEnd() - 1, "received") || v.tokenIs(cue.tokEnd(), "from")) {
                continue; // (not "the recommendations that Uzbekistan has received from the UN human rights mechanisms")
            }
            Mention host = v.nearestLeft(cue.tokStart(), Roles.AGENT);
            Mention visitor = v.firstRight(cue.tokEnd(), Math.min(v.clauseEnd(cue.tokEnd()), cue.tokEnd() + 2),
                    m -> m.kind() == MentionKind.ORG && m.id() != null
                            || m.kind() == MentionKind.PERSON && m.affiliation() != null && v.kb.isOffice(m.affiliation()));
            if (visitor == null) {
                // "Egypt received the Special Rapporteur on adequate housing ..., Ms. Leilani Farha, at the invitation
                // of the Government": the holder named after the office, which the name takes in
                visitor = v.firstRight(cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + MAX_OFFICE_BEFORE_HOLDER),
                        m -> m.kind() == MentionKind.PERSON && m.id() != null && v.tokenIs(m.tokStart() - 1, ",")
                                && v.holdsAnOffice(m) && v.mentionsIn(cue.tokEnd(), m.tokStart(), any -> true).isEmpty());
            }
            if (host == null || host.kind() != MentionKind.STATE || host.id() == null || visitor == null
                    || visitor.id().equals(host.id()) || v.tokenIs(cue.tokEnd(), "visits")) {
                continue;
            }
            DateMention date = v.nearestDate(cue.tokStart());
            FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", host);
            fact.date(date == null ? null : date.iso(), false).subKind("HELD");
            fact.confidence -= 0.1;
            out.add(fact);
            // "China has received the Special Rapporteur on A in November 1994 and the Working Group on B in October 1997"
            out.addAll(gappedVisits(v, fact, v.tokens.size()));
            if (date != null) { // for "During the visit, the Special Rapporteur was received by ..." after it
                v.remember("VISIT", fact, null);
            }
        }
    }

    /** The most tokens of an office written out before its holder's name: "the Special Rapporteur on adequate housing as ...". */
    private static final int MAX_OFFICE_BEFORE_HOLDER = 30;

    private static final Set<String> LED_BY = Set.of("headed", "led", "represented", "accompanied", "chaired");

    /**
     * "a delegation of the Working Group ... headed by its Chairperson-Rapporteur Leila Zerrougui visited China", "The
     * Working Group, represented by its Chair-Rapporteur ..., visited Nepal": the body visited, the one who led it is
     * named in passing. Returns the body before "headed by", or {@code nearest} when no body or state comes first.
     */
    private static Mention headOfLedBody(SentenceView v, Mention nearest, int floor) {
        for (int k = nearest.tokStart() - 1; k > Math.max(floor, nearest.tokStart() - MAX_TITLE_TOKENS); k--) {
            if (v.tokenIs(k, "by") && LED_BY.contains(v.token(k - 1) == null ? "" : v.token(k - 1).norm())) {
                final int led = k - 1;
                Mention body = v.nearestLeft(led, m -> (m.kind() == MentionKind.ORG || m.kind() == MentionKind.STATE
                        || m.kind() == MentionKind.NATIONAL_BODY) && m.id() != null && m.tokStart() >= floor
                        && m.tokEnd() >= led - 2);
                if (body != null && nearest.kind() == MentionKind.PERSON && nearest.id() != null) {
                    v.discourse.delegationLedBy(nearest.id(), body.id()); // "In Berlin, Lu held talks with ...": its visit
                }
                return body != null ? body : nearest;
            }
            if (v.tokenIs(k, ".") || v.tokenIs(k, ";")) {
                break;
            }
        }
        return nearest;
    }

    /**
     * "Wrapping up a week-long visit to Sri Lanka, the United Nations human rights chief, Navi Pillay, today said":
     * the visitor of a participle clause is the subject after its comma.
     */
    private static Mention subjectAfterParticiple(SentenceView v, Mention place, int ce) {
        int comma = v.findWord(",", place.tokEnd(), Math.min(ce, place.tokEnd() + 3));
        if (comma < 0) {
            return null;
        }
        // the holder's office title may come first: "the United Nations human rights chief, Navi Pillay,"
        Mention subject = v.firstRight(comma + 1, Math.min(ce, comma + MAX_SUBJECT_TOKENS), VISITOR);
        if (subject != null && subject.kind() == MentionKind.ORG && v.tokenIs(subject.tokEnd(), ",")) {
            // "the UN human rights chief, Navi Pillay,": the holder named in apposition
            Mention holder = v.firstRight(subject.tokEnd() + 1, subject.tokEnd() + 2, m -> m.kind() == MentionKind.PERSON);
            return holder != null ? holder : subject;
        }
        return subject;
    }

    /**
     * "Louise Arbour and the Special Rapporteur on the right to education": the visitors coordinated before the one
     * nearest the verb, first first; empty when there is only that one.
     */
    private static List<Mention> coordinatedVisitors(SentenceView v, Mention last, int floor) {
        List<Mention> out = new ArrayList<>();
        Mention current = last;
        boolean sawAnd = false;
        while (true) {
            final Mention right = current;
            Mention previous = v.nearestLeft(right.tokStart(), m -> VISITOR.test(m) && m.tokStart() >= floor
                    && m.tokEnd() <= right.tokStart());
            String joint = previous == null ? "" : v.between(previous, right);
            // a comma lists only before an "and": "the Special Rapporteur ..., Ms. Sepúlveda," is one visitor
            boolean listed = joint.equals("and") || joint.equals(", and") || joint.equals(",") && sawAnd;
            if (previous == null || !listed) {
                break;
            }
            sawAnd |= joint.contains("and");
            out.add(0, previous);
            current = previous;
        }
        return out;
    }

    /**
     * The same visit for each coordinated visitor ("A and B visited China in August and September, respectively"),
     * each with its date where "respectively" pairs them, visitors first to dates first.
     */
    private static List<FactDraft> coVisits(SentenceView v, CueMatch cue, int cs, int ce, List<Mention> coVisitors,
                                            FactDraft fact, Mention destination, List<Mention> stops, List<FactDraft> out) {
        List<FactDraft> made = new ArrayList<>();
        if (coVisitors.isEmpty()) {
            return made;
        }
        // the dates of the visits come after the visitors ("In 2004, A and B visited China in August and September")
        List<DateMention> dates = v.datesIn(coVisitors.get(0).tokStart(), ce).stream()
                .filter(d -> d.iso() != null && d.to() == null).toList();
        int all = coVisitors.size() + 1;
        boolean paired = v.respectively() && dates.size() == all;
        if (paired) {
            fact.date(dates.get(all - 1).iso(), false); // the visitor nearest the verb takes the last date
        }
        for (int i = 0; i < coVisitors.size(); i++) {
            Mention other = v.resolved(coVisitors.get(i), Set.of());
            if (other == null || other.id() == null || other.id().equals(destination.id())) {
                continue;
            }
            FactDraft co = visit(v, cue, cs, ce, other, destination, stops.get(stops.size() - 1));
            if (paired) {
                co.date(dates.get(i).iso(), false);
            }
            out.add(co);
            made.add(co);
        }
        return made;
    }

    /**
     * "the Government of Uzbekistan invited the Special Rapporteur on ..., who visited the country ...": the visitor
     * was invited right before the visit, by the state that invited them. Null otherwise.
     */
    private static Mention inviterOf(SentenceView v, Mention visitor, CueMatch visit) {
        for (CueMatch c : v.cues(CueKind.INVITATION)) {
            boolean invitedHere = c.tokEnd() <= visitor.tokStart() && visitor.tokStart() - c.tokEnd() <= 1
                    && visitor.tokEnd() < visit.tokStart() && !"PASSIVE".equals(c.value(CueKind.INVITATION));
            if (invitedHere) {
                return v.nearestLeft(c.tokStart(), Roles.STATE_ACTOR);
            }
        }
        return null;
    }

    /**
     * "visits to Mexico, from 8 to 10 April, and to the Bolivarian Republic of Venezuela, from 19 to 21 June": the
     * destinations of one verb, each with its own dates; the first alone when there is no second.
     */
    private static List<Mention> datedStops(SentenceView v, Mention first, int ce) {
        List<Mention> out = new ArrayList<>(List.of(first));
        Mention current = first;
        while (true) {
            int and = v.findWord("and", current.tokEnd(), ce);
            if (and < 0 || v.datesIn(current.tokEnd(), and).isEmpty()) {
                return out;
            }
            // ", and to B in ...", also "visited A in August 2018, and B and C in March 2019": each group its date
            int to = v.tokenIs(and + 1, "to") ? and + 2 : and + 1;
            Mention next = v.firstRight(to, Math.min(ce, to + 2), Roles.DESTINATION);
            if (next == null || to == and + 1 && next.tokStart() != and + 1 && !v.tokenIs(and + 1, "the")) {
                return out;
            }
            List<Mention> group = v.coordinatedRight(next, Roles.DESTINATION);
            if (to == and + 1 && v.datesIn(group.get(group.size() - 1).tokEnd(), ce).isEmpty()) {
                return out; // (a bare "and B" with no date of its own is still the first group's)
            }
            for (Mention m : group) {
                out.add(asState(m));
            }
            current = group.get(group.size() - 1);
        }
    }

    /** The most tokens an aside naming a delegation's members may run before a member. */
    private static final int MAX_COMPOSITION = 30;

    /**
     * "The two-member delegation, composed of Vice-Chair A and member B, was in Kazakhstan": the members of the
     * delegation named in an aside, not its visitor.
     */
    private static boolean inCompositionAside(SentenceView v, Mention m, int floor) {
        for (int k = m.tokStart() - 1; k >= Math.max(floor, m.tokStart() - MAX_COMPOSITION); k--) {
            if (v.tokenIs(k, "comprising") || v.tokenIs(k, "of") && (v.tokenIs(k - 1, "composed")
                    || v.tokenIs(k - 1, "consisting"))) {
                return v.tokenIs(k - 1, ",") || v.tokenIs(k - 2, ",");
            }
            if (v.tokenIs(k, ".") || v.tokenIs(k, ";")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a mention stands in a passive's "by ..." phrase (an apposition included) after {@code floor}. */
    private static boolean inByPhrase(SentenceView v, Mention m, int floor) {
        for (int k = m.tokStart() - 1; k >= floor; k--) {
            if (v.tokenIs(k, "by")) { // "received by", "received there by"
                for (int p = k - 1; p >= Math.max(0, k - 2); p--) {
                    if (v.tokenIs(p, "received") || v.tokenIs(p, "welcomed") || v.tokenIs(p, "hosted")
                            || v.tokenIs(p, "accompanied") || v.tokenIs(p, "greeted") || v.tokenIs(p, "met")) {
                        return true;
                    }
                }
                return false;
            }
            if (v.tokenIs(k, "and") || v.tokenIs(k, ";") || v.tokenIs(k, "who") || v.tokenIs(k, "which")) {
                return false;
            }
        }
        return false;
    }

    /** A visit to a city is a visit to its state. */
    private static Mention asState(Mention destination) {
        return destination.kind() == MentionKind.CITY
                ? destination.withId(destination.country(), MentionKind.STATE) : destination;
    }

    /** The date after "and again (in|on)", or null. */
    private static DateMention dateAgain(SentenceView v, int from, int ce) {
        int again = v.findWord("again", from, ce);
        if (again < 0 || !v.tokenIs(again - 1, "and")) {
            // "previously visited Mali from 26 November to 3 December 2018 and from 11 to 20 February 2019": a second
            // span after "and from"
            List<DateMention> spans = v.datesIn(from, ce).stream().filter(d -> d.to() != null && d.iso() != null).toList();
            if (spans.size() == 2 && v.tokenIs(v.tokenAt(spans.get(1).start()) - 1, "from")
                    && v.tokenIs(v.tokenAt(spans.get(1).start()) - 2, "and")) {
                return spans.get(1);
            }
            return null;
        }
        List<DateMention> after = v.datesIn(again + 1, Math.min(ce, again + 4));
        return after.isEmpty() ? null : after.get(0);
    }

    /** How far after a participle clause its subject may start: "the United Nations human rights chief, Navi Pillay". */
    private static final int MAX_SUBJECT_TOKENS = 12;

    /**
     * "the visits to the State party of the Special Rapporteur on A and of the Special Rapporteur on B, in December 2012
     * and May 2016, respectively": one visit of each, with its date where "respectively" pairs them. Returns whether
     * the sentence named such visits.
     */
    private static boolean pluralVisits(SentenceView v, List<FactDraft> out) {
        for (int i = 1; i + 3 < v.tokens.size(); i++) {
            if (!v.tokenIs(i, "visits") || !v.tokenIs(i - 1, "the")) {
                continue;
            }
            int ce = v.clauseEnd(i);
            int k = i + 1;
            Mention destination = null;
            if (v.tokenIs(k, "to")) {
                destination = v.firstRight(k + 1, Math.min(ce, k + 4), m -> Roles.DESTINATION.test(m)
                        || m.kind() == MentionKind.STATE);
                k = destination == null ? k : destination.tokEnd();
            }
            if (!v.tokenIs(k, "of")) {
                continue;
            }
            List<Mention> visitors = new ArrayList<>();
            int at = k;
            while (at >= 0 && v.tokenIs(at, "of")) {
                Mention visitor = v.firstRight(at + 1, Math.min(ce, at + 3), VISITOR);
                if (visitor == null || visitor.id() == null) {
                    break;
                }
                visitors.add(visitor);
                int next = visitor.tokEnd();
                at = v.tokenIs(next, "and") && v.tokenIs(next + 1, "of") ? next + 1 : -1;
            }
            if (visitors.size() < 2) {
                continue;
            }
            if (destination == null || destination.id() == null) {
                destination = v.impliedState(v.discourse.mainState(), i, i + 1);
            } else {
                destination = asState(destination);
            }
            if (destination == null || destination.id() == null) {
                continue;
            }
            int last = visitors.get(visitors.size() - 1).tokEnd();
            List<DateMention> dates = v.datesIn(last, ce).stream().filter(d -> d.iso() != null).toList();
            boolean paired = v.respectively() && dates.size() == visitors.size();
            for (int n = 0; n < visitors.size(); n++) {
                DateMention date = paired ? dates.get(n) : dates.size() == 1 ? dates.get(0) : null;
                FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitors.get(n))
                        .entity("destination", destination);
                fact.date(date == null ? null : date.iso(), false).status(null, "HELD");
                out.add(fact);
            }
            return true;
        }
        return false;
    }

    /**
     * "This is the fourth visit of the Working Group to the country, following those undertaken in October 1991,
     * October 1992 and October 1999": one earlier visit of the same visitor to the same state on each date listed.
     */
    private static boolean earlierVisitsListed(SentenceView v, List<FactDraft> out) {
        int those = v.findWord("those", 0, v.tokens.size());
        if (those < 0 || !(v.tokenIs(those - 1, "following") || v.tokenIs(those - 1, "after"))) {
            return false;
        }
        int in = v.findWord("in", those + 1, Math.min(v.tokens.size(), those + 4));
        int visit = v.findWord("visit", 0, those);
        if (in < 0 || visit < 0 || !v.tokenIs(visit + 1, "of")) {
            return false;
        }
        Mention visitor = v.firstRight(visit + 2, Math.min(those, visit + 4), m -> VISITOR.test(m)
                && m.kind() != MentionKind.STATE);
        int to = visitor == null ? -1 : v.findWord("to", visitor.tokEnd(), Math.min(those, visitor.tokEnd() + 2));
        Mention destination = to < 0 ? null : v.firstRight(to + 1, Math.min(those, to + 4),
                m -> m.kind() == MentionKind.STATE && m.id() != null);
        List<DateMention> dates = v.datesIn(in + 1, v.tokens.size()).stream().filter(d -> d.iso() != null).toList();
        if (visitor == null || destination == null || dates.isEmpty()) {
            return false;
        }
        visitor = v.resolved(visitor, Set.of());
        if (visitor == null || visitor.id() == null) {
            return false;
        }
        for (DateMention d : dates) {
            FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", destination);
            fact.date(d.iso(), false).status(null, "HELD");
            out.add(fact);
        }
        return true;
    }

    /**
     * "Recalling the visit that the UN Special Rapporteur on freedom of religion or belief, Heiner Bielefeldt, paid to
     * Viet Nam in July 2014, ...": the visitor between "that" and "paid", the state after "paid to", the date after it.
     */
    private static boolean visitThatWasPaid(SentenceView v, List<FactDraft> out) {
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            if (!v.tokenIs(i, "visit") || !(v.tokenIs(i + 1, "that") || v.tokenIs(i + 1, "which"))) {
                continue;
            }
            int paid = v.findWord("paid", i + 2, Math.min(v.tokens.size(), i + 2 + MAX_TITLE_TOKENS));
            if (paid < 0 || !v.tokenIs(paid + 1, "to")) {
                continue;
            }
            Mention person = v.firstRight(i + 2, paid, m -> m.kind() == MentionKind.PERSON && m.id() != null);
            Mention visitor = person != null ? person : v.firstRight(i + 2, paid, m -> VISITOR.test(m)
                    && m.kind() != MentionKind.STATE);
            Mention destination = v.firstRight(paid + 2, Math.min(v.tokens.size(), paid + 4),
                    m -> m.kind() == MentionKind.STATE && m.id() != null);
            if (visitor == null || visitor.id() == null || destination == null) {
                continue;
            }
            visitor = v.resolved(visitor, Set.of());
            DateMention date = v.datesIn(destination.tokEnd(), Math.min(v.tokens.size(), destination.tokEnd() + 4))
                    .stream().filter(d -> d.iso() != null).findFirst().orElse(null);
            FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", destination);
            fact.date(date == null ? null : date.iso(), false).status(null, "HELD");
            out.add(fact);
            return true;
        }
        return false;
    }

    /**
     * Where a possessive stands before the visit noun at {@code noun}, right before it or before one modifier (else -1): "his
     * visit", "her official visit", "its country visit" (a body's: "The Working Group said its visit to Peru, scheduled
     * for November, had been postponed").
     */
    private static int possessiveBefore(SentenceView v, int noun) {
        int det = noun - 1;
        if (!POSSESSIVES.contains(v.token(det).norm()) && det > 0 && v.kb.words("visit-determiners").contains(v.token(det).norm())) {
            det--;
        }
        return POSSESSIVES.contains(v.token(det).norm()) ? det : -1;
    }

    /**
     * "The visit of the Special Rapporteur on ... to Thailand, scheduled for October, has been postponed", "during the
     * official visit by Ms. X to Greece in June", "The visit to China by the High Commissioner": a visit named as a
     * noun, with its visitor and destination. Returns whether the sentence named one.
     */
    private static boolean nominalVisits(SentenceView v, List<FactDraft> out) {
        boolean found = visitThatWasPaid(v, out) | earlierVisitsListed(v, out);
        for (int i = 1; i + 2 < v.tokens.size(); i++) {
            boolean noun = v.tokenIs(i, "visit") || v.tokenIs(i, "mission");
            // "Official visit, at the invitation of the Government, of the Special Rapporteur on ...": past the aside
            int of = i + 1;
            if (noun && v.tokenIs(of, ",")) {
                int close = v.findWord(",", of + 1, Math.min(v.tokens.size(), of + MAX_VISIT_ASIDE));
                of = close > 0 && (v.tokenIs(close + 1, "of") || v.tokenIs(close + 1, "by")) ? close + 1 : of;
            }
            // also a timeline's "19-25 September 2019 - Visit of the Special Rapporteur on ..."
            if (!noun || !(v.kb.words("visit-determiners").contains(v.token(i - 1).norm()) || v.isTimelineDash(i - 1))
                    || !(v.tokenIs(of, "of") || v.tokenIs(of, "by") || v.tokenIs(of, "to"))) {
                continue;
            }
            final int nounAt = i;
            if (v.cues(CueKind.VISIT).stream().anyMatch(c -> c.tokStart() <= nounAt && nounAt < c.tokEnd())) {
                continue; // "Kenya received a visit by ...": the verb's cue has it, with its host
            }
            int ce = v.clauseEnd(i);
            Mention visitor;
            Mention destination;
            String governing = null;
            if (v.tokenIs(i + 1, "to")) { // "The visit to China by the High Commissioner, planned for 2020, ..."
                destination = v.firstRight(i + 2, Math.min(ce, i + 4), m -> m.kind() == MentionKind.STATE);
                // "the visit to China by the High Commissioner", a timeline's "Official visit to Uzbekistan of the ...",
                // "a five-day visit to Sudan from 8 to 12 September by Deputy High Commissioner ... Kate Gilmore"
                int byAt = destination == null ? -1 : pastDates(v, destination.tokEnd());
                boolean byOf = destination != null && (v.tokenIs(byAt, "by") || v.tokenIs(destination.tokEnd(), "of"));
                visitor = !byOf ? null : v.firstRight(byAt + 1, Math.min(v.tokens.size(), byAt + 3), VISITOR);
                if (visitor == null && byOf && (v.tokenIs(byAt, "by") || v.tokenIs(byAt, "of"))) {
                    // "by Deputy High Commissioner ... Kate Gilmore", "of the UN High Commissioner ..., Zeid Al Hussein"
                    visitor = v.firstRight(byAt + 1, Math.min(v.tokens.size(), byAt + MAX_TITLE_TOKENS),
                            m -> m.kind() == MentionKind.PERSON && m.id() != null);
                }
                if (visitor == null && destination != null && !v.tokenIs(destination.tokEnd(), "by")) {
                    // "The Working Group also called off a planned visit to Azerbaijan": the subject of the status verb
                    int det = v.tokenIs(i - 2, "a") || v.tokenIs(i - 2, "the") || v.tokenIs(i - 2, "its") ? i - 2 : i - 1;
                    CueMatch verb = v.cues.stream().filter(c -> c.tokEnd() == det && SentenceView.statusOf(c) != null
                            && !"HELD".equals(SentenceView.statusOf(c))).findFirst().orElse(null);
                    visitor = verb == null ? null : v.nearestLeft(verb.tokStart(), m -> VISITOR.test(m) && !v.isObject(m));
                    governing = verb == null ? null : SentenceView.statusOf(verb);
                }
                int possessive = possessiveBefore(v, i);
                if (visitor == null && destination != null && possessive > 0
                        && !v.datesIn(destination.tokEnd(), ce).isEmpty()) {
                    // "the recommendations made by the Special Rapporteur on torture following his visit to the country
                    // in December 2011": the holder the pronoun stands for
                    visitor = v.nearestLeft(i - 1, m -> VISITOR.test(m) && m.kind() != MentionKind.STATE && !v.isObject(m));
                    // "A has postponed her official visit to Côte d'Ivoire, which had been scheduled for ...": called off
                    CueMatch verb = v.cues.stream().filter(c -> c.tokEnd() == possessive && SentenceView.statusOf(c) != null
                            && !"HELD".equals(SentenceView.statusOf(c)) && !"PLANNED".equals(SentenceView.statusOf(c)))
                            .findFirst().orElse(null);
                    governing = verb == null ? null : SentenceView.statusOf(verb);
                }
                if (visitor == null && destination != null && v.tokenIs(destination.tokEnd(), "by")) {
                    // "a visit to Bangladesh by the UN Special Rapporteur on freedom of religion or belief, Ahmed
                    // Shaheed,": the holder named after the office's title
                    visitor = v.firstRight(destination.tokEnd() + 1, Math.min(ce, destination.tokEnd() + MAX_TITLE_TOKENS),
                            m -> m.kind() == MentionKind.PERSON && v.tokenIs(m.tokStart() - 1, ","));
                }
            } else {
                visitor = v.firstRight(of + 1, Math.min(v.clauseEnd(of), of + 3), VISITOR);
                if (visitor == null) { // "Technical visit by the Special Rapporteur on ..., Pablo de Greiff": the holder
                    visitor = v.firstRight(of + 1, Math.min(ce, of + 1 + MAX_MANDATE_TOKENS),
                            m -> m.kind() == MentionKind.PERSON && v.tokenIs(m.tokStart() - 1, ","));
                }
                int to = visitor == null ? -1 : visitor.tokEnd();
                if (visitor != null && v.tokenIs(to, ",")) {
                    // "a working visit of the Public Defender, Tamar Gvaramia, to Yerevan": the holder, then the place
                    Mention holder = v.firstRight(to + 1, to + 2, m -> m.kind() == MentionKind.PERSON && m.id() != null);
                    if (holder != null && v.tokenIs(holder.tokEnd(), ",") && v.tokenIs(holder.tokEnd() + 1, "to")) {
                        visitor = holder;
                        to = holder.tokEnd() + 1;
                    } else if (v.tokenIs(to + 1, "to")) { // the holder found by name: "..., Tamar Gvaramia, to Yerevan"
                        to = to + 1;
                    }
                }
                destination = to >= 0 && v.tokenIs(to, "to")
                        ? v.firstRight(to + 1, Math.min(ce, to + 3), Roles.DESTINATION) : null;
                if (destination != null) { // "the visit of X to Tashkent": to Uzbekistan
                    destination = asState(destination);
                }
                if (destination == null && visitor != null) {
                    // "Burundi has cancelled a visit by the Special Rapporteur ...": the state that calls it off hosts it
                    CueMatch verb = v.cues.stream().filter(c -> (c.tokEnd() == nounAt - 1 || c.tokEnd() == nounAt - 2)
                            && SentenceView.statusOf(c) != null && !"HELD".equals(SentenceView.statusOf(c))
                            && !"PLANNED".equals(SentenceView.statusOf(c))).findFirst().orElse(null);
                    Mention host = verb == null ? null : v.nearestLeft(verb.tokStart(),
                            m -> m.kind() == MentionKind.STATE && !v.isObject(m));
                    if (host != null && host.tokStart() >= v.clauseStart(verb.tokStart())) {
                        destination = host;
                        governing = SentenceView.statusOf(verb);
                    }
                }
            }
            if (visitor == null || visitor.id() == null || v.tokenIs(visitor.tokStart() - 1, "a")
                    || v.tokenIs(visitor.tokStart() - 1, "an")) {
                continue; // "the first visit to the country by a UN High Commissioner": no one visit
            }
            if (visitor.kind() == MentionKind.ORG && v.kb.isOffice(visitor.id()) && v.tokenIs(visitor.tokEnd(), ",")) {
                // "... of the UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein": the holder named
                final Mention office = visitor;
                Mention holder = v.firstRight(office.tokEnd() + 1, office.tokEnd() + 2, m -> m.kind() == MentionKind.PERSON);
                visitor = holder != null && holder.id() != null ? holder : visitor;
            }
            boolean implied = false;
            if (destination == null && !v.tokenIs(i + 1, "to")) {
                // "including the visit of the Working Group on Arbitrary Detention from 8 to 18 May 2017", a
                // timeline's "Technical visit by the Special Rapporteur on ...": a dated visit to the document's state
                boolean dated = !v.datesIn(visitor.tokEnd(), ce).isEmpty() || !v.datesIn(0, i).isEmpty();
                // not "A visit by the Special Rapporteur on torture, requested in 2006, has yet to be accepted"
                boolean unrealised = v.tokens.stream().anyMatch(t -> v.kb.words("unrealised-visit-words").contains(t.norm()));
                dated = dated && !unrealised;
                destination = dated ? v.impliedState(v.discourse.mainState(), i, i + 1) : null;
                implied = destination != null;
            }
            if (destination == null || destination.id() == null || destination.id().equals(visitor.id())) {
                continue;
            }
            String status = governing; // called off wins over planned: "scheduled for October, has been postponed"
            int dash = v.timelineDash();
            if (status == null && dash > 2 && v.tokenIs(dash - 1, ")")
                    && SentenceView.ENTRY_STATUS_WORDS.contains(v.token(dash - 2).norm())) {
                status = "PLANNED"; // "June 2019 (scheduled): Visit of the Special Rapporteur on ..."
            }
            for (CueMatch c : v.cues) {
                String value = SentenceView.statusOf(c);
                if (c.tokStart() > destination.tokEnd() && c.tokStart() < ce && value != null && !"HELD".equals(value)
                        && (status == null || "PLANNED".equals(status))) {
                    status = value;
                }
            }
            List<DateMention> after = v.datesIn(implied ? visitor.tokEnd() : destination.tokEnd(), ce); // "to Thailand, scheduled for October"
            DateMention date = after.isEmpty() ? v.nearestDate(i) : after.get(0);
            int entryDash = v.timelineDash();
            boolean calledOff = v.cues.stream().anyMatch(c -> SentenceView.statusOf(c) != null
                    && !"HELD".equals(SentenceView.statusOf(c)));
            if (entryDash >= 0 && i - entryDash <= ENTRY_TO_NOUN && !calledOff) {
                // a timeline's "17-21 August 2009: In loco visit of the IACHR following the coup of 28 June 2009":
                // the entry's date (its most precise, "2015, September"), not one the entry recalls
                date = v.datesIn(0, entryDash).stream().filter(d -> d.iso() != null)
                        .max(java.util.Comparator.comparingInt(d -> d.iso().length())).orElse(date);
            }
            // "Joint visit by the Special Rapporteur on torture and the Special Rapporteur on ...": each visited
            List<Mention> visitors = implied ? v.coordinatedRight(visitor, VISITOR) : List.of(visitor);
            for (Mention each : visitors) {
                if (each.id() == null || each.id().equals(destination.id())) {
                    continue;
                }
                FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", each).entity("destination", destination);
                fact.date(date == null ? null : date.iso(), false).status(status, "HELD");
                fact.confidence -= 0.1;
                out.add(fact);
                if (visitors.size() == 1) {
                    out.addAll(gappedVisits(v, fact, v.tokens.size()));
                }
                if (status == null && fact.date() != null && fact.date().length() >= 10) { // "During her mission, ..."
                    v.remember("VISIT", fact, null);
                }
            }
            found = true;
        }
        return found;
    }

    /**
     * "During French President Emmanuel Macron's state visit to China in January 2018": a person's visit named with
     * the possessive, its destination after "to".
     */
    private static void possessiveVisits(SentenceView v, List<FactDraft> out) {
        for (int i = 2; i + 2 < v.tokens.size(); i++) {
            if (!(v.tokenIs(i, "visit") || v.tokenIs(i, "visits")) || !v.tokenIs(i + 1, "to")) {
                continue;
            }
            int s = -1;
            for (int k = i - 1; k >= Math.max(1, i - 3); k--) {
                if (v.tokenIs(k, "s") && v.apostropheAt(k - 1)) {
                    s = k - 1;
                    break;
                }
            }
            final int owner = s;
            Mention visitor = owner < 0 ? null
                    : v.nearestLeft(owner + 1, m -> m.kind() == MentionKind.PERSON && m.tokEnd() == owner && m.id() != null);
            if (visitor == null) {
                continue;
            }
            int ce = v.clauseEnd(i);
            Mention destination = v.firstRight(i + 2, Math.min(ce, i + 4), Roles.DESTINATION);
            if (destination == null || destination.id() == null) {
                continue;
            }
            destination = asState(destination);
            List<DateMention> after = v.datesIn(destination.tokEnd(), ce);
            DateMention date = after.isEmpty() ? v.nearestDate(i) : after.get(0);
            FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", destination);
            fact.date(date == null ? null : date.iso(), false);
            fact.confidence -= 0.1;
            out.add(fact);
        }
    }

    /**
     * The host's view: "<state> (has) received a visit by|from <visitor> [in 2011] [and <visitor> in 2014]". Each
     * visitor takes the date that follows it, before the next visitor; else the clause's date.
     */
    private static void received(SentenceView v, CueMatch cue, List<FactDraft> out) {
        int cs = v.clauseStart(cue.tokStart());
        int ce = v.clauseEnd(cue.tokEnd());
        Mention host = v.nearestLeft(cue.tokStart(), m -> m.tokStart() >= cs
                && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.PRONOUN));
        host = host == null ? null : v.resolved(host, Set.of());
        if (host == null || host.id() == null || host.kind() != MentionKind.STATE) {
            return;
        }
        // "received human rights delegations from Cuba, Sri Lanka and the Netherlands": states' delegations
        boolean delegations = v.tokenIs(cue.tokEnd() - 2, "delegations");
        List<Mention> visitors = v.mentions.stream().filter(m -> m.tokStart() >= cue.tokEnd() && m.tokEnd() <= ce
                && (VISITOR.test(m) || delegations && m.kind() == MentionKind.STATE)).toList();
        for (int i = 0; i < visitors.size(); i++) {
            Mention visitor = visitors.get(i);
            if (visitor.id() == null || visitor.id().equals(host.id())) {
                continue;
            }
            int until = i + 1 < visitors.size() ? visitors.get(i + 1).tokStart() : ce;
            List<DateMention> own = v.datesIn(visitor.tokEnd(), until);
            DateMention date = own.isEmpty() ? v.nearestDate(cue.tokStart()) : own.get(0);
            FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", host);
            fact.date(date == null ? null : date.iso(), false).subKind("HELD");
            out.add(fact);
            if (i == visitors.size() - 1) {
                out.addAll(gappedVisits(v, fact, v.tokens.size())); // "... in November 1994 and the Working Group ..."
            }
            if (date != null) { // for "During the visit, the Special Rapporteur was received by ..." after it
                v.remember("VISIT", fact, null);
            }
        }
    }

    /** The visit again, on another date: its fields, spans, status and kind (its confidence starts afresh). */
    private static FactDraft sameVisitOn(FactDraft visit, String iso) {
        FactDraft again = new FactDraft(FactType.VISIT);
        again.fields.putAll(visit.fields());
        again.arguments.addAll(visit.arguments());
        return again.date(iso, false).status(visit.status()).subKind(visit.subKind());
    }

    /**
     * "the Special Rapporteur on torture visited China in 2005, the Special Rapporteur on the right to food in 2010 and
     * the Independent Expert on foreign debt in 2015", "the visits to Japan by A, in October 2015, and by B, in April
     * 2016": the verb left out, each further visitor written with a date of its own visited the same destination then.
     */
    private static List<FactDraft> gappedVisits(SentenceView v, FactDraft first, int ce) {
        String firstDate = first.date();
        DateMention written = firstDate == null ? null
                : v.datesIn(0, ce).stream().filter(d -> firstDate.equals(d.iso())).findFirst().orElse(null);
        if (written == null) {
            return List.of();
        }
        List<FactDraft> out = new ArrayList<>();
        int k = v.tokenAt(written.end() - 1) + 1;
        while (k < ce) {
            int at = k;
            while (at < ce && (v.tokenIs(at, ",") || v.tokenIs(at, "and") || v.tokenIs(at, "by"))) {
                at++;
            }
            final int visitorAt = at;
            Mention visitor = at == k ? null : v.mentions.stream().filter(m -> VISITOR.test(m) && m.id() != null
                    && (m.tokStart() == visitorAt || m.tokStart() == visitorAt + 1 && v.tokenIs(visitorAt, "the")))
                    .findFirst().orElse(null);
            if (visitor == null) {
                break;
            }
            int d = v.tokenIs(visitor.tokEnd(), ",") ? visitor.tokEnd() + 1 : visitor.tokEnd();
            d = v.tokenIs(d, "in") || v.tokenIs(d, "on") || v.tokenIs(d, "from") ? d + 1 : d;
            final int dateAt = d;
            DateMention own = v.datesIn(dateAt, ce).stream().filter(x -> v.tokenAt(x.start()) == dateAt && x.iso() != null)
                    .findFirst().orElse(null);
            if (own == null) {
                break;
            }
            visitor = v.resolved(visitor, Set.of());
            out.add(sameVisitOn(first, own.iso()).entity("visitor", visitor));
            k = v.tokenAt(own.end() - 1) + 1;
        }
        return out;
    }

    private static FactDraft visit(SentenceView v, CueMatch cue, int cs, int ce, Mention visitor, Mention destination,
                               Mention place) {
        FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", destination);
        CueMatch invited = v.firstCue(CueKind.INVITED_BY, cue.tokEnd(), ce);
        if (invited == null) {
            invited = v.lastCue(CueKind.INVITED_BY, cs, cue.tokStart()); // "At the invitation of X, Y visited Z"
            if (invited != null && (invited.tokEnd() > visitor.tokStart()
                    || v.findWord("since", invited.tokEnd(), visitor.tokStart()) >= 0
                    || v.findWord("was", invited.tokEnd(), visitor.tokStart()) >= 0)) {
                invited = null; // not "The visit, ... at the invitation of the Government, was the first since X visited"
            }
        }
        if (invited != null) {
            if ("OF".equals(invited.value(CueKind.INVITED_BY))) {
                Mention host = v.firstRight(invited.tokEnd(), invited.tokEnd() + 2, Roles.AGENT);
                if (host != null && host.id() != null) {
                    fact.entity("invitedBy", host);
                } else { // "at the invitation of the Ministry of Foreign Affairs": the host's
                    EntityRef ministry = v.bareNationalBody(invited.tokEnd(), destination.id());
                    if (ministry != null) {
                        fact.fields.put("invitedBy", ministry);
                    }
                }
            } else {
                fact.fields.put("invitedBy", new EntityRef(destination.id(),
                        v.doc.substring(invited.start(), invited.end())));
                fact.arguments.add(new ArgumentSpan("invitedBy", destination.id(),
                        new Span(invited.start(), invited.end())));
            }
        }
        int after = place.kind() == MentionKind.CITY && v.tokenIs(place.tokEnd(), ",") ? place.tokEnd() + 2 : place.tokEnd();
        while (after < ce && (v.token(after).is("again") || v.token(after).is("today"))) {
            after++;
        }
        if (invited != null && invited.tokStart() == after) {
            after = invited.tokEnd();
        }
        String purpose = v.infinitive(after, ce);
        if (purpose != null) {
            fact.text("purpose", purpose, v.token(after).start(), v.token(after).start() + purpose.length());
        }
        String status = v.statusAround(cs, cue.tokStart() + 1, cue.value(CueKind.VISIT));
        DateMention date = v.nearestDate(cue.tokStart());
        if (v.tokenIs(place.tokEnd(), ",") && v.tokenIs(place.tokEnd() + 1, "which")) {
            // "today concluded a four-day official visit to Malaysia, which he undertook from 18 to 21 May": the span
            // the relative clause gives, which the day of the release closes
            DateMention span = v.datesIn(place.tokEnd(), v.tokens.size()).stream()
                    .filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
            if (span != null && (date == null || date.to() == null && date.iso() != null && reportedWithin(date.iso(), span.iso()))) {
                date = span;
            }
        }
        String iso = date == null ? null : v.monthsJoined(date); // "visited China in November and December 2005"
        String concluded = concludedToday(v, cue, place, ce);
        if (concluded != null) {
            iso = concluded;
        }
        String arrivalOn = arrivalOfVisitReportedEnded(v, cue, destination, date);
        if (arrivalOn != null) {
            iso = arrivalOn;
        }
        boolean inherited = false;
        if (iso == null) {
            EventRecord event = v.eventReferredTo(cue.tokEnd(), ce);
            if (event != null) {
                iso = event.fact().date();
                inherited = true;
            }
        }
        fact.date(iso, inherited).status(status, "HELD");
        return fact;
    }

    /** The most days a visit told by its arrival and its release's day may last. */
    private static final int MAX_VISIT_DAYS = 31;

    /**
     * "The Special Rapporteur arrived in Astana on 9 September ..." in a release that has reported the visit's end on
     * its own day ("..., today ... at the end of her official visit to the country"): from that day to the release's.
     * Null otherwise.
     */
    private static String arrivalOfVisitReportedEnded(SentenceView v, CueMatch cue, Mention destination, DateMention date) {
        if (!v.tokenIs(cue.tokStart(), "arrived") || date == null || date.to() != null || date.iso() == null
                || date.iso().length() != 10 || v.discourse.dateline() == null || v.discourse.dateline().day() == null) {
            return null;
        }
        String end = v.discourse.dateline().iso();
        if (date.iso().compareTo(end) >= 0
                || java.time.LocalDate.parse(date.iso()).plusDays(MAX_VISIT_DAYS).isBefore(java.time.LocalDate.parse(end))) {
            return null;
        }
        Discourse.VisitByExpertNamedLater lead = v.discourse.visitByExpertNamedLater();
        boolean ended = lead != null && lead.destination().equals(destination.id());
        for (EventRecord e : v.discourse.events()) {
            EntityRef where = e.fact().entity("destination");
            ended |= "VISIT".equals(e.kind()) && e.sentence() < v.sentence.index() && where != null
                    && where.id().equals(destination.id()) && e.fact().date() != null && e.fact().date().equals(end);
        }
        return ended ? date.iso() + "/" + end : null;
    }

    /** The most tokens between "began" and the day it began on: "that began on 19 November". */
    private static final int BEGAN_REACH = 3;

    /**
     * "DUBLIN, 23 November - ... today concluded an official visit to Ireland that began on 19 November", "wrapped up a
     * visit to Japan today that began on 15 November": from the day it began to the release's day; "today concluded a
     * four-day visit", "said today at the end of a ten-day visit": the days that end on the release's day. Null otherwise.
     */
    private static String concludedToday(SentenceView v, CueMatch cue, Mention place, int ce) {
        int verb = cue.tokStart();
        boolean concluding = v.tokenIs(verb, "concluded") || v.tokenIs(verb, "completed") || v.tokenIs(verb, "ended")
                || v.tokenIs(verb, "wrapped") || v.tokenIs(verb - 1, "concluded") || v.tokenIs(verb - 1, "wrapped")
                || v.tokenIs(verb - 2, "concluded") || v.tokenIs(verb - 2, "completed") || v.tokenIs(verb - 2, "wrapped")
                || v.tokenIs(verb, "at") && v.tokenIs(verb + 1, "the") && (v.tokenIs(verb + 2, "end")
                || v.tokenIs(verb + 2, "conclusion") || v.tokenIs(verb + 2, "close")); // "said today at the end of a visit"
        int today = v.findWord("today", 0, Math.min(v.tokens.size(), place.tokEnd() + 2));
        DateMention inline = v.datesIn(0, verb).stream().filter(DateMention::isDay)
                .findFirst().orElse(null); // "DUBLIN, 23 November (RTE) - ...": the release's own date
        // or a day written just before the verb: "on Thursday, Oct. 28, wrapped up a visit ... that began on Oct. 19",
        // "ULAANBAATAR (14 June 2023) - ..., on Wednesday wrapped up a four-day official visit"
        boolean dayBefore = inline != null && v.datesIn(Math.max(0, verb - 4), verb).stream()
                .anyMatch(DateMention::isDay);
        String released = inline != null ? inline.iso()
                : v.discourse.dateline() != null && v.discourse.dateline().day() != null ? v.discourse.dateline().iso() : null;
        String weekday = null;
        for (int k = Math.max(1, verb - 3); k < verb && weekday == null; k++) {
            weekday = v.weekdayDay(k, released);
        }
        if (!concluding || today < 0 && !dayBefore && weekday == null) {
            return null;
        }
        String last = weekday != null ? weekday : released;
        if (last == null) {
            return null;
        }
        for (DateMention d : v.datesIn(place.tokEnd(), ce)) {
            int t = v.tokenAt(d.start());
            for (int w = t - 1; w >= Math.max(place.tokEnd(), t - BEGAN_REACH); w--) {
                if ((v.tokenIs(w, "began") || v.tokenIs(w, "started")) && d.isDay() && d.iso().compareTo(last) < 0) {
                    return d.iso() + "/" + last;
                }
            }
        }
        // "today concluded a four-day official visit to Mongolia": the four days that end on the release's day, as
        // annotators date it (where the text writes the days, the dates written win: this runs only with none)
        Integer days = lengthInDays(v, verb, place.tokStart());
        if (days != null && days > 1 && days <= 31 && last.length() == 10 && v.datesIn(verb, Math.min(ce, place.tokEnd() + 4)).isEmpty()) {
            java.time.LocalDate end = java.time.LocalDate.parse(last);
            return end.minusDays(days - 1) + "/" + last;
        }
        return null;
    }

    /** "a four-day visit", "a 10-day mission": the days written between {@code from} and {@code to}, or null. */
    private static Integer lengthInDays(SentenceView v, int from, int to) {
        for (int k = from + 2; k < to; k++) {
            if ((v.tokenIs(k, "day") || v.tokenIs(k, "days")) && v.token(k - 1).norm().equals("-")) {
                String n = v.token(k - 2).norm();
                Integer value = v.kb.cardinal(n);
                if (value == null && n.matches("\\d{1,2}")) {
                    value = Integer.parseInt(n);
                }
                return value;
            }
        }
        return null;
    }

    /** "The visit, originally scheduled for May, has been postponed." */
    /** The token after a date phrase that starts at {@code k} ("from 8 to 12 September"), or {@code k} itself. */
    private static int pastDates(SentenceView v, int k) {
        int at = k;
        if (v.tokenIs(at, "from") || v.tokenIs(at, "on") || v.tokenIs(at, "in")) {
            int start = v.tokens.get(at + 1 < v.tokens.size() ? at + 1 : at).start();
            DateMention d = v.dates.stream().filter(x -> x.start() == start).findFirst().orElse(null);
            if (d != null) {
                at = v.tokenAt(d.end() - 1) + 1;
            }
        }
        return at;
    }

    /** The longest office title with its mandate between "visit by" and its holder's name. */
    private static final int MAX_MANDATE_TOKENS = 24;

    /** The longest office title between "by" and its holder's name. */
    private static final int MAX_TITLE_TOKENS = 24;

    /** How many sentences back "The visit, which took place from 2 to 12 October" may reach for its visit. */
    private static final int RESTATEMENT_REACH = 2;

    /**
     * "... has concluded an official visit to Uzbekistan." then "The visit, which took place from 2 to 12 October
     * 2017, ...": the sentence gives the span of the visit just reported (a point inside it, or no date). The visit
     * with its span replaces the point (PointsWithinSpans) and is what later meetings during it take their date from.
     */
    private static void restatedSpan(SentenceView v, List<FactDraft> out) {
        for (CueMatch ref : v.cues(CueKind.EVENT_ANAPHOR)) {
            if (!"VISIT".equals(ref.value(CueKind.EVENT_ANAPHOR)) || ref.tokStart() > 1) {
                continue;
            }
            DateMention span = v.dates.stream().filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
            // not where the sentence reported a visit of its own in that span; a visit it recalls from other years
            // ("..., was the first since X travelled to Peru in December 2013") leaves the restatement to be read
            if (span == null || out.stream().anyMatch(f -> f.type() == FactType.VISIT
                    && (f.date() == null || reportedWithin(f.date(), span.iso())))) {
                return;
            }
            // the visit the span restates: the last one reported whose day lies within it (not "since High
            // Commissioner Pillay travelled to the country in July 2012", recalled after it)
            // (not one this sentence recalls: "the first since March 2016, when her predecessor travelled to Dushanbe")
            EventRecord last = null;
            List<EventRecord> events = v.discourse.events();
            for (int k = events.size() - 1; k >= 0 && last == null; k--) {
                if ("VISIT".equals(events.get(k).kind()) && events.get(k).sentence() < v.sentence.index()) {
                    last = events.get(k);
                }
            }
            for (int k = events.size() - 1; span != null && k >= 0; k--) {
                EventRecord e = events.get(k);
                if (v.sentence.index() - e.sentence() > RESTATEMENT_REACH) {
                    break;
                }
                if ("VISIT".equals(e.kind()) && e.sentence() < v.sentence.index() && e.fact().date() != null
                        && reportedWithin(e.fact().date(), span.iso())) {
                    last = e;
                    break;
                }
            }
            if (last == null || v.sentence.index() - last.sentence() > RESTATEMENT_REACH) {
                FactDraft named = visitOfExpertNamedSince(v, ref, span, last);
                if (named != null) {
                    out.add(named);
                    v.remember("VISIT", named, null);
                }
                return;
            }
            if (span == null || last.fact().date() != null && !reportedWithin(last.fact().date(), span.iso())) {
                return;
            }
            FactDraft fact = new FactDraft(FactType.VISIT);
            fact.fields.putAll(last.fact().fields());
            CueMatch invited = v.firstCue(CueKind.INVITED_BY, ref.tokEnd(), v.tokens.size());
            EntityRef destination = last.fact().entity("destination");
            if (invited != null && !"OF".equals(invited.value(CueKind.INVITED_BY)) && destination != null
                    && !fact.fields.containsKey("invitedBy")) { // "..., at the invitation of the Government,"
                fact.fields.put("invitedBy", new EntityRef(destination.id(), v.doc.substring(invited.start(), invited.end())));
            }
            fact.date(span.iso(), false).status(last.fact().status()).subKind(last.fact().status() == null
                    ? "HELD" : last.fact().status());
            out.add(fact);
            v.remember("VISIT", fact, null);
            return;
        }
    }

    /**
     * The tokens [start, end) of "a UN expert", "an independent UN human rights expert", "UN experts" between
     * {@code from} and {@code to}: an indefinite expert of a release's lead, named only later; null when there is none.
     */
    private static int[] expertNamedLater(SentenceView v, int from, int to) {
        for (int k = Math.max(from, 1); k < to; k++) {
            if (!v.tokenIs(k, "expert") && !v.tokenIs(k, "experts")) {
                continue;
            }
            for (int j = k - 1; j >= Math.max(from, k - 5); j--) {
                if (v.tokenIs(j, "a") || v.tokenIs(j, "an") || j == k - 2 && v.tokenIs(k, "experts") && v.tokenIs(j + 1, "un")) {
                    boolean un = false;
                    for (int i = j + 1; i < k; i++) {
                        un |= v.tokenIs(i, "un") || v.tokenIs(i, "nations");
                    }
                    if (un) {
                        return new int[] {j, k + 1};
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** Keeps the lead's visit to a state by an expert it names only later ("a UN expert"), for its restatement. */
    private static void expertNamedLater(SentenceView v, String visitorText, Mention place) {
        Mention state = asState(place);
        if (state.id() != null && state.kind() == MentionKind.STATE) {
            v.discourse.visitByExpertNamedLater(new Discourse.VisitByExpertNamedLater(visitorText, state.id(),
                    state.text(), v.sentence.index()));
        }
    }

    /** How many sentences after the lead's "a UN expert said ... at the end of a visit" its restatement may come. */
    private static final int NAMED_LATER_REACH = 4;

    /**
     * "..., a UN expert said today at the end of a ten-day official visit to the country." ... "said Ana Carolina
     * Ferraz, the UN Special Rapporteur on ..." ... "The visit, which took place from 2 to 11 October 2022, ...": the
     * lead's visit, by the mandate holder named since, with the span the restatement gives. Null when the lead reported
     * no such visit or no special procedures mandate holder has been named since.
     */
    private static FactDraft visitOfExpertNamedSince(SentenceView v, CueMatch ref, DateMention span, EventRecord last) {
        Discourse.VisitByExpertNamedLater lead = v.discourse.visitByExpertNamedLater();
        if (lead == null || v.sentence.index() - lead.sentence() > NAMED_LATER_REACH
                || last != null && last.sentence() > lead.sentence()) {
            return null;
        }
        Person expert = v.discourse.people().lastMandateHolder();
        if (expert == null) {
            return null;
        }
        FactDraft fact = new FactDraft(FactType.VISIT);
        fact.fields.put("visitor", new EntityRef(expert.id(), lead.visitorText()));
        fact.fields.put("destination", new EntityRef(lead.destination(), lead.destinationText()));
        CueMatch invited = v.firstCue(CueKind.INVITED_BY, ref.tokEnd(), v.tokens.size());
        if (invited != null && !"OF".equals(invited.value(CueKind.INVITED_BY))) {
            fact.fields.put("invitedBy", new EntityRef(lead.destination(), v.doc.substring(invited.start(), invited.end())));
        }
        fact.date(span.iso(), false).status(null).subKind("HELD");
        return fact;
    }

    /** The most days after a visit's last day that a release reporting it concluded may be dated. */
    private static final long REPORTED_WITHIN_DAYS = 3;

    /**
     * A visit's day inside the span, or the day of the release that reported it concluded, a few days after: one visit
     * (also how PointsWithinSpans tells a point of the same visit).
     */
    public static boolean reportedWithin(String day, String span) {
        return IsoDates.pointWithin(day, span) || IsoDates.pointJustAfter(day, span, REPORTED_WITHIN_DAYS);
    }

    /**
     * "His visit, postponed several times in previous years, was the first ...": a status in an aside, after which
     * the sentence goes on to say the visit happened, is its history, not its state.
     */
    private static boolean backgroundAside(SentenceView v, CueMatch status) {
        if (!v.tokenIs(status.tokStart() - 1, ",")) {
            return false;
        }
        int close = v.findWord(",", status.tokEnd(), v.tokens.size());
        return close > 0 && (v.tokenIs(close + 1, "was") || v.tokenIs(close + 1, "finally") || v.tokenIs(close + 1, "took"));
    }

    private static void statusChange(SentenceView v, List<FactDraft> out) {
        for (CueMatch ref : v.cues(CueKind.EVENT_ANAPHOR)) {
            if (!"VISIT".equals(ref.value(CueKind.EVENT_ANAPHOR)) || ref.tokStart() > 1) {
                continue;
            }
            String status = null;
            for (CueMatch c : v.cues) {
                String value = SentenceView.statusOf(c);
                if (c.tokStart() > ref.tokStart() && ("POSTPONED".equals(value) || "CANCELLED".equals(value))
                        && !backgroundAside(v, c)) {
                    status = value;
                }
            }
            EventRecord last = v.discourse.lastEvent("VISIT");
            if (status == null || last == null) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.VISIT);
            fact.fields.putAll(last.fact().fields());
            // "The visit to Bolivia, originally scheduled for May, has been postponed": the visit named, by the same visitor
            Mention named = v.tokenIs(ref.tokEnd(), "to") ? v.firstRight(ref.tokEnd() + 1, ref.tokEnd() + 3,
                    m -> m.kind() == MentionKind.STATE && m.id() != null) : null;
            if (named != null) {
                fact.entity("destination", named);
            }
            // "The visit, initially scheduled for April 2024, had been postponed": the date it was called off from
            DateMention scheduled = v.dates.stream().filter(d -> d.iso() != null && v.scheduledFor(v.tokenAt(d.start())))
                    .findFirst().orElse(null);
            fact.date(scheduled != null ? scheduled.iso() : last.fact().date(), scheduled == null).status(status)
                    .subKind(status);
            out.add(fact);
        }
    }

    /** Words after "whose visit (is|has been)" that set it for a time: "scheduled for", "expected in", "foreseen for". */
    private static final Set<String> SET_FOR = Set.of("scheduled", "expected", "planned", "foreseen", "envisaged",
            "envisioned", "set", "due");
    /** The most tokens between "whose visit" and the word that sets it: "whose visit to Zambia is scheduled". */
    private static final int SET_FOR_REACH = 6;

    /**
     * "Tunisia extended an invitation to the Special Rapporteur on ..., whose visit has been scheduled for March 2018",
     * "invitations to the Working Group on ... and to the Special Rapporteur on ..., whose visits are scheduled for 2019
     * and 2020, respectively": the one (or ones) before "whose" is to visit, planned for the date that follows. The
     * destination is the state named after "visit to", else the first state the sentence names (the inviting one,
     * "Hanoi extended ..."), else the state the text is about.
     */
    private static void whoseVisitIsScheduled(SentenceView v, List<FactDraft> out) {
        for (int w = 1; w + 2 < v.tokens.size(); w++) {
            boolean plural = v.tokenIs(w + 1, "visits") || v.tokenIs(w + 1, "missions");
            if (!v.tokenIs(w, "whose") || !v.tokenIs(w - 1, ",")
                    || !(plural || v.tokenIs(w + 1, "visit") || v.tokenIs(w + 1, "mission"))) {
                continue;
            }
            int noun = w + 1;
            int ce = v.clauseEnd(noun);
            int setFor = -1;
            for (int k = noun + 1; k < Math.min(ce, noun + SET_FOR_REACH) && setFor < 0; k++) {
                setFor = SET_FOR.contains(v.token(k).norm()) ? k : -1;
            }
            final int comma = w - 1;
            Mention last = v.mentions.stream().filter(m -> VISITOR.test(m) && m.tokEnd() == comma).findFirst().orElse(null);
            List<DateMention> dates = setFor < 0 ? List.of()
                    : v.datesIn(setFor, ce).stream().filter(d -> d.iso() != null).toList();
            if (last == null || dates.isEmpty()) {
                continue;
            }
            List<Mention> visitors = plural ? coordinatedInvitees(v, last) : List.of(last);
            Mention named = v.tokenIs(noun + 1, "to") ? v.firstRight(noun + 2, Math.min(ce, noun + 4), Roles.DESTINATION) : null;
            Mention host = named != null ? asState(named) : inviterState(v, visitors.get(0).tokStart());
            if (host == null || host.id() == null) {
                continue;
            }
            boolean respectively = dates.size() == visitors.size() && v.findWord("respectively", setFor, ce) >= 0;
            boolean invited = invitedBefore(v, visitors.get(0).tokStart());
            for (int i = 0; i < visitors.size(); i++) {
                Mention visitor = v.resolved(visitors.get(i), Set.of());
                if (visitor == null || visitor.id() == null || visitor.id().equals(host.id())) {
                    continue;
                }
                DateMention date = dates.get(respectively ? i : 0);
                FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", host);
                if (invited) { // "extended an invitation to the Special Rapporteur on ..., whose visit": the host's
                    fact.entity("invitedBy", host);
                }
                fact.date(date.iso(), false).status("PLANNED", "PLANNED");
                out.add(fact);
            }
        }
    }

    /** Whether the sentence invites before {@code tok}: "extended an invitation to", "had invited", "decision to invite". */
    private static boolean invitedBefore(SentenceView v, int tok) {
        for (int k = 0; k < tok; k++) {
            if (v.token(k).norm().startsWith("invit")) {
                return true;
            }
        }
        return false;
    }

    /** "to the Working Group on ... and to the Special Rapporteur on ...": the bodies invited together, read from the last. */
    private static List<Mention> coordinatedInvitees(SentenceView v, Mention last) {
        List<Mention> out = new ArrayList<>();
        out.add(last);
        Mention current = last;
        while (true) {
            final int before = current.tokStart();
            Mention previous = v.mentions.stream().filter(m -> VISITOR.test(m) && m.tokEnd() < before
                    && m.tokEnd() >= before - 3 && onlyJoiningWords(v, m.tokEnd(), before)).findFirst().orElse(null);
            if (previous == null) {
                break;
            }
            out.add(0, previous);
            current = previous;
        }
        return out;
    }

    /** Whether only "and", "to", "the" and commas stand between, with an "and" or a comma among them. */
    private static boolean onlyJoiningWords(SentenceView v, int from, int to) {
        boolean joined = false;
        for (int k = from; k < to; k++) {
            if (!(v.tokenIs(k, "and") || v.tokenIs(k, ",") || v.tokenIs(k, "to") || v.tokenIs(k, "the"))) {
                return false;
            }
            joined |= v.tokenIs(k, "and") || v.tokenIs(k, ",");
        }
        return joined;
    }

    /** The first state (or a city's state) the sentence names before {@code tok}, else the state the text is about. */
    private static Mention inviterState(SentenceView v, int tok) {
        Mention named = v.firstRight(0, tok, m -> (m.kind() == MentionKind.STATE || m.kind() == MentionKind.CITY)
                && m.id() != null && !v.tokenIs(m.tokStart() - 1, "on") && !v.tokenIs(m.tokStart() - 1, "in"));
        if (named != null) {
            return asState(named);
        }
        return tok > 0 ? v.impliedState(v.discourse.mainState(), tok - 1, tok) : null;
    }

}
