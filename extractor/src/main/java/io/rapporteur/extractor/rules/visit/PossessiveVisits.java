package io.rapporteur.extractor.rules.visit;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.rapporteur.extractor.rules.visit.VisitFacts.VISITOR;
import static io.rapporteur.extractor.rules.visit.VisitFacts.asState;
import static io.rapporteur.extractor.rules.visit.VisitFacts.visitOf;

/** Visits named by whose they are: "Macron's state visit to China", "the report on his visit to Ghana". */
final class PossessiveVisits {

    private PossessiveVisits() {
    }

    static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");

    /**
     * Where a possessive stands before the visit noun at {@code noun}, right before it or before one modifier (else -1): "his
     * visit", "her official visit", "its country visit" (a body's: "The Working Group said its visit to Peru, scheduled
     * for November, had been postponed").
     */
    static int possessiveBefore(SentenceView v, int noun) {
        int det = noun - 1;
        if (!POSSESSIVES.contains(v.token(det).norm()) && det > 0 && v.kb.words("visit-determiners").contains(v.token(det).norm())) {
            det--;
        }
        return POSSESSIVES.contains(v.token(det).norm()) ? det : -1;
    }

    /**
     * "During French President Emmanuel Macron's state visit to China in January 2018": a person's visit named with
     * the possessive, its destination after "to".
     */
    static void possessiveVisits(SentenceView v, List<FactDraft> out) {
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
            FactDraft fact = visitOf(visitor, destination);
            fact.date(date == null ? null : date.iso(), false);
            fact.confidence -= 0.1;
            out.add(fact);
        }
    }

    /**
     * A report on visits made: "presented the reports on its visits to Botswana (18 to 29 September 2023) and Bhutan
     * (4 to 15 December 2023)", "the report on his visit to Ghana, carried out from 1 to 10 April 2024": each state
     * visited by the presenter, on its own dates (every stop must have them).
     */
    static void reportedVisits(SentenceView v, List<FactDraft> out) {
        for (int i = 2; i + 2 < v.tokens.size(); i++) {
            if (!(v.tokenIs(i, "visit") || v.tokenIs(i, "visits")) || !v.tokenIs(i + 1, "to")) {
                continue;
            }
            int det = possessiveBefore(v, i);
            if (det < 0 || v.findWord("report", Math.max(0, det - 4), det) < 0
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
            Mention holder = visitor == null ? null : WhoVisited.appositiveHolder(v, visitor, det);
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
                FactDraft fact = visitOf(visitor, stops.get(n));
                fact.date(days.get(n).iso(), false).subKind("HELD");
                out.add(fact);
            }
            return;
        }
    }

    /** The most tokens from a visited state to its own dates: ", carried out from 1 to 10 April 2024". */
    private static final int MAX_STOP_DATE = 12;

}
