package io.rapporteur.extractor.rules.visit;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import static io.rapporteur.extractor.rules.visit.VisitFacts.VISITOR;
import static io.rapporteur.extractor.rules.visit.VisitFacts.asState;
import static io.rapporteur.extractor.rules.visit.VisitFacts.invitedByTheHost;
import static io.rapporteur.extractor.rules.visit.VisitFacts.visitOf;

/**
 * Visits named as a noun rather than by a verb: "the visit of X to Y", "a visit to Y by X", "the visits of A and of B",
 * "the visit that X paid to Y", "undertook the visit from ... to ...".
 */
final class NominalVisits {

    private NominalVisits() {
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
    static void undertakenVisit(SentenceView v, List<FactDraft> out) {
        for (int i = 2; i < v.tokens.size(); i++) {
            // one modifier may stand before the noun: "its country visit", "a follow-up visit"
            int det = i - 1;
            // (or its count: "his second mission", "its first visit")
            if (det > 1 && !VISIT_DETERMINERS.contains(v.token(det).norm())
                    && (v.kb.words("visit-determiners").contains(v.token(det).norm()) || v.ordinals().endingAt(det) != null)) {
                det = v.ordinals().endingAt(det) != null ? v.ordinals().endingAt(det)[1] - 1 : det - 1;
            } else if (det > 3 && v.tokenIs(det, "up") && v.tokenIs(det - 1, "-") && v.tokenIs(det - 2, "follow")) {
                det -= 3; // "a follow-up visit"
            }
            if (!(v.tokenIs(i, "visit") || v.tokenIs(i, "mission")) || !VISIT_DETERMINERS.contains(v.token(det).norm())
                    || !UNDERTAKING_VERBS.contains(v.token(det - 1).norm()) || v.tokenIs(i + 1, "to")
                    || v.tokenIs(det - 1, "out") && !v.tokenIs(det - 2, "carried") && !v.tokenIs(det - 2, "carries")) {
                continue;
            }
            int verb = v.tokenIs(det - 1, "out") ? det - 2 : det - 1;
            int ce = v.clauseEnd(i);
            final int noun = i;
            DateMention span = v.datesIn(i + 1, v.tokens.size()).stream()
                    .filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
            if (span == null && v.timelineDash() >= 0 && v.timelineDash() < verb) {
                // a chronology's entry: "22-31 March: The Special Representative ... carries out his second mission"
                span = v.datesIn(0, v.timelineDash()).stream().filter(d -> d.to() != null && d.iso() != null)
                        .findFirst().orElse(null);
            }
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
            FactDraft fact = visitOf(visitor, destination);
            CueMatch invited = v.firstCue(CueKind.INVITED_BY, noun, v.tokens.size());
            invitedByTheHost(v, fact, invited, destination.id()); // "at the invitation of the Government"
            fact.date(span.iso(), false).subKind("HELD");
            out.add(fact);
            v.events().remember("VISIT", fact, null);
            return;
        }
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

    /**
     * "the visits to the State party of the Special Rapporteur on A and of the Special Rapporteur on B, in December 2012
     * and May 2016, respectively": one visit of each, with its date where "respectively" pairs them. Returns whether
     * the sentence named such visits.
     */
    static boolean pluralVisits(SentenceView v, List<FactDraft> out) {
        for (int i = 1; i + 3 < v.tokens.size(); i++) {
            if (!v.tokenIs(i, "visits") || !(v.tokenIs(i - 1, "the") || v.tokenIs(i - 1, "previous")
                    || v.tokenIs(i - 1, "earlier") || v.tokenIs(i - 1, "past"))) {
                continue;
            }
            int clauseEnd = v.clauseEnd(i);
            int k = i + 1;
            Mention destination = null;
            if (v.tokenIs(k, "to")) {
                destination = v.firstRight(k + 1, Math.min(clauseEnd, k + 4), m -> Roles.DESTINATION.test(m)
                        || m.kind() == MentionKind.STATE);
                k = destination == null ? k : destination.tokEnd();
            }
            // "Previous visits include those of A, in June 2004, of B, in December 2012, and of C, in October 2016"
            boolean those = (v.tokenIs(k, "include") || v.tokenIs(k, "included") || v.tokenIs(k, "were"))
                    && v.tokenIs(k + 1, "those");
            if (those) {
                k += 2;
            }
            // (the list's commas set off holders and dates, not clauses)
            final int ce = those ? v.tokens.size() : clauseEnd;
            if (!v.tokenIs(k, "of")) {
                continue;
            }
            List<Mention> visitors = new ArrayList<>();
            List<DateMention> ownDates = new ArrayList<>();
            int at = k;
            while (at >= 0 && v.tokenIs(at, "of")) {
                // (a holder named after the mandate's title: "of the Special Rapporteur on adequate housing, Miloon Kothari")
                Mention visitor = v.firstRight(at + 1, Math.min(ce, at + (those ? MAX_MANDATE_TOKENS : 3)), VISITOR);
                if (visitor == null) {
                    break;
                }
                int next = visitor.tokEnd();
                Mention holder = v.tokenIs(next, ",") ? v.firstRight(next + 1, next + 2,
                        m -> m.kind() == MentionKind.PERSON && m.id() != null) : null;
                if (holder != null && holder.tokStart() == next + 1) {
                    visitor = holder;
                    next = holder.tokEnd();
                }
                if (visitor.id() == null) {
                    break;
                }
                // its own date right after it: "of A in October 2017 and of B in September 2019", "of A, in June 2004,"
                DateMention own = VisitFacts.ownDateAt(v, next, ce);
                ownDates.add(own);
                if (own != null) {
                    next = v.tokenAt(own.end() - 1) + 1;
                    next = v.tokenIs(next, ",") ? next + 1 : next;
                }
                visitors.add(visitor);
                at = v.tokenIs(next, "and") && v.tokenIs(next + 1, "of") ? next + 1 : those && v.tokenIs(next, "of") ? next : -1;
            }
            // (one holder is enough where "include those of" gives each a date of its own)
            boolean eachDated = !visitors.isEmpty() && ownDates.stream().allMatch(d -> d != null);
            if (visitors.size() < 2 && !(those && eachDated)) {
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
                // (dates paired "respectively" first: the last one's "own" date is the first of that list)
                DateMention date = paired ? dates.get(n) : ownDates.get(n) != null ? ownDates.get(n)
                        : dates.size() == 1 ? dates.get(0) : null;
                FactDraft fact = visitOf(visitors.get(n), destination);
                fact.date(date == null ? null : date.iso(), false).status(null, "HELD");
                out.add(fact);
            }
            return true;
        }
        return false;
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
            int paid = v.findWord("paid", i + 2, Math.min(v.tokens.size(), i + 2 + WhoVisited.MAX_TITLE_TOKENS));
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
            FactDraft fact = visitOf(visitor, destination);
            fact.date(date == null ? null : date.iso(), false).status(null, "HELD");
            out.add(fact);
            return true;
        }
        return false;
    }

    /**
     * "The visit of the Special Rapporteur on ... to Thailand, scheduled for October, has been postponed", "during the
     * official visit by Ms. X to Greece in June", "The visit to China by the High Commissioner": a visit named as a
     * noun, with its visitor and destination. Returns whether the sentence named one.
     */
    static boolean nominalVisits(SentenceView v, List<FactDraft> out) {
        boolean found = visitThatWasPaid(v, out) | RepeatedVisits.earlierVisitsListed(v, out);
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
                final int placeAt = i + 2;
                Mention city = destination != null ? null : v.firstRight(placeAt, Math.min(ce, placeAt + 1),
                        m -> m.kind() == MentionKind.CITY && m.country() != null && m.tokStart() == placeAt);
                final int cityEnd = city == null ? -1 : city.tokEnd();
                if (city != null && (v.tokenIs(pastDates(v, cityEnd), "by") || v.tokenIs(cityEnd, "of"))) {
                    destination = city.withId(city.country(), MentionKind.STATE); // "During a visit to Beijing ... by A"
                }
                // "the visit to China by the High Commissioner", a timeline's "Official visit to Uzbekistan of the ...",
                // "a five-day visit to Sudan from 8 to 12 September by Deputy High Commissioner ... Kate Gilmore"
                int byAt = destination == null ? -1 : pastDates(v, destination.tokEnd());
                boolean byOf = destination != null && (v.tokenIs(byAt, "by") || v.tokenIs(destination.tokEnd(), "of"));
                visitor = !byOf ? null : v.firstRight(byAt + 1, Math.min(v.tokens.size(), byAt + 3), VISITOR);
                if (visitor == null && byOf) {
                    // "by Deputy High Commissioner ... Kate Gilmore", "of the UN High Commissioner ..., Zeid Al Hussein"
                    visitor = v.firstRight(byAt + 1, Math.min(v.tokens.size(), byAt + WhoVisited.MAX_TITLE_TOKENS),
                            m -> m.kind() == MentionKind.PERSON && m.id() != null);
                }
                if (visitor == null && destination != null && !v.tokenIs(destination.tokEnd(), "by")) {
                    // "The Working Group also called off a planned visit to Azerbaijan": the subject of the status verb
                    int det = v.tokenIs(i - 2, "a") || v.tokenIs(i - 2, "the") || v.tokenIs(i - 2, "its") ? i - 2 : i - 1;
                    CueMatch verb = statusVerb(v, end -> end == det, true);
                    visitor = verb == null ? null : v.nearestLeft(verb.tokStart(), m -> VISITOR.test(m) && !v.isObject(m));
                    governing = verb == null ? null : SentenceView.statusOf(verb);
                }
                int possessive = PossessiveVisits.possessiveBefore(v, i);
                if (visitor == null && destination != null && possessive > 0
                        && !v.datesIn(destination.tokEnd(), ce).isEmpty()) {
                    // "the recommendations made by the Special Rapporteur on torture following his visit to the country
                    // in December 2011": the holder the pronoun stands for
                    visitor = v.nearestLeft(i - 1, m -> VISITOR.test(m) && m.kind() != MentionKind.STATE && !v.isObject(m));
                    // "A has postponed her official visit to Côte d'Ivoire, which had been scheduled for ...": called off
                    CueMatch verb = statusVerb(v, end -> end == possessive, false);
                    governing = verb == null ? null : SentenceView.statusOf(verb);
                }
                if (visitor == null && destination != null && v.tokenIs(destination.tokEnd(), "by")) {
                    // "a visit to Bangladesh by the UN Special Rapporteur on freedom of religion or belief, Ahmed
                    // Shaheed,": the holder named after the office's title
                    visitor = v.firstRight(destination.tokEnd() + 1, Math.min(ce, destination.tokEnd() + WhoVisited.MAX_TITLE_TOKENS),
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
                if (destination == null && to >= 0 && v.tokenIs(to, "to")) {
                    // "Study visit of the AICHR to the Council of Europe in Strasbourg, France": where the body sits
                    destination = WhereVisited.seatOfBody(v, to + 1, ce);
                }
                if (destination != null) { // "the visit of X to Tashkent": to Uzbekistan
                    destination = asState(destination);
                }
                if (destination == null && visitor != null) {
                    // "Burundi has cancelled a visit by the Special Rapporteur ...": the state that calls it off hosts it
                    CueMatch verb = statusVerb(v, end -> end == nounAt - 1 || end == nounAt - 2, false);
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
            // (nor "the first visit by the Working Group to Central Asia": a region, not the document's state)
            if (destination == null && !v.tokenIs(i + 1, "to") && !toAPlace(v, visitor.tokEnd())) {
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
            // "During a visit to Beijing in February by A, the two sides agreed to hold ...": a visit made, whatever
            // the main clause then plans
            boolean during = v.tokenIs(i - 2, "during") || v.tokenIs(i - 3, "during");
            String status = governing; // called off wins over planned: "scheduled for October, has been postponed"
            int dash = v.timelineDash();
            if (status == null && dash > 2 && v.tokenIs(dash - 1, ")")
                    && SentenceView.ENTRY_STATUS_WORDS.contains(v.token(dash - 2).norm())) {
                status = "PLANNED"; // "June 2019 (scheduled): Visit of the Special Rapporteur on ..."
            }
            for (CueMatch c : v.cues) {
                String value = SentenceView.statusOf(c);
                if (!during && c.tokStart() > destination.tokEnd() && c.tokStart() < ce && value != null && !"HELD".equals(value)
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
                FactDraft fact = visitOf(each, destination);
                fact.date(date == null ? null : date.iso(), false).status(status, "HELD");
                fact.confidence -= 0.1;
                out.add(fact);
                if (visitors.size() == 1) {
                    out.addAll(RepeatedVisits.gappedVisits(v, fact, v.tokens.size()));
                }
                if (status == null && fact.date() != null && fact.date().length() >= 10) { // "During her mission, ..."
                    v.events().remember("VISIT", fact, null);
                }
            }
            found = true;
        }
        return found;
    }

    /**
     * The first verb ending where {@code endsAt} accepts that gives the visit its status, a held one aside, and a
     * planned one unless {@code plannedToo}: "called off a planned visit", "has postponed her official visit".
     */
    private static CueMatch statusVerb(SentenceView v, IntPredicate endsAt, boolean plannedToo) {
        return v.cues.stream().filter(c -> endsAt.test(c.tokEnd()) && SentenceView.statusOf(c) != null
                && !"HELD".equals(SentenceView.statusOf(c)) && (plannedToo || !"PLANNED".equals(SentenceView.statusOf(c))))
                .findFirst().orElse(null);
    }

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

    /** "to Central Asia", "to the Council of Europe": a place the visit went to (not "to assess ..."), at {@code to}. */
    private static boolean toAPlace(SentenceView v, int to) {
        return v.tokenIs(to, "to") && v.token(to + 1) != null
                && (v.tokenIs(to + 1, "the") || v.token(to + 1).isCapitalised());
    }
}
