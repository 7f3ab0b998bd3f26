package io.rapporteur.extractor.rules.membership;

import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * The special procedures mandate a person is appointed to, "A (Sweden) as Special Rapporteur on ...", which
 * annotators record as a membership of the mandate held by its appointee, with its title as the role.
 */
final class Mandates {

    private Mandates() {
    }

    /** "the UN Special Rapporteur on the right to education": its title, "Special Rapporteur". */
    static String titleOfMandate(Mention mandate) {
        return mandate.text().replaceFirst("^(?:the |UN |United Nations )+", "").split(" (on|in|for|of) ")[0];
    }

    /** "A (Sweden) as Special Rapporteur on ...", "B (Ukraine) as member of the Working Group on ...": that mandate. */
    static Mention mandateAfter(SentenceView v, Mention person) {
        int k = person.tokEnd();
        if (v.tokenIs(k, "(")) {
            int close = v.findWord(")", k, Math.min(v.tokens.size(), k + 8));
            k = close < 0 ? k : close + 1;
        }
        Mention of = v.tokenIs(k, "of") ? v.firstRight(k + 1, k + 2, m -> m.kind() == MentionKind.STATE) : null;
        if (of != null) {
            k = of.tokEnd(); // "A of Australia as ..."
        }
        if (v.tokenIs(k, ",")) { // "A (Australia), as Special Rapporteur on ..."
            k++;
        }
        if (!v.tokenIs(k, "as")) {
            return null;
        }
        Mention m = v.firstRight(k + 1, Math.min(v.tokens.size(), k + 5), any -> any.id() != null || any.affiliation() != null);
        String id = bodyMeant(m);
        if (id == null || !(KnowledgeBase.isMandate(id) || id.startsWith("org:WG"))) {
            return null;
        }
        return asBody(m, id);
    }

    /**
     * The special procedures mandate a person is appointed to, after "as" past the appointee ("the Council appointed A
     * of Benin as Special Rapporteur on ..."). Null when the appointment is to no such mandate.
     */
    static Mention mandateAppointedTo(SentenceView v, CueMatch cue, List<Mention> members, int ce) {
        if (members.isEmpty() || members.stream().anyMatch(m -> m.kind() != MentionKind.PERSON)) {
            return null;
        }
        int k = members.get(members.size() - 1).tokEnd();
        if (v.tokenIs(k, "of") && v.firstRight(k + 1, k + 2, m -> m.kind() == MentionKind.STATE) != null) {
            k += 2; // "Vitit Muntarbhorn of Thailand as ..."
        }
        if (v.tokenIs(k, ",")) {
            k++;
        }
        if (!v.tokenIs(k, "as") && v.tokenIs(k, "of")) {
            k = pastAnAffiliation(v, k, ce); // "Vitit Muntarbhorn of Chulalongkorn University as ..."
        }
        if (!v.tokenIs(k, "as")) {
            return null;
        }
        Mention m = v.firstRight(k + 1, Math.min(ce, k + 4), any -> true); // (past "the first")
        String id = bodyMeant(m);
        return KnowledgeBase.isMandate(id) && v.kb.isOffice(id) ? asBody(m, id) : null;
    }

    /** The most tokens of an appointee's affiliation: "of the University of the Philippines". */
    private static final int MAX_AFFILIATION = 8;

    /**
     * The token after an affiliation written with "of" and capitalised words ("of Chulalongkorn University"), where
     * "as" follows it; else {@code of} itself.
     */
    private static int pastAnAffiliation(SentenceView v, int of, int ce) {
        for (int k = of + 1; k < Math.min(ce, of + 1 + MAX_AFFILIATION); k++) {
            if (v.tokenIs(k, "as")) {
                return k > of + 1 ? k : of;
            }
            var t = v.token(k);
            if (!(t.isWord() && t.isCapitalised() || t.is("of") || t.is("the"))) {
                return of;
            }
        }
        return of;
    }

    /** The body a mention names: its own id where it is one, else the office it holds ("the Special Rapporteur on ..."). */
    private static String bodyMeant(Mention m) {
        return m == null ? null : m.id() != null && m.id().startsWith("org:") ? m.id() : m.affiliation();
    }

    /** The mention, as the body with this id. */
    private static Mention asBody(Mention m, String id) {
        return new Mention(MentionKind.ORG, id, m.tokStart(), m.tokEnd(), m.start(), m.end(), m.text(), null, id, true);
    }
}
