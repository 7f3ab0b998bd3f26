package io.rapporteur.extractor.rules.visit;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.rapporteur.extractor.rules.visit.VisitFacts.VISITOR;
import static io.rapporteur.extractor.rules.visit.VisitFacts.asState;
import static io.rapporteur.extractor.rules.visit.VisitFacts.visitOf;

/**
 * "Since 2017 the country has been visited by the Special Rapporteur on freedom of religion or belief (October 2017) and
 * the Special Rapporteur on the independence of judges and lawyers (September 2019)": a passive visit, its state the
 * subject, its visitors after "by", each on the date in brackets after it (else the clause's).
 */
final class PassiveVisits {

    /** The longest mandate's title between "by" (or "and") and the visitor's mention. */
    private static final int VISITOR_REACH = 3;

    /** The longest bracket of dates after a visitor: "(20 September-1 October 2022)". */
    private static final int MAX_BRACKET = 12;

    private PassiveVisits() {
    }

    /** Reads the verb's passive visits; whether the verb was such a passive. */
    static boolean read(SentenceView v, CueMatch cue, List<FactDraft> out) {
        int aux = cue.tokStart() - 1;
        if (!v.tokenIs(cue.tokEnd() - 1, "visited") || !v.tokenIs(cue.tokEnd(), "by")
                || !(v.tokenIs(aux, "was") || v.tokenIs(aux, "were") || v.tokenIs(aux, "been"))) {
            return false;
        }
        int cs = v.clauseStart(cue.tokStart());
        int ce = v.clauseEnd(cue.tokEnd());
        Mention subject = v.nearestLeft(aux, m -> (m.kind() == MentionKind.STATE || m.kind() == MentionKind.CITY)
                && m.id() != null && m.tokStart() >= cs);
        if (subject == null) {
            return true; // "a prison that was visited by the Working Group": no state's visit told here
        }
        Mention destination = asState(subject);
        List<Mention> visitors = new ArrayList<>();
        List<DateMention> own = new ArrayList<>();
        int at = cue.tokEnd() + 1;
        while (at < ce) {
            final int from = at;
            Mention visitor = v.firstRight(from, Math.min(ce, from + VISITOR_REACH), m -> VISITOR.test(m) && m.id() != null);
            if (visitor == null) {
                // "by the Special Rapporteur on torture, Manfred Nowak, from ...": the holder named after the office
                visitor = v.firstRight(from, Math.min(ce, from + WhoVisited.MAX_TITLE_TOKENS), m -> m.kind() == MentionKind.PERSON
                        && m.id() != null && m.affiliation() != null && v.tokenIs(m.tokStart() - 1, ","));
            }
            if (visitor == null) {
                break;
            }
            int next = visitor.tokEnd();
            DateMention bracketed = null;
            if (v.tokenIs(next, "(")) { // "... (October 2017)"
                int close = v.findWord(")", next, Math.min(ce, next + MAX_BRACKET));
                bracketed = close < 0 ? null : v.datesIn(next, close).stream().filter(d -> d.iso() != null)
                        .findFirst().orElse(null);
                next = close < 0 ? next : close + 1;
            } else {
                // "..., Manfred Nowak, from 5 to 13 May 2009, and by ...", "..., Gay McDougall, in July 2010"
                bracketed = VisitFacts.ownDateAt(v, next, ce);
                next = bracketed == null ? next : v.tokenAt(bracketed.end() - 1) + 1;
            }
            visitors.add(v.resolved(visitor, Set.of()));
            own.add(bracketed);
            next = v.tokenIs(next, ",") && v.tokenIs(next + 1, "and") ? next + 2
                    : v.tokenIs(next, "and") || v.tokenIs(next, ",") ? next + 1 : ce;
            at = v.tokenIs(next, "by") ? next + 1 : next; // "..., and by the Independent Expert ..."
        }
        DateMention told = v.datesIn(cs, ce).stream().filter(d -> d.iso() != null && !own.contains(d))
                .findFirst().orElse(null);
        for (int i = 0; i < visitors.size(); i++) {
            Mention visitor = visitors.get(i);
            if (visitor == null || visitor.id() == null || visitor.id().equals(destination.id())) {
                continue;
            }
            DateMention date = own.get(i) != null ? own.get(i) : told;
            out.add(visitOf(visitor, destination).date(date == null ? null : date.iso(), false).status(null, "HELD"));
        }
        return true;
    }
}
