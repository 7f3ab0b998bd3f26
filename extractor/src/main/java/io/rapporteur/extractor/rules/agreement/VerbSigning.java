package io.rapporteur.extractor.rules.agreement;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentencePlaces;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "<party> signed [with <party>] the Memorandum of Understanding|agreement|programme of cooperation ...": an
 * agreement told with an active verb. A title "... Between A and B" names the parties; otherwise the signer and the
 * "with" partner do; else "on behalf of" names, a dash in the title ("the Australia-Laos Program"), or "the two sides".
 */
final class VerbSigning {

    private VerbSigning() {
    }

    /** The agreement the verb {@code verb} says was signed or agreed, its parties the signers' or those it names. */
    static void read(SentenceView v, CueMatch verb, List<FactDraft> out) {
        // a timeline's present "Myanmar and Bangladesh sign ..." (not the cue "will sign", which plans one)
        boolean present = "HELD".equals(verb.value(CueKind.AGREEMENT_VERB))
                && (v.tokenIs(verb.tokEnd() - 1, "sign") || v.tokenIs(verb.tokEnd() - 1, "signs"));
        if (present && (v.tokenIs(verb.tokStart() - 1, "to") || v.tokenIs(verb.tokStart() - 1, "not"))) {
            return; // "agreed to sign", "did not sign"
        }
        if (present && v.datesIn(0, v.tokens.size()).isEmpty()) {
            return; // a headline ("OHCHR and The Gambia sign cooperation agreement"): its story tells when
        }
        boolean agreed = v.tokenIs(verb.tokEnd() - 1, "agreed");
        if (agreed && (v.tokenIs(verb.tokEnd(), "to") || v.tokenIs(verb.tokEnd(), "that"))) {
            return; // "agreed to hold ...", "agreed that ...": what they will do, not a programme agreed
        }
        int cs = v.clauseStart(verb.tokStart());
        int ce = v.clauseEnd(verb.tokEnd());
        int objectFrom = agreed ? afterAgreedWith(v, verb.tokEnd(), ce) : verb.tokEnd();
        int behalfEnd = onBehalfOfEnd(v, verb.tokEnd(), ce);
        if (behalfEnd > 0) {
            objectFrom = behalfEnd; // "signed, on behalf of OHCHR and the Government of Paraguay, a Memorandum ..."
        }
        CueMatch noun = v.firstCue(CueKind.AGREEMENT_NOUN, objectFrom, Math.min(ce, objectFrom + 8));
        if (noun == null) {
            PassiveSigning.read(v, verb, cs, ce, out);
            return;
        }
        Mention treatyFirst = v.firstRight(objectFrom, noun.tokStart(), Roles.TREATY);
        if (treatyFirst != null) {
            return;
        }
        boolean titled = v.token(noun.tokStart()).isCapitalised()
                || v.tokenIs(noun.tokStart(), "the") && v.token(noun.tokStart() + 1).isCapitalised();
        int titleStart = titled ? Titles.extendLeft(v, noun.tokStart(), objectFrom)
                : Titles.extendModifiersLeft(v, noun.tokStart(), objectFrom);
        if (v.tokenIs(titleStart, "the")) {
            titleStart++; // a noun listed with its article ("the Country Programme Action Plan")
        }
        int titleEnd = titled ? Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), ce)) : noun.tokEnd();
        if (titled) {
            titleEnd = AgreementDates.pastYearsOfTheName(v, titleEnd);
        }
        for (int k = noun.tokEnd(); k < titleEnd; k++) {
            if (v.tokenIs(k, "with") && v.firstRight(k + 1, k + 3, m -> Roles.PARTY.test(m)
                    || m.kind() == MentionKind.NATIONAL_BODY) != null) {
                titleEnd = k; // "signed a Memorandum of Understanding with the National ... Commission of Korea"
                break;
            }
        }
        // "a memorandum of understanding on technical cooperation in the field of human rights": what it is about
        int described = Titles.extendDescription(v, titleEnd, ce);
        List<Mention> parties = new ArrayList<>();
        int between = -1;
        // "the Memorandum ... between A and B" in its title, or right after an untitled one ("signed a memorandum
        // of understanding between the Government of Tajikistan and OHCHR"): those are the parties, not the signers
        int searchEnd = titled ? titleEnd : Math.min(ce, noun.tokEnd() + 1);
        for (int i = noun.tokEnd(); i < searchEnd; i++) {
            if (v.token(i).is("between")) {
                between = i;
                break;
            }
        }
        final int partiesEnd = titled ? titleEnd : ce;
        if (between >= 0) {
            // "between the Government of the Republic of Uzbekistan and the Office of ...": past "the Government of"
            Mention a = v.firstRight(between + 1, between + 6, Roles.PARTY);
            if (a != null) {
                parties.addAll(v.coordinatedRight(a, m -> Roles.PARTY.test(m) && m.tokEnd() <= partiesEnd));
            }
            int and = parties.size() < 2 ? v.findWord("and", between + 1, partiesEnd) : -1;
            if (and > 0) {
                // "between the Government of the Republic of Uzbekistan and the Office of ...": the party named
                // last before "and" (past "the Government of"), and the first after it
                final int from = between;
                Mention before = v.nearestLeft(and, m -> Roles.PARTY.test(m) && m.tokStart() > from);
                Mention after = v.firstRight(and + 1, Math.min(partiesEnd, and + 4), Roles.PARTY);
                if (before != null && after != null && before.id() != null && !before.id().equals(after.id())) {
                    parties.clear();
                    parties.add(before);
                    parties.add(after);
                }
            }
        }
        if (parties.size() < 2 && behalfEnd > 0) {
            // the signers sign for those "on behalf of" names: "Ms. Marchetti and Deputy Prime Minister Sok Vannara
            // signed, on behalf of the Office and of the Royal Government of Cambodia respectively, the Memorandum"
            parties.clear();
            for (Mention m : v.mentionsIn(verb.tokEnd(), behalfEnd, Roles.PARTY)) {
                Parties.addParty(v, parties, m);
            }
        }
        if (parties.size() < 2 && titled) {
            // "the two delegations agreed the Australia-Laos Human Rights Technical Cooperation Program"
            List<Mention> compound = Parties.partiesJoinedInTitle(v, titleStart, titleEnd);
            if (compound.size() == 2) {
                parties.clear();
                parties.addAll(compound);
            }
        }
        // "Mary Robinson visited China and signed ...": China is what she visited, not a signer
        Mention signer = fullNameOf(v, v.nearestLeft(verb.tokStart(), m -> Roles.AGENT.test(m) && !v.isObject(m)));
        if (parties.size() < 2) {
            parties.clear();
            if (signer != null) {
                for (Mention m : v.coordinatedLeft(signer, Roles.AGENT)) {
                    Parties.addParty(v, parties, m);
                }
            }
            int with = -1;
            int withLimit = Math.min(ce, Math.max(titleEnd, described) + 5); // "... worth EUR 15 million with X"
            for (int i = verb.tokStart(); i < withLimit; i++) {
                if (v.token(i).is("with")) {
                    with = i;
                    break;
                }
            }
            if (with >= 0) {
                Parties.addPartiesListed(v, parties, with + 1, with + 3, Roles.AGENT);
            }
        }
        if (parties.size() < 2) {
            // "paid a visit to China, and the Ministry of Labour and Social Security and the ILO signed ..."
            List<Mention> subjects = subjectsAfterClauseBreak(v, verb.tokStart());
            if (subjects.size() >= 2) {
                parties.clear();
                for (Mention m : subjects) {
                    Parties.addParty(v, parties, m);
                }
            }
        }
        if (parties.size() < 2) {
            parties.clear(); // "the two heads of delegation signed a Memorandum of Understanding"
            parties.addAll(v.events().sidesReferredTo(cs, verb.tokStart()));
        }
        EventRecord previousAgreement = null;
        if (parties.size() < 2) {
            // "signed a Memorandum of Understanding between the Government and OHCHR. The two sides also agreed on
            // a Plan of Action": the sides of the agreement just reported, on its day unless another is told
            previousAgreement = Parties.sidesOfAgreementJustReported(v, cs, verb.tokStart(), parties);
        }
        int theTwo = parties.size() < 2 ? theTwoAsSubject(v, verb.tokStart()) : -1;
        if (theTwo >= 0) {
            // "Ms. Mendes paid a visit to the Defensoría del Pueblo ..., and the two institutions signed a
            // memorandum": the parties the sentence names before, else those just reported
            parties.clear();
            parties.addAll(Parties.partiesOfTheTwo(v, theTwo, theTwo, v.tokens.size()));
        }
        if (parties.size() < 2) {
            return;
        }
        FactDraft fact = AgreementRule.draft(v, noun, parties, titleStart, Math.max(titleEnd, described));
        DateMention date = v.nearestDate(verb.tokStart());
        DateMention signedOn = signingDateAfterVerb(v, verb, noun);
        if (signedOn != null) {
            date = signedOn; // "signed on 8 December 2019 a memorandum ... for the period 2020-2022"
        } else if (date != null && AgreementDates.yearsOfTheName(v, date, verb.tokEnd(), titled ? Math.max(titleEnd, noun.tokEnd()) : noun.tokEnd())) {
            // "signed the 2011-2015 country programme action plan", "agreed the ... Cooperation Program 2024-2026":
            // the plan's years, not the signing
            final int nameEnd = titled ? Math.max(titleEnd, noun.tokEnd()) : noun.tokEnd();
            date = v.datesIn(cs, ce).stream().filter(d -> !AgreementDates.yearsOfTheName(v, d, verb.tokEnd(), nameEnd)
                    && (v.tokenAt(d.start()) < verb.tokEnd() || v.tokenAt(d.start()) >= nameEnd)).findFirst().orElse(null);
        }
        if (signedOn == null && date != null && v.tokenAt(date.start()) >= verb.tokEnd() && AgreementDates.termOfAgreement(v, date)) {
            // "signed a memorandum ... for the period 2020-2022": its term; the signing is the date before
            final int verbStart = verb.tokStart();
            DateMention term = date;
            date = v.datesIn(cs, ce).stream().filter(d -> v.tokenAt(d.start()) < verbStart)
                    .reduce((a, b) -> b).orElse(v.datesIn(cs, ce).stream()
                            .filter(d -> d != term && v.tokenAt(d.start()) > v.tokenAt(term.start())
                                    && !AgreementDates.termOfAgreement(v, d)).findFirst().orElse(null));
        }
        String iso = date == null ? null : date.iso();
        boolean inherited = false;
        if (iso == null && previousAgreement != null) {
            iso = previousAgreement.fact().date();
            inherited = iso != null;
        }
        if (iso == null) {
            EventRecord event = v.events().referredTo(cs, ce);
            Mention person = signer == null ? null : v.resolved(signer, Set.of());
            // signed during the visit the sentence before reported by one of the signers, in its city where the
            // sentence names one ("In Cairo, the CSHRS and the ECFA signed ..." after "a delegation to Egypt and
            // Morocco")
            SentencePlaces.Hit place = v.places().in(cs, ce);
            for (Mention party : signer == null ? List.<Mention>of() : v.coordinatedLeft(signer, Roles.AGENT)) {
                Mention p = v.resolved(party, Set.of());
                if (event == null && p != null && p.kind() != MentionKind.STATE && p.id() != null) {
                    event = v.events().visitJustReportedBy(p.id(), place == null ? null : place.place().country());
                }
            }
            if (event != null) {
                iso = v.events().dateWithin(event, cs, ce);
                inherited = true;
            }
        }
        // (no date of its own: none, or only the term it runs for, "for the period 2023-2026")
        if (iso == null && v.dates.stream().allMatch(d -> AgreementDates.termOfAgreement(v, d))) {
            iso = AgreementDates.dateOfWhatJustHappened(v);
            inherited = iso != null;
        }
        String status = v.statusAround(cs, verb.tokStart() + 1, verb.value(CueKind.AGREEMENT_VERB));
        fact.date(iso, inherited).status(status);
        AgreementRule.report(v, fact, titled ? v.text(titleStart, titleEnd) : null, out);
    }

    /**
     * A date between the verb and the agreement it signed, told with a preposition ("signed on 8 December 2019 a
     * memorandum", "signed in Cairo, on 9 December, an agreement"): the signing's. Not "signed the 2011-2015 plan".
     */
    private static DateMention signingDateAfterVerb(SentenceView v, CueMatch verb, CueMatch noun) {
        for (DateMention d : v.datesIn(verb.tokEnd(), noun.tokStart())) {
            int t = v.tokenAt(d.start());
            if (v.tokenIs(t - 1, "on") || v.tokenIs(t - 1, "in")) {
                return d;
            }
        }
        return null;
    }

    /**
     * Where the programme agreed is named: after "with A and B on" ("the Government agreed with OHCHR and UNDP on a
     * two-year programme of technical cooperation"), else right after the verb.
     */
    private static int afterAgreedWith(SentenceView v, int verbEnd, int ce) {
        if (!v.tokenIs(verbEnd, "with")) {
            return verbEnd;
        }
        int on = v.findWord("on", verbEnd + 1, Math.min(ce, verbEnd + AGREED_WITH_TOKENS));
        return on > 0 ? on + 1 : verbEnd;
    }

    /** How far "agreed with <partners> on" may reach: "agreed with OHCHR and the United Nations Development Programme (UNDP) on". */
    private static final int AGREED_WITH_TOKENS = 16;

    /**
     * The end of ", on behalf of A and B," set off right after the verb ("signed, on behalf of the Government and of
     * OHCHR, an addendum"), or -1.
     */
    private static int onBehalfOfEnd(SentenceView v, int verbEnd, int ce) {
        int k = v.tokenIs(verbEnd, ",") ? verbEnd + 1 : verbEnd;
        if (!(v.tokenIs(k, "on") && v.tokenIs(k + 1, "behalf") && v.tokenIs(k + 2, "of"))) {
            return -1;
        }
        for (int i = k + 3; i < Math.min(ce, k + BEHALF_TOKENS); i++) {
            if (v.tokenIs(i, ",")) {
                return i + 1;
            }
        }
        return -1;
    }

    /** How far ", on behalf of A and B," may reach: "on behalf of the Chinese Ministry of Foreign Affairs and the Office of ...". */
    private static final int BEHALF_TOKENS = 30;

    /** Words that may stand between "the two sides" and the verb they are subject of: "The two then signed". */
    private static final Set<String> SUBJECT_ADVERBS = Set.of("then", "also", "jointly", "subsequently", "later", "have", "had");

    /**
     * Where "the two sides", "the two institutions", "they" or a bare "the two" stands as the subject right before the
     * verb ("the two Commissions signed", "The two then signed"); -1 otherwise.
     */
    private static int theTwoAsSubject(SentenceView v, int verbStart) {
        int end = SUBJECT_ADVERBS.contains(v.token(Math.max(0, verbStart - 1)).norm()) ? verbStart - 1 : verbStart;
        if (v.tokenIs(end - 2, "the") && v.tokenIs(end - 1, "two")) {
            return end - 2;
        }
        for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
            if (Parties.theTwoEnd(v, k) == end) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The signer by its full name: "the Indonesian National Commission on Human Rights (Komnas HAM)" from its bracketed
     * short name; "the Raoul Wallenberg Institute (RWI) of Sweden", "the Supreme People's Procuratorate of China" from
     * the state the body is of. Coordination then runs on from the full name.
     */
    private static Mention fullNameOf(SentenceView v, Mention signer) {
        if (signer == null) {
            return null;
        }
        int before = signer.tokStart() - 1;
        boolean alias = v.tokenIs(before, "(") && signer.id() != null;
        boolean ofState = signer.kind() == MentionKind.STATE && v.tokenIs(before, "of");
        if (!alias && !ofState) {
            return signer;
        }
        for (Mention m : v.mentions) {
            if (m.tokEnd() == before && (alias ? signer.id().equals(m.id())
                    : m.kind() == MentionKind.NATIONAL_BODY || m.kind() == MentionKind.ORG)) {
                return m;
            }
        }
        return signer;
    }

    /**
     * The subjects of a clause joined by ", and" to the one before: "paid a visit to China, and the Ministry of Labour
     * and Social Security and the ILO signed": the list after ", and" where another "and" joins it; empty otherwise.
     */
    private static List<Mention> subjectsAfterClauseBreak(SentenceView v, int verbStart) {
        Mention last = v.nearestLeft(verbStart, Roles.AGENT);
        if (last == null) {
            return List.of();
        }
        List<Mention> list = v.coordinatedLeft(last, Roles.AGENT);
        for (int i = list.size() - 1; i > 0; i--) {
            if (v.between(list.get(i - 1), list.get(i)).equals(", and")) {
                return i < list.size() - 1 ? list.subList(i, list.size()) : List.of();
            }
        }
        return List.of();
    }
}
