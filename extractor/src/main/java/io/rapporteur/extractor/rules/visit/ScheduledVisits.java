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

/** Visits to come, set for a date: "..., whose visit has been scheduled for March 2018". */
final class ScheduledVisits {

    private ScheduledVisits() {
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
    static void whoseVisitIsScheduled(SentenceView v, List<FactDraft> out) {
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
                FactDraft fact = visitOf(visitor, host);
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
