package io.rapporteur.extractor.rules.visit;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.rapporteur.extractor.rules.visit.VisitFacts.VISITOR;
import static io.rapporteur.extractor.rules.visit.VisitFacts.visitOf;

/**
 * The same visit again: on another date ("and again in September 2004", "following those undertaken in October 1991
 * ..."), or by further visitors with the verb left out ("A visited China in 2005, B in 2010").
 */
final class RepeatedVisits {

    /** The most tokens from "visit" to the "by" of its visitor: "The visit is the fourth by". */
    private static final int MAX_VISIT_TO_BY = 5;

    private RepeatedVisits() {
    }

    /**
     * The visit again, on another date: its fields, spans, status and kind, but not its confidence. Not
     * {@link FactDraft#copy()}, which keeps the confidence: the repeat is told with a date of its own, so it starts
     * afresh instead of taking what the first visit lost (an inferred visitor, an inherited date, a host's view or a
     * noun's 0.1), and copying it would change the confidences written.
     */
    static FactDraft sameVisitOn(FactDraft visit, String iso) {
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
    static List<FactDraft> gappedVisits(SentenceView v, FactDraft first, int ce) {
        String firstDate = first.date();
        DateMention written = firstDate == null ? null
                : v.datesIn(0, ce).stream().filter(d -> firstDate.equals(d.iso())).findFirst().orElse(null);
        if (written == null) {
            return List.of();
        }
        List<FactDraft> out = new ArrayList<>();
        int k = v.tokenAt(written.end() - 1) + 1;
        while (k < ce) {
            k = v.tokenIs(k, ")") ? k + 1 : k; // past a date in brackets: "the Working Group (9 to 18 November 2015), ..."
            int at = k;
            while (at < ce && (v.tokenIs(at, ",") || v.tokenIs(at, "and") || v.tokenIs(at, "by"))) {
                at++;
            }
            final int visitorAt = at;
            Mention visitor = at == k ? null : v.mentions.stream().filter(m -> VISITOR.test(m) && m.id() != null
                    && (m.tokStart() == visitorAt || m.tokStart() == visitorAt + 1 && v.tokenIs(visitorAt, "the")))
                    .findFirst().orElse(null);
            if (visitor == null && at > k && v.tokenIs(at, "the")) {
                // "..., and the Special Rapporteur on the right to food, Mr. A, from 23 to 31 August": the holder named
                // after the office written out, which the name takes in
                visitor = v.firstRight(at, Math.min(ce, at + ReceivedVisits.MAX_OFFICE_BEFORE_HOLDER),
                        m -> m.kind() == MentionKind.PERSON && m.id() != null && v.tokenIs(m.tokStart() - 1, ",")
                                && v.holdsAnOffice(m) && v.mentionsIn(visitorAt, m.tokStart(), any -> true).isEmpty());
            }
            if (visitor == null) {
                break;
            }
            DateMention own = VisitFacts.ownDateAfter(v, visitor, ce);
            if (own == null) {
                break;
            }
            visitor = v.resolved(visitor, Set.of());
            out.add(sameVisitOn(first, own.iso()).entity("visitor", visitor));
            k = v.tokenAt(own.end() - 1) + 1;
        }
        return out;
    }

    /**
     * "has carried out five official missions to Cambodia, in September 2015, March 2016, October 2016, August 2017 and
     * May 2018", "visited Cambodia in 2005 and 2010": the dates listed after the visit's own, one visit on each.
     */
    static List<DateMention> datesListedAfter(SentenceView v, FactDraft visit, int ce) {
        String first = visit.date();
        DateMention own = first == null ? null : v.datesIn(0, ce).stream()
                .filter(d -> first.equals(d.iso()) && d.to() == null).findFirst().orElse(null);
        List<DateMention> listed = new ArrayList<>();
        int k = own == null ? ce : v.tokenAt(own.end() - 1) + 1;
        while (k < ce && (v.tokenIs(k, ",") || v.tokenIs(k, "and"))) {
            int at = v.pastListJoint(k);
            at = v.tokenIs(at, "in") ? at + 1 : at;
            final int dateAt = at;
            DateMention next = v.datesIn(dateAt, ce).stream().filter(d -> v.tokenAt(d.start()) == dateAt
                    && d.to() == null && d.iso() != null).findFirst().orElse(null);
            if (next == null) {
                break;
            }
            listed.add(next);
            k = v.tokenAt(next.end() - 1) + 1;
        }
        return listed;
    }

    /** The date after "and again (in|on)", or null. */
    static DateMention dateAgain(SentenceView v, int from, int ce) {
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

    /**
     * "This is the fourth visit of the Working Group to the country, following those undertaken in October 1991,
     * October 1992 and October 1999", "... following the missions it undertook in 1985 and 1986": one earlier visit of
     * the same visitor to the same state on each date listed.
     */
    static boolean earlierVisitsListed(SentenceView v, List<FactDraft> out) {
        int those = v.findWord("those", 0, v.tokens.size());
        if (those < 0) { // "following the missions it undertook in 1985 and 1986"
            int missions = Math.max(v.findWord("missions", 0, v.tokens.size()), v.findWord("visits", 0, v.tokens.size()));
            those = missions > 0 && v.tokenIs(missions - 1, "the") ? missions - 1 : -1;
        }
        if (those < 0 || !(v.tokenIs(those - 1, "following") || v.tokenIs(those - 1, "after"))) {
            return false;
        }
        int in = v.findWord("in", those + 1, Math.min(v.tokens.size(), those + 5));
        int visit = v.findWord("visit", 0, those);
        // "the fourth visit of the Working Group", "The visit is the fourth by the Working Group"
        int of = visit < 0 ? -1 : v.tokenIs(visit + 1, "of") ? visit + 1
                : v.findWord("by", visit + 1, Math.min(those, visit + MAX_VISIT_TO_BY));
        if (in < 0 || of < 0) {
            return false;
        }
        Mention visitor = v.firstRight(of + 1, Math.min(those, of + 3), m -> VISITOR.test(m)
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
            FactDraft fact = visitOf(visitor, destination);
            fact.date(d.iso(), false).status(null, "HELD");
            out.add(fact);
        }
        return true;
    }

}
