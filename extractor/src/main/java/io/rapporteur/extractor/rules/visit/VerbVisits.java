package io.rapporteur.extractor.rules.visit;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.kb.EntityKind;
import io.rapporteur.extractor.kb.EntityEntry;
import io.rapporteur.extractor.kb.PhraseTrie;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.PersonRegistry;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static io.rapporteur.extractor.rules.visit.VisitFacts.RECEIVED;
import static io.rapporteur.extractor.rules.visit.VisitFacts.asState;
import static io.rapporteur.extractor.rules.visit.VisitFacts.invitedByTheHost;
import static io.rapporteur.extractor.rules.visit.VisitFacts.visitOf;

/**
 * Visits a verb reports: "<visitor> visited|paid a visit to|travelled to|concluded a ... visit to <state or city>
 * [at the invitation of X] [to <purpose>]", one visit to each state visited and for each visitor coordinated before
 * the verb. Who visited, where and when are read by {@link WhoVisited}, {@link WhereVisited} and
 * {@link DaysOfTheStay}.
 */
final class VerbVisits {

    private VerbVisits() {
    }

    /**
     * The visit (or visits) the verb of {@code cue} reports: its visitor before it, its places after it, one visit to
     * each state and by each coordinated visitor, remembered for what later sentences say happened "during" it.
     */
    static void read(SentenceView v, CueMatch cue, List<FactDraft> out) {
        if (v.tokenIs(cue.tokStart(), "visits") && v.tokenIs(cue.tokStart() - 1, "the")) {
            return; // "the visits to the State party of ...": a noun (pluralVisits), not the verb
        }
        int cs = v.clauseStart(cue.tokStart());
        int ce = v.clauseEnd(cue.tokEnd());
        final int floor = WhoVisited.subjectFloor(v, cue, cs);
        Mention visitor = WhoVisited.nearestVisitor(v, cue, floor);
        List<Mention> coVisitors = visitor == null ? List.of() : WhoVisited.coordinatedVisitors(v, visitor, floor);
        if (visitor != null) {
            visitor = v.resolved(visitor, Set.of());
        }
        visitor = WhoVisited.bodyOfItsDelegation(v, cue, visitor);
        Mention place = WhereVisited.placeAfter(v, cue, ce);
        boolean led = v.tokenIs(cue.tokStart(), "led") || v.tokenIs(cue.tokStart(), "headed");
        if (led && place != null && (place.kind() != MentionKind.STATE || place.tokStart() != cue.tokEnd())) {
            return; // "led a delegation to the ninth session of the Human Rights Council in Geneva": an attendance
        }
        // (not "the Director was in Armenia, where she met Prime Minister A": a finite verb's subject is before it)
        boolean finite = v.tokenIs(cue.tokStart(), "was") || v.tokenIs(cue.tokStart(), "were");
        if (visitor == null && place != null && !finite) {
            visitor = WhoVisited.subjectAfterParticiple(v, place, ce); // "Wrapping up a visit to Sri Lanka, Navi Pillay said"
        }
        if (place == null && visitor != null && visitor.kind() == MentionKind.NATIONAL_BODY) {
            place = WhereVisited.peerInstitutionVisited(v, cue, ce, visitor);
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
        int[] unnamedExpert = ExpertNamedLater.unnamedExpert(v, floor, cue.tokStart());
        if (unnamedExpert != null && (visitor == null || visitor.tokStart() < unnamedExpert[0]) && place != null) {
            // "..., a UN expert said today at the end of a ten-day official visit to the country.": the visitor
            // is the expert, whom the release names later; "The visit, which took place from 2 to 11 October"
            // may then give it (restatedSpan)
            ExpertNamedLater.keep(v, v.doc.substring(v.token(unnamedExpert[0]).start(),
                    v.token(unnamedExpert[1] - 1).end()), place);
            return;
        }
        if (visitor == null || visitor.id() == null || place == null) {
            return;
        }
        if (visitor.kind() == MentionKind.STATE && v.tokenIs(visitor.tokStart() - 1, "on")) {
            return; // a headline's "Special Rapporteur on Myanmar visits Bangladesh": the state is the mandate's
        }
        if (visitor.kind() == MentionKind.ORG && v.kb.isOffice(visitor.id())
                && (v.tokenIs(visitor.tokStart() - 1, "deputy") || v.tokenIs(visitor.tokStart() - 1, "assistant")
                || PersonRegistry.isDeputyTitle(visitor.text()))) {
            return; // "Deputy High Commissioner for Human Rights visits Thailand": not the High Commissioner's visit
        }
        if ("org:UN".equals(visitor.id()) && v.token(visitor.tokEnd()) != null && v.token(visitor.tokEnd()).isWord()
                && (!v.token(visitor.tokEnd()).isCapitalised() || v.sentence().heading() && visitor.text().endsWith("UN"))) {
            // (a headline's "UN POVERTY EXPERT VISITS MALAYSIA": "UN" an adjective, in capitals like the rest)
            // "a UN independent human rights expert said ... at the end of a visit": the expert, named later;
            // "The visit, which took place from 2 to 11 October" may then date it (restatedSpan)
            ExpertNamedLater.keep(v, v.doc.substring(visitor.start(), v.token(visitor.tokEnd()).end()), place);
            return;
        }
        List<Mention> stops = place.kind() == MentionKind.STATE
                ? v.coordinatedRight(place, m -> m.kind() == MentionKind.STATE) : List.of(place);
        List<Mention> dated = WhereVisited.datedStops(v, place, ce);
        if (dated.size() > 1) {
            stops = dated;
        }
        // "will visit Kazakhstan and Brazil in October and November, respectively": each its own date
        final int lastStop = stops.get(stops.size() - 1).tokEnd();
        List<DateMention> paired = stops.size() > 1 && v.respectively()
                ? v.datesIn(lastStop, ce).stream().filter(d -> d.iso() != null).toList() : List.of();
        for (Mention stop : stops) { // "visited the United States and Canada": one visit to each
            Mention destination = asState(stop);
            if (destination.id() == null || destination.id().equals(visitor.id())) {
                continue;
            }
            FactDraft fact = visit(v, cue, cs, ce, visitor, destination, stops.get(stops.size() - 1));
            Mention invitedBy = fact.fields().containsKey("invitedBy") ? null : WhoVisited.inviterOf(v, visitor, cue);
            if (invitedBy != null && invitedBy.actingState() != null) {
                fact.entity("invitedBy", invitedBy.withId(invitedBy.actingState(), MentionKind.STATE));
            }
            if (dated.size() > 1) {
                ownDatesAndInvitation(v, fact, stop, stops, ce);
            } else if (paired.size() == stops.size()) {
                fact.date(paired.get(stops.indexOf(stop)).iso(), false);
            }
            if (fact.date() == null && fact.status() == null) {
                partOfTheVisitReported(v, fact, visitor, destination);
            }
            out.add(fact);
            out.addAll(RepeatedVisits.gappedVisits(v, fact, v.tokens.size()));
            DateMention again = RepeatedVisits.dateAgain(v, cue.tokEnd(), ce);
            if (again != null && again.iso() != null) { // "visited China in October 1997 and again in September 2004"
                out.add(RepeatedVisits.sameVisitOn(fact, again.iso()));
            }
            // "in September 2015, March 2016 and May 2018": one visit on each (not dates paired "respectively")
            for (DateMention listed : v.respectively() || stops.size() > 1 ? List.<DateMention>of()
                    : RepeatedVisits.datesListedAfter(v, fact, ce)) {
                if (out.stream().noneMatch(f -> listed.iso().equals(f.date()) && f.type() == fact.type()
                        && Objects.equals(f.fields().get("visitor"), fact.fields().get("visitor")))) {
                    out.add(RepeatedVisits.sameVisitOn(fact, listed.iso()));
                }
            }
            List<FactDraft> visits = new ArrayList<>(coVisits(v, cue, cs, ce, coVisitors, fact, destination,
                    stops, out));
            visits.add(fact); // remembered last: "During her stay" after "A and B visited" is B's
            // (not a visit recalled as earlier, "He previously visited Mali from ...": "During his stay in Bamako"
            // after it is the visit the release reports)
            boolean recalled = v.tokenIs(cue.tokStart() - 1, "previously") || v.tokenIs(cue.tokStart() - 1, "earlier");
            for (FactDraft made : recalled ? List.<FactDraft>of() : visits) {
                v.events().remember("VISIT", made, null);
            }
        }
    }

    /**
     * "visits to Mexico, from 8 to 10 April, and to the Bolivarian Republic of Venezuela, from 19 to 21 June": each
     * stop its own dates, and an invitation only where it is said.
     */
    private static void ownDatesAndInvitation(SentenceView v, FactDraft fact, Mention stop, List<Mention> stops, int ce) {
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

    /**
     * "During her twelve-day mission, Lawlor travelled to Dushanbe, Khujand and Bokhtar": an undated stop is part of
     * the visit just reported to the same state, whose dates it takes (and later meetings "during" it).
     */
    private static void partOfTheVisitReported(SentenceView v, FactDraft fact, Mention visitor, Mention destination) {
        EventRecord ongoing = v.events().visitRecentlyReportedBy(visitor);
        EntityRef where = ongoing == null ? null : ongoing.fact().entity("destination");
        if (where != null && where.id().equals(destination.id()) && ongoing.fact().date() != null) {
            fact.date(ongoing.fact().date(), true);
        }
    }

    private static final Set<String> COUNTED_VISITORS = Set.of("holders", "rapporteurs", "experts", "procedures",
            "mechanisms");

    /**
     * "two mandate holders visited Viet Nam in the period under review: the Special Rapporteur on freedom of religion
     * or belief, from 21 to 31 July 2014, and the Independent Expert on foreign debt ..., in November 2017": visitors
     * counted before the verb and named after the colon, each with the dates that follow it. True when read.
     */
    static boolean visitorsListedAfterAColon(SentenceView v, List<FactDraft> out) {
        CueMatch cue = v.cues(CueKind.VISIT).stream().filter(c -> !RECEIVED.equals(c.value(CueKind.VISIT))).findFirst()
                .orElse(null);
        int colon = cue == null ? -1 : v.findWord(":", cue.tokEnd(), v.tokens.size());
        if (colon < 0) {
            return false;
        }
        boolean counted = false;
        for (int k = Math.max(0, cue.tokStart() - 4); k < cue.tokStart() - 1; k++) {
            // (or "the following": "Since 2015, the following mandate holders have visited Sri Lanka: A (...); B (...)")
            boolean count = v.token(k).isNumber() || v.kb.cardinal(v.token(k).norm()) != null || v.tokenIs(k, "following");
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
            if (date == null && until < v.tokens.size() && v.tokenIs(until - 1, "and") && until - 1 == visitor.tokEnd()) {
                // "A and B (both from 29 April to 7 May 2016); C (...)": the date of the item the two share
                int itemEnd = v.findWord(";", until, v.tokens.size());
                date = v.datesIn(until, itemEnd < 0 ? v.tokens.size() : itemEnd).stream().filter(d -> d.iso() != null)
                        .findFirst().orElse(null);
            }
            FactDraft fact = visitOf(visitor, destination);
            invitedByTheHost(v, fact, invited, destination.id()); // "At the invitation of the Government"
            fact.date(date == null ? null : date.iso(), false).subKind("HELD");
            out.add(fact);
            v.events().remember("VISIT", fact, null);
        }
        return true;
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
     * The visit the verb reports, of {@code visitor} to {@code destination}, the last of its places {@code place}: its
     * invitation, its purpose ("to assess ..."), its status and its date.
     */
    private static FactDraft visit(SentenceView v, CueMatch cue, int cs, int ce, Mention visitor, Mention destination,
                                   Mention place) {
        FactDraft fact = visitOf(visitor, destination);
        CueMatch invited = invitation(v, cue, cs, ce, visitor);
        if (invited != null) {
            invitedBy(v, fact, invited, destination);
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
        DaysOfTheStay.dateTheVisit(v, fact, cue, place, destination, ce);
        fact.status(status, "HELD");
        return fact;
    }

    /** The invitation the visit was made at: after the verb, else fronted ("At the invitation of X, Y visited Z"). */
    private static CueMatch invitation(SentenceView v, CueMatch cue, int cs, int ce, Mention visitor) {
        CueMatch invited = v.firstCue(CueKind.INVITED_BY, cue.tokEnd(), ce);
        if (invited == null) {
            invited = v.lastCue(CueKind.INVITED_BY, cs, cue.tokStart()); // "At the invitation of X, Y visited Z"
            if (invited != null && (invited.tokEnd() > visitor.tokStart()
                    || v.findWord("since", invited.tokEnd(), visitor.tokStart()) >= 0
                    || v.findWord("was", invited.tokEnd(), visitor.tokStart()) >= 0)) {
                invited = null; // not "The visit, ... at the invitation of the Government, was the first since X visited"
            }
        }
        return invited;
    }

    /** Who invited: named after "at the invitation of", else the host's government (its span kept). */
    private static void invitedBy(SentenceView v, FactDraft fact, CueMatch invited, Mention destination) {
        if ("OF".equals(invited.value(CueKind.INVITED_BY))) {
            Mention host = v.firstRight(invited.tokEnd(), invited.tokEnd() + 2, Roles.AGENT);
            if (host != null && host.id() != null) {
                fact.entity("invitedBy", host);
            } else { // "at the invitation of the Ministry of Foreign Affairs": the host's
                EntityRef ministry = bareNationalBody(v, invited.tokEnd(), destination.id());
                if (ministry != null) {
                    fact.fields.put("invitedBy", ministry);
                }
            }
        } else {
            invitedByTheHost(v, fact, invited, destination.id());
            fact.arguments.add(new ArgumentSpan("invitedBy", destination.id(),
                    new Span(invited.start(), invited.end())));
        }
    }

    /**
     * "the Ministry of Foreign Affairs" with no state named: that kind of body of {@code state} (org:CHN-MFA), where
     * the phrase at {@code tok} (after an optional "the") is one, else null. The state comes from the context: the
     * host of a visit.
     */
    static EntityRef bareNationalBody(SentenceView v, int tok, String state) {
        int at = v.tokenIs(tok, "the") ? tok + 1 : tok;
        if (state == null || at >= v.tokens.size() || !v.tokens.get(at).isWord()) {
            return null;
        }
        PhraseTrie.Match<EntityEntry> m = v.kb.entities().longestAt(v.tokens, at);
        if (m == null || m.value().kind() != EntityKind.BODY_NAME) {
            return null;
        }
        return new EntityRef("org:" + state + "-" + m.value().id(), v.text(tok, m.end()));
    }
}
