package io.rapporteur.extractor.rules.visit;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;

import static io.rapporteur.extractor.rules.visit.VisitFacts.asState;

/** Where a visit went when its object is not simply a state or city: a body where it sits, a peer institution's state, several stops. */
final class WhereVisited {

    private WhereVisited() {
    }

    /**
     * The place visited right after the verb, else where the body visited sits ({@link #placeOfBodyVisited}). Null
     * when there is none.
     */
    static Mention placeAfter(SentenceView v, CueMatch cue, int ce) {
        // not "visited the Myanmar National Human Rights Commission": a state's name inside an institution's
        // nor "sent a delegation to the Durban Review Conference": a city's name inside an event's
        Mention place = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + 3), m -> Roles.DESTINATION.test(m)
                && !(m.kind() == MentionKind.STATE && v.token(m.tokEnd()) != null && v.token(m.tokEnd()).isWord()
                && v.token(m.tokEnd()).isCapitalised())
                && !(m.kind() == MentionKind.CITY && v.token(m.tokEnd()) != null && v.token(m.tokEnd()).isCapitalised()
                && v.firstCue(CueKind.EXCHANGE_NOUN, m.tokEnd(), Math.min(ce, m.tokEnd() + 4)) != null));
        return place != null ? place : placeOfBodyVisited(v, cue, ce);
    }

    /** The most tokens before the body a visit's object names: "the headquarters of the African Union". */
    private static final int MAX_BODY_OFFSET = 6;

    /**
     * "visits the headquarters of the African Union in Addis Ababa", "visited the Council of Europe in Strasbourg": a
     * body visited where it sits, the city (or state) after its name.
     */
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
        return seatOfBody(v, cue.tokEnd(), ce);
    }

    /**
     * The place written after the name of a body visited, where it sits: "(to) the Council of Europe in Strasbourg,
     * France". Null when no body with its place follows {@code from} closely.
     */
    static Mention seatOfBody(SentenceView v, int from, int ce) {
        Mention body = v.firstRight(from, Math.min(ce, from + MAX_BODY_OFFSET),
                m -> m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY);
        if (body == null || !v.tokenIs(body.tokEnd(), "in")) {
            return null;
        }
        return v.firstRight(body.tokEnd() + 1, Math.min(ce, body.tokEnd() + 3), Roles.DESTINATION);
    }

    /**
     * "the Commission undertook a study visit to the Commission on Human Rights and Administrative Justice of Ghana":
     * one state's institution visiting another's goes to that institution's state.
     */
    static Mention peerInstitutionVisited(SentenceView v, CueMatch cue, int ce, Mention visitor) {
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

    /**
     * "visits to Mexico, from 8 to 10 April, and to the Bolivarian Republic of Venezuela, from 19 to 21 June": the
     * destinations of one verb, each with its own dates; the first alone when there is no second.
     */
    static List<Mention> datedStops(SentenceView v, Mention first, int ce) {
        // (the first may be a group itself: "visited Brazil and Argentina in May and Belgium in October")
        List<Mention> firstGroup = v.coordinatedRight(first, Roles.DESTINATION);
        List<Mention> out = new ArrayList<>(firstGroup.stream().map(VisitFacts::asState).toList());
        Mention current = firstGroup.get(firstGroup.size() - 1);
        while (true) {
            int and = v.findWord("and", current.tokEnd(), ce);
            if (and < 0 || v.datesIn(current.tokEnd(), and).isEmpty()) {
                return out.size() > firstGroup.size() ? out : List.of(first);
            }
            // ", and to B in ...", also "visited A in August 2018, and B and C in March 2019": each group its date
            int to = v.tokenIs(and + 1, "to") ? and + 2 : and + 1;
            Mention next = v.firstRight(to, Math.min(ce, to + 2), Roles.DESTINATION);
            if (next == null || to == and + 1 && next.tokStart() != and + 1 && !v.tokenIs(and + 1, "the")) {
                return out.size() > firstGroup.size() ? out : List.of(first);
            }
            List<Mention> group = v.coordinatedRight(next, Roles.DESTINATION);
            if (to == and + 1 && v.datesIn(group.get(group.size() - 1).tokEnd(), ce).isEmpty()) {
                // (a bare "and B" with no date of its own is still the first group's)
                return out.size() > firstGroup.size() ? out : List.of(first);
            }
            for (Mention m : group) {
                out.add(asState(m));
            }
            current = group.get(group.size() - 1);
        }
    }

}
