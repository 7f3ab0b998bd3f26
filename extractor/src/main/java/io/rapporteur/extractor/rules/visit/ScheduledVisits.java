package io.rapporteur.extractor.rules.visit;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Words that make a visit one still to come: "its next visit", "the forthcoming mission". */
    private static final Set<String> TO_COME = Set.of("next", "upcoming", "forthcoming");

    /**
     * "Its next visits, to Kazakhstan and Brazil, are scheduled for October and November, respectively", "The Working
     * Group's next visit, to Peru, is planned for May 2024": visits of the one whose visit the text reported (its, his,
     * her, their), or of the one named before "'s", planned for the dates after the word that sets them, paired by
     * "respectively" where there are as many as places.
     */
    static void nextVisitsScheduled(SentenceView v, List<FactDraft> out) {
        for (int noun = 2; noun + 3 < v.tokens.size(); noun++) {
            boolean plural = v.tokenIs(noun, "visits") || v.tokenIs(noun, "missions");
            if (!(plural || v.tokenIs(noun, "visit") || v.tokenIs(noun, "mission")) || !TO_COME.contains(v.token(noun - 1).norm())) {
                continue;
            }
            int to = v.tokenIs(noun + 1, ",") ? noun + 2 : noun + 1;
            int ce = v.clauseEnd(noun);
            Mention first = v.tokenIs(to, "to") ? v.firstRight(to + 1, Math.min(ce, to + 3), Roles.DESTINATION) : null;
            Mention visitor = ownerOf(v, noun - 2);
            if (first == null || first.id() == null || visitor == null || visitor.id() == null) {
                continue;
            }
            List<Mention> places = v.coordinatedRight(first, Roles.DESTINATION);
            int setFor = -1;
            for (int k = places.get(places.size() - 1).tokEnd(); k < ce && setFor < 0; k++) {
                setFor = SET_FOR.contains(v.token(k).norm()) ? k : -1;
            }
            List<DateMention> dates = setFor < 0 ? List.of()
                    : v.datesIn(setFor, ce).stream().filter(d -> d.iso() != null).toList();
            boolean respectively = places.size() > 1 && dates.size() == places.size()
                    && v.findWord("respectively", setFor, ce) >= 0;
            if (dates.isEmpty() || places.size() > 1 && !respectively && dates.size() > 1) {
                continue;
            }
            for (int i = 0; i < places.size(); i++) {
                Mention host = asState(places.get(i));
                if (host.id() == null || host.id().equals(visitor.id())) {
                    continue;
                }
                out.add(visitOf(visitor, host).date(dates.get(respectively ? i : 0).iso(), false)
                        .status("PLANNED", "PLANNED"));
            }
        }
    }

    /**
     * Whose visit the words ending at {@code end} name: the one before "'s" ("The Subcommittee on Prevention of
     * Torture's"), else the visitor of the visit the text reported last, for "its", "his", "her", "their" or for its
     * head word before "'s" ("The Working Group's"); else null.
     */
    private static Mention ownerOf(SentenceView v, int end) {
        boolean genitive = v.tokenIs(end, "s") && v.apostropheAt(end - 1);
        Mention named = !genitive ? null
                : v.nearestLeft(end - 1, m -> VISITOR.test(m) && m.tokEnd() == end - 1 && m.id() != null);
        if (named != null) {
            return named;
        }
        EventRecord visit = v.discourse.lastEvent("VISIT");
        EntityRef visitor = visit == null ? null : visit.fact().entity("visitor");
        int at = genitive ? end - 2 : end; // the possessive, or the head word before "'s"
        Token word = v.token(at);
        boolean refers = genitive ? visitor != null && visitor.text() != null
                && visitor.text().toLowerCase(Locale.ROOT).contains(word.norm())
                : PossessiveVisits.POSSESSIVES.contains(word.norm());
        if (!refers || visitor == null || visitor.id() == null) {
            return null;
        }
        MentionKind kind = visitor.id().startsWith("person:") ? MentionKind.PERSON : MentionKind.ORG;
        return new Mention(kind, visitor.id(), at, at + 1, word.start(), word.end(), word.text(), null, null, true);
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
