package io.rapporteur.extractor.rules.membership;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.List;
import java.util.Set;

/**
 * Offices held for a year: a state chairing an organisation of states ("Kazakhstan holds the Chairmanship of the OSCE
 * throughout 2010"), and a person presiding over a body ("the President of the Human Rights Council for 2027,
 * Ambassador A of Chile").
 */
final class ChairsForAYear {

    /** The most tokens between the chair word and the organisation it is of: "Chairmanship of the OSCE", "ASEAN Chair". */
    private static final int CHAIR_TO_ORGANISATION = 3;
    /** The most tokens from the organisation to the year of the chair: "the ASEAN Chairmanship for the year 2019". */
    private static final int CHAIR_TO_YEAR = 5;
    /** The tokens a year set before the sentence's subject may take: "Throughout 2010", "In 2016,". */
    private static final int FRONTED_YEAR_TOKENS = 3;
    /** The words an apposition between a person and their office may hold besides names and titles. */
    private static final Set<String> APPOSITION_WORDS = Set.of(",", "the", "of", "to", "at", "in", "and", "(", ")");

    private ChairsForAYear() {
    }

    /** The first single year in [from, to), written as a year alone ("2019"); else null. */
    private static DateMention yearIn(SentenceView v, int from, int to) {
        return v.datesIn(from, to).stream().filter(d -> d.to() == null && d.iso() != null && d.iso().length() == 4)
                .findFirst().orElse(null);
    }

    /**
     * "Kazakhstan holds the Chairmanship of the OSCE throughout 2010", "As Chair of ASEAN in 2022, Cambodia ...", "Viet
     * Nam, which holds the ASEAN Chairmanship for 2020", "congratulated Thailand on its assumption of the ASEAN
     * Chairmanship in 2019": a state chairing an organisation of states for a year (a member with the role of chair).
     */
    static void chairmanshipOfAnOrganisation(SentenceView v, List<FactDraft> out) {
        for (int i = 0; i < v.tokens.size(); i++) {
            if (!v.kb.words("chair-of-states-words").contains(v.token(i).norm())) {
                continue;
            }
            final int chair = i;
            Mention organisation = v.mentions.stream().filter(m -> m.kind() == MentionKind.ORG && m.id() != null
                    && !v.kb.isOffice(m.id()) && v.kb.monitoredTreaty(m.id()) == null
                    && (m.tokEnd() == chair // "the ASEAN Chairmanship"
                    || m.tokStart() > chair && m.tokStart() - chair <= CHAIR_TO_ORGANISATION && v.tokenIs(chair + 1, "of")))
                    .findFirst().orElse(null);
            if (organisation == null) {
                continue;
            }
            int after = Math.max(chair + 1, organisation.tokEnd());
            DateMention year = yearIn(v, after, Math.min(v.tokens.size(), after + CHAIR_TO_YEAR));
            if (year == null) { // "Throughout 2010 Kazakhstan holds the Chairmanship of the OSCE": the year set before
                year = yearIn(v, 0, Math.min(chair, FRONTED_YEAR_TOKENS));
            }
            // the state: "Cambodia" after "As Chair of ASEAN in 2022,", else the one named before the chair
            Mention state = v.tokenIs(0, "as") ? v.firstRight(after, v.tokens.size(), m -> m.kind() == MentionKind.STATE
                    && m.id() != null) : v.nearestLeft(Math.min(chair, organisation.tokStart()),
                    m -> m.kind() == MentionKind.STATE && m.id() != null && !m.inferred());
            if (year == null || state == null) {
                continue;
            }
            if (!v.tokenIs(0, "as") && v.mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERSON && m.tokEnd() <= chair)) {
                continue; // "A, Representative of Thailand to the AICHR, served as Chair of the AICHR for 2019": hers
            }
            FactDraft fact = MembershipFact.of(state, organisation);
            fact.text("role", "chair", 0, 0);
            out.add(fact.date(year.iso(), false));
            return;
        }
    }

    /**
     * "the President of the Human Rights Council for 2027, Ambassador A of Chile, welcomed ...", "B, Representative of
     * the Lao PDR to the AICHR and Chair of the AICHR for 2026, opened ...": an office of a body held for a year, by the
     * person whose apposition it is (after the year, or before the office with nothing but names and titles between).
     */
    static void officeForAYear(SentenceView v, List<FactDraft> out) {
        for (CueMatch role : v.cues(CueKind.MEMBERSHIP_ROLE)) {
            String value = role.value(CueKind.MEMBERSHIP_ROLE);
            int of = role.tokEnd();
            if ("member".equals(value) || !v.tokenIs(of, "of")) {
                continue;
            }
            Mention body = v.firstRight(of + 1, Math.min(v.tokens.size(), of + 3), m -> m.kind() == MentionKind.ORG
                    && m.id() != null && !v.kb.isOffice(m.id()) && Bodies.ofBefore(v, m));
            if (body == null || !v.tokenIs(body.tokEnd(), "for")) {
                continue;
            }
            DateMention year = yearIn(v, body.tokEnd() + 1, body.tokEnd() + 2);
            if (year == null) {
                continue;
            }
            int after = v.tokenAt(year.end() - 1) + 1;
            Mention holder = v.tokenIs(after, ",") ? v.firstRight(after + 1, Math.min(v.tokens.size(), after + 2),
                    m -> m.kind() == MentionKind.PERSON && m.id() != null) : null;
            if (holder == null) {
                holder = personInAppositionBefore(v, role.tokStart());
            }
            if (holder == null) {
                continue;
            }
            FactDraft fact = MembershipFact.of(holder, body);
            fact.text("role", value, 0, 0);
            out.add(fact.date(year.iso(), false));
        }
    }

    /**
     * The person an office at {@code tok} describes: "A, Permanent Representative of Chile to the United Nations
     * Office at Geneva and President of ...": named right before, past a comma and nothing but names and titles.
     */
    private static Mention personInAppositionBefore(SentenceView v, int tok) {
        Mention person = v.nearestLeft(tok, m -> m.kind() == MentionKind.PERSON && m.id() != null);
        if (person == null || !v.tokenIs(person.tokEnd(), ",")) {
            return null;
        }
        // (a timeline's entry, its verb right before the office: "Dec. 2026: Ambassador A, Permanent Representative of
        // Fiji in Geneva, elected President of the Human Rights Council for 2027")
        int end = v.tokenIs(tok - 1, "elected") || v.tokenIs(tok - 1, "re-elected") ? tok - 1 : tok;
        for (int k = person.tokEnd(); k < end; k++) {
            Token t = v.token(k);
            if (!APPOSITION_WORDS.contains(t.norm()) && !(t.isWord() && t.isCapitalised())) {
                return null;
            }
        }
        return person;
    }
}
