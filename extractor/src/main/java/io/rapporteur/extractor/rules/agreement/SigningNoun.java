package io.rapporteur.extractor.rules.agreement;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;

import java.util.ArrayList;
import java.util.List;

/** The signing told as a noun: "welcomed the signing of a Memorandum ...", "the signature in Cairo ... of". */
final class SigningNoun {

    private SigningNoun() {
    }

    /** How far "the signing/signature ... of" may stand from its "of": "the signature in Cairo, on 9 December 2018, of". */
    private static final int SIGNING_OF_TOKENS = 16;

    /**
     * The signing told as a noun: "welcomed the signing, on the sidelines of the dialogue, of a Memorandum of
     * Understanding between the Federal Ministry of Justice of Germany and ...", "witnessed the signing by the EHRC and
     * the UN Human Rights Office of a two-year joint programme", "the signature in Cairo, on 9 December 2018, of a
     * Memorandum ... between A and B", "after the signature of the EU-Viet Nam Free Trade Agreement in Hanoi on 30 June
     * 2019". The parties are those after "by", else those the name gives ("between A and B", "EU-Viet Nam"); the date
     * is the one set off before "of", else the one before ("13 July: signature of ..."), else the one after the name,
     * else that of the event referred to.
     */
    static void read(SentenceView v, List<FactDraft> out) {
        for (int k = 0; k < v.tokens.size(); k++) {
            if (!(v.tokenIs(k, "signing") || v.tokenIs(k, "signature"))) {
                continue;
            }
            // the "of" that names an agreement: not "on the sidelines of the dialogue" set off before it
            int of = -1;
            CueMatch noun = null;
            for (int j = k + 1; j < Math.min(v.tokens.size(), k + SIGNING_OF_TOKENS) && noun == null; j++) {
                if (v.tokenIs(j, "of") && !v.overlapsMention(j, j + 1)) {
                    of = j;
                    noun = v.firstCue(CueKind.AGREEMENT_NOUN, of + 1, of + 7);
                }
            }
            final int ofAt = of;
            if (noun == null || v.firstRight(of + 1, noun.tokEnd(), Roles.TREATY) != null) {
                continue;
            }
            int cs = v.clauseStart(k);
            int ce = v.clauseEnd(noun.tokEnd());
            boolean titled = v.token(noun.tokStart()).isCapitalised();
            int titleStart = titled ? Titles.extendLeft(v, noun.tokStart(), of + 1) : Titles.extendModifiersLeft(v, noun.tokStart(), of + 1);
            if (v.tokenIs(titleStart, "the")) {
                titleStart++;
            }
            int titleEnd = titled ? AgreementDates.pastYearsOfTheName(v, Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), ce))) : noun.tokEnd();
            titleEnd = Math.max(titleEnd, Titles.extendDescription(v, titleEnd, ce));
            List<Mention> parties = new ArrayList<>();
            if (v.tokenIs(k + 1, "by")) {
                Mention first = v.firstRight(k + 2, k + 4, Roles.AGENT);
                if (first != null) {
                    for (Mention m : v.coordinatedRight(first, m -> Roles.AGENT.test(m) && m.tokEnd() <= ofAt)) {
                        Parties.addParty(v, parties, m);
                    }
                }
                if (parties.size() < 2 && Parties.theTwoEnd(v, k + 2) > 0) {
                    parties.clear();
                    parties.addAll(Parties.partiesOfTheTwo(v, k + 2, k + 2, v.tokens.size()));
                }
            }
            int between = v.findWord("between", noun.tokEnd(), Math.min(ce, titleEnd + 2));
            if (parties.size() < 2 && between >= 0) {
                parties.clear();
                List<Mention> listed = Parties.addPartiesListed(v, parties, between + 1, between + 6, Roles.PARTY);
                if (parties.size() >= 2 && between >= titleEnd && between <= titleEnd + 1) {
                    // "the agreement between the Government and OHCHR on the establishment of an office": its name
                    int lastParty = listed.stream().mapToInt(Mention::tokEnd).max().orElse(between);
                    titleEnd = Math.max(lastParty, Titles.extendDescription(v, lastParty, ce));
                }
            }
            if (parties.size() < 2 && titled) {
                parties.clear();
                parties.addAll(Parties.partiesJoinedInTitle(v, titleStart, titleEnd));
            }
            if (parties.size() < 2) {
                continue;
            }
            List<DateMention> setOff = v.datesIn(k + 1, of);
            final int nameEnd = titleEnd;
            List<DateMention> after = v.datesIn(nameEnd, ce).stream().filter(d -> !AgreementDates.termOfAgreement(v, d)
                    && !AgreementDates.yearsOfTheName(v, d, ofAt, nameEnd)).toList();
            List<DateMention> before = v.datesIn(cs, k);
            String iso = !setOff.isEmpty() ? setOff.get(0).iso() : !before.isEmpty() ? before.get(before.size() - 1).iso()
                    : !after.isEmpty() ? after.get(0).iso() : null;
            boolean inherited = false;
            if (iso == null) {
                EventRecord event = v.events().referredTo(cs, ce);
                if (event != null) {
                    iso = v.events().dateWithin(event, cs, ce);
                    inherited = iso != null;
                }
            }
                FactDraft fact = AgreementRule.draft(v, noun, parties, titleStart, titleEnd);
            fact.date(iso, inherited).status(v.statusAround(cs, k, null));
            AgreementRule.report(v, fact, titled ? v.text(titleStart, titleEnd) : null, out);
        }
    }
}
