package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;

/**
 * The partners an exchange is held "with", in order: "with Cuba, Laos and ...", "with Russia in Moscow in April, and
 * with the African Union in Addis Ababa in September", "with A on 5 June, B on 7 June"; {@code segmented} where each
 * partner comes with a place or date of its own.
 */
record Partners(List<Mention> mentions, boolean segmented) {

    /**
     * The partners after the exchange's name, up to a later predicate of the clause; not those of an attendance told
     * by "with" ({@code attendanceWith}, else -1).
     */
    static Partners read(SentenceView v, CueMatch noun, CueMatch verb, boolean named, int nameEnd, int ce,
                         int attendanceWith) {
        // not the partner of a later predicate: "held ... in Beijing, and China also held consultations with Pakistan"
        CueMatch laterVerb = v.firstCue(CueKind.EXCHANGE_VERB, Math.max(nameEnd, verb.tokEnd()), ce);
        int commaAnd = laterVerb == null ? -1 : v.findWord("and", Math.max(nameEnd, verb.tokEnd()), laterVerb.tokStart());
        int withLimit = commaAnd > 0 && v.tokenIs(commaAnd - 1, ",") ? laterVerb.tokStart() : ce;
        int withTok = v.findWord("with", nameEnd, withLimit);
        List<Mention> partners = List.of();
        if (withTok >= 0 && withTok != attendanceWith) {
            Mention firstPartner = v.firstRight(withTok + 1, withTok + 2, Roles.PARTY);
            if (firstPartner == null) {
                firstPartner = ExchangeSides.namedAmong(v, withTok + 1, ce);
            }
            if (firstPartner != null) {
                partners = v.coordinatedRight(firstPartner, Roles.PARTY);
            }
        }
        // "consultations with Russia in Moscow in April, and with the African Union in Addis Ababa in September":
        // each "and with" adds a partner with a place and date of its own
        boolean segmented = false;
        if (!partners.isEmpty()) {
            List<Mention> more = new ArrayList<>(partners);
            int from = partners.get(partners.size() - 1).tokEnd();
            for (int w = v.findWord("with", from, ce); w >= 0; w = v.findWord("with", w + 1, ce)) {
                Mention next = v.tokenIs(w - 1, "and") ? v.firstRight(w + 1, Math.min(ce, w + 3), Roles.PARTY) : null;
                if (next != null && next.tokStart() > from) {
                    more.addAll(v.coordinatedRight(next, Roles.PARTY));
                    segmented = true;
                }
            }
            partners = more;
        }
        if (partners.size() == 1) {
            // "dialogues with the delegations of Uruguay on 31 May and 1 June, Australia on 5 and 6 June, and
            // Liechtenstein on 12 June": partners each followed by its own days
            List<Mention> interleaved = ExchangeSides.interleavedPartners(v, partners.get(0), ce);
            if (interleaved.size() > 1) {
                partners = interleaved;
                segmented = true;
            }
        }
        if (partners.isEmpty() && named) { // "The 8th Dialogue with the European Union is expected to ..."
            int within = v.findWord("with", noun.tokEnd(), nameEnd);
            Mention partner = within < 0 ? null : v.firstRight(within + 1, within + 2, Roles.PARTY);
            if (partner != null) {
                partners = v.coordinatedRight(partner, Roles.PARTY);
            }
        }
        return new Partners(partners, segmented);
    }
}
