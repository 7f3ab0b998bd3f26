package io.rapporteur.extractor.rules.agreement;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A timeline's entry that names an agreement: "14.06.2010 - Memorandum of Understanding between A and B". */
final class TimelineEntry {

    private TimelineEntry() {
    }

    /** Words that may stand between a timeline entry's date and the agreement it names: "Signing of the ...". */
    private static final Set<String> ENTRY_LEAD = Set.of("the", "a", "an", "signing", "signature", "of");

    /**
     * A timeline's verbless entry, "14.06.2010 - Memorandum of Understanding between the African Union Commission and
     * the Office of the United Nations High Commissioner for Human Rights on ...": the agreement its title names
     * between two parties, on the entry's date.
     */
    static void read(SentenceView v, List<FactDraft> out) {
        int dash = v.timelineDash();
        CueMatch noun = dash < 0 ? null : v.firstCue(CueKind.AGREEMENT_NOUN, dash + 1, Math.min(v.tokens.size(), dash + 4));
        if (noun == null || !v.token(noun.tokStart()).isCapitalised()) {
            return;
        }
        int ce = v.clauseEnd(noun.tokEnd());
        int titleStart = Titles.extendLeft(v, noun.tokStart(), dash + 1);
        int titleEnd = Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), ce));
        DateMention date = entryDate(v, titleStart);
        int between = v.findWord("between", noun.tokEnd(), titleEnd);
        if (date == null || between < 0) {
            return;
        }
        List<Mention> parties = new ArrayList<>();
        for (Mention m : v.mentionsIn(between + 1, titleEnd, Roles.PARTY)) {
            Parties.addParty(v, parties, m);
        }
        if (parties.size() < 2) {
            return;
        }
        FactDraft fact = AgreementRule.draft(v, noun, parties, titleStart, titleEnd);
        fact.date(date.iso(), false);
        AgreementRule.report(v, fact, v.text(titleStart, titleEnd), out);
    }

    /**
     * The date that opens a timeline's entry when the entry names the agreement right after it ("14.06.2010 -
     * Memorandum of Understanding between ..."), else null.
     */
    static DateMention entryDate(SentenceView v, int titleStart) {
        int dash = v.timelineDash();
        if (dash < 0 || titleStart <= dash) {
            return null;
        }
        for (int k = dash + 1; k < titleStart; k++) {
            if (!ENTRY_LEAD.contains(v.token(k).norm())) {
                return null;
            }
        }
        List<DateMention> dates = v.datesIn(0, dash);
        return dates.isEmpty() ? null : dates.get(0);
    }
}
