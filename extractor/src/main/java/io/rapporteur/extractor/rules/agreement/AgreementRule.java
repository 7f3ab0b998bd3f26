package io.rapporteur.extractor.rules.agreement;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * AGREEMENT: "<party> signed [with <party>] the Memorandum of Understanding|agreement|programme of cooperation ...".
 * A title "... Between A and B" names the parties; otherwise the signer and the "with" partner do (a person stands
 * for the body of their office).
 */
public final class AgreementRule implements Rule {

    /** Words that may stand between a timeline entry's date and the agreement it names: "Signing of the ...". */
    private static final Set<String> ENTRY_LEAD = Set.of("the", "a", "an", "signing", "signature", "of");

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        if (v.cues(CueKind.AGREEMENT_VERB).isEmpty()) {
            timelineEntry(v, out);
        }
        signingOf(v, out);
        for (CueMatch verb : v.cues(CueKind.AGREEMENT_VERB)) {
            // a timeline's present "Myanmar and Bangladesh sign ..." (not the cue "will sign", which plans one)
            boolean present = "HELD".equals(verb.value(CueKind.AGREEMENT_VERB))
                    && (v.tokenIs(verb.tokEnd() - 1, "sign") || v.tokenIs(verb.tokEnd() - 1, "signs"));
            if (present && (v.tokenIs(verb.tokStart() - 1, "to") || v.tokenIs(verb.tokStart() - 1, "not"))) {
                continue; // "agreed to sign", "did not sign"
            }
            if (present && v.datesIn(0, v.tokens.size()).isEmpty()) {
                continue; // a headline ("OHCHR and The Gambia sign cooperation agreement"): its story tells when
            }
            boolean agreed = v.tokenIs(verb.tokEnd() - 1, "agreed");
            if (agreed && (v.tokenIs(verb.tokEnd(), "to") || v.tokenIs(verb.tokEnd(), "that"))) {
                continue; // "agreed to hold ...", "agreed that ...": what they will do, not a programme agreed
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
                passive(v, verb, cs, ce, out);
                continue;
            }
            Mention treatyFirst = v.firstRight(objectFrom, noun.tokStart(), Roles.TREATY);
            if (treatyFirst != null) {
                continue;
            }
            String kind = noun.value(CueKind.AGREEMENT_NOUN);
            boolean titled = v.token(noun.tokStart()).isCapitalised()
                    || v.tokenIs(noun.tokStart(), "the") && v.token(noun.tokStart() + 1).isCapitalised();
            int titleStart = titled ? Titles.extendLeft(v, noun.tokStart(), objectFrom)
                    : Titles.extendModifiersLeft(v, noun.tokStart(), objectFrom);
            if (v.tokenIs(titleStart, "the")) {
                titleStart++; // a noun listed with its article ("the Country Programme Action Plan")
            }
            int titleEnd = titled ? Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), ce)) : noun.tokEnd();
            if (titled) {
                titleEnd = pastYearsOfTheName(v, titleEnd);
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
                    addParty(v, parties, m);
                }
            }
            if (parties.size() < 2 && titled) {
                // "the two delegations agreed the Australia-Laos Human Rights Technical Cooperation Program"
                List<Mention> compound = partiesJoinedInTitle(v, titleStart, titleEnd);
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
                        addParty(v, parties, m);
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
                    addPartiesListed(v, parties, with + 1, with + 3, Roles.AGENT);
                }
            }
            if (parties.size() < 2) {
                // "paid a visit to China, and the Ministry of Labour and Social Security and the ILO signed ..."
                List<Mention> subjects = subjectsAfterClauseBreak(v, verb.tokStart());
                if (subjects.size() >= 2) {
                    parties.clear();
                    for (Mention m : subjects) {
                        addParty(v, parties, m);
                    }
                }
            }
            if (parties.size() < 2) {
                parties.clear(); // "the two heads of delegation signed a Memorandum of Understanding"
                parties.addAll(v.sidesReferredTo(cs, verb.tokStart()));
            }
            EventRecord previousAgreement = null;
            if (parties.size() < 2) {
                // "signed a Memorandum of Understanding between the Government and OHCHR. The two sides also agreed on
                // a Plan of Action": the sides of the agreement just reported, on its day unless another is told
                previousAgreement = v.sidesOfAgreementJustReported(cs, verb.tokStart(), parties);
            }
            int theTwo = parties.size() < 2 ? theTwoAsSubject(v, verb.tokStart()) : -1;
            if (theTwo >= 0) {
                // "Ms. Mendes paid a visit to the Defensoría del Pueblo ..., and the two institutions signed a
                // memorandum": the parties the sentence names before, else those just reported
                parties.clear();
                parties.addAll(partiesOfTheTwo(v, theTwo, theTwo, v.tokens.size()));
            }
            if (parties.size() < 2) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.AGREEMENT).subKind(kind).code("kind", kind).entities("parties", parties);
            fact.text("title", v.text(titleStart, Math.max(titleEnd, described)), v.token(titleStart).start(),
                    v.token(Math.max(titleEnd, described) - 1).end());
            DateMention date = v.nearestDate(verb.tokStart());
            DateMention signedOn = signingDateAfterVerb(v, verb, noun);
            if (signedOn != null) {
                date = signedOn; // "signed on 8 December 2019 a memorandum ... for the period 2020-2022"
            } else if (date != null && yearsOfTheName(v, date, verb.tokEnd(), titled ? Math.max(titleEnd, noun.tokEnd()) : noun.tokEnd())) {
                // "signed the 2011-2015 country programme action plan", "agreed the ... Cooperation Program 2024-2026":
                // the plan's years, not the signing
                final int nameEnd = titled ? Math.max(titleEnd, noun.tokEnd()) : noun.tokEnd();
                date = v.datesIn(cs, ce).stream().filter(d -> !yearsOfTheName(v, d, verb.tokEnd(), nameEnd)
                        && (v.tokenAt(d.start()) < verb.tokEnd() || v.tokenAt(d.start()) >= nameEnd)).findFirst().orElse(null);
            }
            if (signedOn == null && date != null && v.tokenAt(date.start()) >= verb.tokEnd() && termOfAgreement(v, date)) {
                // "signed a memorandum ... for the period 2020-2022": its term; the signing is the date before
                final int verbStart = verb.tokStart();
                DateMention term = date;
                date = v.datesIn(cs, ce).stream().filter(d -> v.tokenAt(d.start()) < verbStart)
                        .reduce((a, b) -> b).orElse(v.datesIn(cs, ce).stream()
                                .filter(d -> d != term && v.tokenAt(d.start()) > v.tokenAt(term.start())
                                        && !termOfAgreement(v, d)).findFirst().orElse(null));
            }
            String iso = date == null ? null : date.iso();
            boolean inherited = false;
            if (iso == null && previousAgreement != null) {
                iso = previousAgreement.fact().date();
                inherited = iso != null;
            }
            if (iso == null) {
                EventRecord event = v.eventReferredTo(cs, ce);
                Mention person = signer == null ? null : v.resolved(signer, Set.of());
                // signed during the visit the sentence before reported by one of the signers, in its city where the
                // sentence names one ("In Cairo, the CSHRS and the ECFA signed ..." after "a delegation to Egypt and
                // Morocco")
                SentenceView.PlaceHit place = v.placeIn(cs, ce);
                for (Mention party : signer == null ? List.<Mention>of() : v.coordinatedLeft(signer, Roles.AGENT)) {
                    Mention p = v.resolved(party, Set.of());
                    if (event == null && p != null && p.kind() != MentionKind.STATE && p.id() != null) {
                        event = v.visitJustReportedBy(p.id(), place == null ? null : place.place().country());
                    }
                }
                if (event != null) {
                    iso = v.dateWithin(event, cs, ce);
                    inherited = true;
                }
            }
            if (iso == null && v.dates.isEmpty()) {
                iso = dateOfWhatJustHappened(v);
                inherited = iso != null;
            }
            String status = v.statusAround(cs, verb.tokStart() + 1, verb.value(CueKind.AGREEMENT_VERB));
            fact.date(iso, inherited).status(status);
            out.add(fact);
            v.remember("AGREEMENT", fact, titled ? v.text(titleStart, titleEnd) : null);
        }
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
     * Whether a date stands inside the agreement's name after the verb, or as a span right after it: "signed the
     * 2011-2015 country programme action plan", "agreed the Australia-Laos ... Cooperation Program 2024-2026".
     */
    private static boolean yearsOfTheName(SentenceView v, DateMention d, int verbEnd, int nameEnd) {
        int t = v.tokenAt(d.start());
        return t >= verbEnd && (t < nameEnd || t == nameEnd && d.to() != null);
    }

    /** Past the years a title ends with: "the Australia-Laos Human Rights Technical Cooperation Program 2024-2026". */
    private static int pastYearsOfTheName(SentenceView v, int titleEnd) {
        for (DateMention d : v.dates) {
            if (d.to() != null && v.tokenAt(d.start()) == titleEnd && d.start() == v.token(titleEnd).start()
                    && v.token(titleEnd - 1).isCapitalised()) {
                return v.tokenAt(d.end() - 1) + 1;
            }
        }
        return titleEnd;
    }

    /** Whether a date is the term an agreement runs for: "for the period 2020-2022", "for 2021-2025", "covering 2019". */
    private static boolean termOfAgreement(SentenceView v, DateMention d) {
        int t = v.tokenAt(d.start());
        if (v.tokenIs(t - 1, "from") && d.to() != null) {
            t--; // "for the period from 2016 to 2018"
        }
        if (v.tokenIs(t - 1, "years") && v.tokenIs(t - 2, "the") && d.to() != null) {
            return true; // "for the years 2020 to 2022"
        }
        return v.tokenIs(t - 1, "period") || v.tokenIs(t - 1, "covering") || v.tokenIs(t - 1, "for") && d.to() != null
                || v.tokenIs(t - 1, "the") && (v.tokenIs(t - 2, "for") || v.tokenIs(t - 2, "covering")) && d.to() != null;
    }

    /**
     * "the EU-Kazakhstan Enhanced Partnership and Cooperation Agreement, which was signed in Astana on 21 December
     * 2015": a titled agreement before a passive "signed"; its parties are those its title names ("EU-Kazakhstan",
     * "Between A and B"), or those after "by".
     */
    private static void passive(SentenceView v, CueMatch verb, int cs, int ce, List<FactDraft> out) {
        int aux = verb.tokStart() - 1;
        // (a timeline's present "27 June 2012 - The EU-Viet Nam Partnership and Cooperation Agreement is signed")
        boolean reduced = !(v.tokenIs(aux, "was") || v.tokenIs(aux, "were") || v.tokenIs(aux, "is") || v.tokenIs(aux, "are"));
        if (reduced && !PARTICIPLES.contains(v.token(verb.tokEnd() - 1).norm())) {
            return;
        }
        // "the ... Agreement, which the two sides signed on 27 June 2012": who signed it stands before the verb
        int subject = reduced ? relativeSubjectStart(v, verb.tokStart()) : -1;
        // "The ... Agreement between the EU and Kazakhstan, signed in Astana on 21 December 2015, entered into force":
        // a participle right after the title
        int end = subject >= 0 ? subject : reduced ? verb.tokStart() : v.tokenIs(aux - 1, "which") ? aux - 1 : aux;
        if (subject >= 0 && (v.tokenIs(end - 1, "which") || v.tokenIs(end - 1, "that"))) {
            end--;
        }
        if (v.tokenIs(end - 1, ",")) {
            end--;
        }
        CueMatch noun = v.lastCue(CueKind.AGREEMENT_NOUN, cs, end);
        if (noun == null) {
            return;
        }
        boolean titled = v.token(noun.tokStart()).isCapitalised();
        int titleStart = titled ? Titles.extendLeft(v, noun.tokStart(), cs) : Titles.extendModifiersLeft(v, noun.tokStart(), cs);
        if (v.tokenIs(titleStart, "the") && titleStart + 1 < noun.tokEnd()) {
            titleStart++; // "The EU-Viet Nam Partnership and Cooperation Agreement (PCA) is signed": not its article
        }
        int titleEnd = titled ? Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), end)) : noun.tokEnd();
        titleEnd = Math.max(titleEnd, Titles.extendDescription(v, titleEnd, end));
        // "A memorandum of understanding between the Government of Cambodia and OHCHR was signed on ...": the parties
        // stand between the untitled name and the verb
        int partiesEnd = titleEnd;
        if (titleEnd < end && v.tokenIs(titleEnd, "between")) {
            partiesEnd = end;
        }
        if (end - titleEnd == 3 && v.tokenIs(titleEnd, "(") && v.tokenIs(end - 1, ")")) {
            partiesEnd = end; // "The EU-Viet Nam Partnership and Cooperation Agreement (PCA) is signed": its short name
        }
        if (partiesEnd != end) {
            return; // the agreement's name must end where "(which) was signed" starts
        }
        List<Mention> parties = new ArrayList<>();
        int namedBetween = v.findWord("between", titleStart, partiesEnd);
        // "a Memorandum ... between the Ministry ... and OHCHR on the continued presence of a Human Rights Adviser to the
        // United Nations Resident Coordinator": the parties are the list after "between", not what it is about
        if (namedBetween >= 0) {
            addPartiesListed(v, parties, namedBetween + 1, namedBetween + 6, Roles.PARTY);
        }
        if (parties.size() < 2) {
            parties.clear(); // (a list read short: "between the Government of the Republic of Azerbaijan and OHCHR")
            for (Mention m : v.mentionsIn(titleStart, partiesEnd, Roles.PARTY)) {
                addParty(v, parties, m);
            }
        }
        // "an agreement was signed on 9 April between OHCHR and the Government", "... was signed by A and B"
        int between = v.findWord("between", verb.tokEnd(), Math.min(ce, verb.tokEnd() + 6));
        int by = v.tokenIs(verb.tokEnd(), "by") ? verb.tokEnd() : -1;
        int listFrom = between >= 0 ? between : by;
        if (parties.size() < 2 && listFrom >= 0) {
            parties.clear();
            addPartiesListed(v, parties, listFrom + 1, listFrom + 3, Roles.AGENT);
        }
        if (parties.size() < 2 && subject >= 0) {
            // "which the Ministry of Foreign Affairs and OHCHR signed in Beijing on August 29, 2005"
            parties.clear();
            for (Mention m : v.mentionsIn(subject, verb.tokStart(), Roles.AGENT)) {
                addParty(v, parties, m);
            }
        }
        // "signed by the two sides in November 2000", "which the two governments signed", "they signed"
        int theTwo = by >= 0 ? by + 1 : subject;
        if (parties.size() < 2 && theTwo >= 0 && theTwoEnd(v, theTwo) > 0) {
            parties.clear();
            parties.addAll(partiesOfTheTwo(v, theTwo, titleStart, partiesEnd));
        }
        if (parties.size() < 2) {
            return;
        }
        String kind = noun.value(CueKind.AGREEMENT_NOUN);
        List<DateMention> after = v.datesIn(verb.tokEnd(), ce);
        DateMention entry = entryDate(v, titleStart); // "17 March 2011 - Memorandum ... between A and B signed in Baku"
        if (entry == null) {
            // "On 20 December, a Memorandum of Understanding between ... was signed in Dushanbe": the date told first
            List<DateMention> fronted = v.datesIn(cs, titleStart);
            entry = fronted.isEmpty() ? null : fronted.get(fronted.size() - 1);
        }
        FactDraft fact = new FactDraft(FactType.AGREEMENT).subKind(kind).code("kind", kind).entities("parties", parties);
        fact.text("title", v.text(titleStart, titleEnd), v.token(titleStart).start(), v.token(titleEnd - 1).end());
        fact.date(!after.isEmpty() ? after.get(0).iso() : entry != null ? entry.iso() : null, false);
        out.add(fact);
        v.remember("AGREEMENT", fact, titled ? v.text(titleStart, titleEnd) : null);
    }

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

    /** The two parties a title names joined by a dash ("the EU-ASEAN Programme", "the Australia–Laos Program"), or none. */
    private static List<Mention> partiesJoinedInTitle(SentenceView v, int titleStart, int titleEnd) {
        List<Mention> named = v.mentionsIn(titleStart, titleEnd, Roles.PARTY);
        for (int i = 0; i + 1 < named.size(); i++) {
            Mention a = named.get(i);
            Mention b = named.get(i + 1);
            if (b.tokStart() == a.tokEnd() + 1 && (v.tokenIs(a.tokEnd(), "-") || v.tokenIs(a.tokEnd(), "\u2013"))
                    && a.id() != null && b.id() != null && !a.id().equals(b.id())) {
                return List.of(a, b);
            }
        }
        return List.of();
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
    private static void signingOf(SentenceView v, List<FactDraft> out) {
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
            int titleEnd = titled ? pastYearsOfTheName(v, Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), ce))) : noun.tokEnd();
            titleEnd = Math.max(titleEnd, Titles.extendDescription(v, titleEnd, ce));
            List<Mention> parties = new ArrayList<>();
            if (v.tokenIs(k + 1, "by")) {
                Mention first = v.firstRight(k + 2, k + 4, Roles.AGENT);
                if (first != null) {
                    for (Mention m : v.coordinatedRight(first, m -> Roles.AGENT.test(m) && m.tokEnd() <= ofAt)) {
                        addParty(v, parties, m);
                    }
                }
                if (parties.size() < 2 && theTwoEnd(v, k + 2) > 0) {
                    parties.clear();
                    parties.addAll(partiesOfTheTwo(v, k + 2, k + 2, v.tokens.size()));
                }
            }
            int between = v.findWord("between", noun.tokEnd(), Math.min(ce, titleEnd + 2));
            if (parties.size() < 2 && between >= 0) {
                parties.clear();
                List<Mention> listed = addPartiesListed(v, parties, between + 1, between + 6, Roles.PARTY);
                if (parties.size() >= 2 && between >= titleEnd && between <= titleEnd + 1) {
                    // "the agreement between the Government and OHCHR on the establishment of an office": its name
                    int lastParty = listed.stream().mapToInt(Mention::tokEnd).max().orElse(between);
                    titleEnd = Math.max(lastParty, Titles.extendDescription(v, lastParty, ce));
                }
            }
            if (parties.size() < 2 && titled) {
                parties.clear();
                parties.addAll(partiesJoinedInTitle(v, titleStart, titleEnd));
            }
            if (parties.size() < 2) {
                continue;
            }
            List<DateMention> setOff = v.datesIn(k + 1, of);
            final int nameEnd = titleEnd;
            List<DateMention> after = v.datesIn(nameEnd, ce).stream().filter(d -> !termOfAgreement(v, d)
                    && !yearsOfTheName(v, d, ofAt, nameEnd)).toList();
            List<DateMention> before = v.datesIn(cs, k);
            String iso = !setOff.isEmpty() ? setOff.get(0).iso() : !before.isEmpty() ? before.get(before.size() - 1).iso()
                    : !after.isEmpty() ? after.get(0).iso() : null;
            boolean inherited = false;
            if (iso == null) {
                EventRecord event = v.eventReferredTo(cs, ce);
                if (event != null) {
                    iso = v.dateWithin(event, cs, ce);
                    inherited = iso != null;
                }
            }
            String kind = noun.value(CueKind.AGREEMENT_NOUN);
            FactDraft fact = new FactDraft(FactType.AGREEMENT).subKind(kind).code("kind", kind).entities("parties", parties);
            fact.text("title", v.text(titleStart, titleEnd), v.token(titleStart).start(), v.token(titleEnd - 1).end());
            fact.date(iso, inherited).status(v.statusAround(cs, k, null));
            out.add(fact);
            v.remember("AGREEMENT", fact, titled ? v.text(titleStart, titleEnd) : null);
        }
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
            if (theTwoEnd(v, k) == end) {
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

    /** Participles that report an agreement as made, right after its name ("the memorandum concluded between A and B"). */
    private static final Set<String> PARTICIPLES = Set.of("signed", "concluded", "agreed");

    /**
     * Where the subject of a relative clause that signed the agreement named before it starts: "the Agreement, which
     * the two sides signed on ...", "the Memorandum that the Ministry and OHCHR signed", "the Memorandum they signed";
     * -1 where the verb has no such subject.
     */
    private static int relativeSubjectStart(SentenceView v, int verbStart) {
        if (v.tokenIs(verbStart - 1, "they")) {
            return verbStart - 1;
        }
        for (int k = verbStart - 1; k > 0 && k >= verbStart - RELATIVE_SUBJECT_TOKENS; k--) {
            if (v.tokenIs(k, ",") || v.tokenIs(k, ";")) {
                return -1;
            }
            if (v.tokenIs(k, "which") || v.tokenIs(k, "that")) {
                return k + 1 < verbStart && (theTwoEnd(v, k + 1) == verbStart
                        || v.firstRight(k + 1, k + 2, Roles.AGENT) != null) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** How many tokens a relative clause's subject may take: "which the Ministry of Foreign Affairs and OHCHR signed". */
    private static final int RELATIVE_SUBJECT_TOKENS = 14;

    /**
     * The end of "the two sides", "both governments", "they" at {@code k} (a reference to an agreement's two parties,
     * the nouns from the word list agreement-sides), or -1.
     */
    private static int theTwoEnd(SentenceView v, int k) {
        if (v.tokenIs(k, "they")) {
            return k + 1;
        }
        int noun = v.tokenIs(k, "the") && v.tokenIs(k + 1, "two") ? k + 2 : v.tokenIs(k, "both") ? k + 1 : -1;
        return noun >= 0 && noun < v.tokens.size() && v.kb.words("agreement-sides").contains(v.token(noun).norm())
                ? noun + 1 : -1;
    }

    /**
     * The parties "the two sides" (at {@code at}) stands for: the two the sentence names outside the agreement's name
     * ("China has continued its cooperation with the Office ... under the Memorandum signed by the two sides"); else
     * those of the agreement of two reported just before ("The new memorandum replaces the one concluded by the two
     * commissions in 2013"); else the two sides of the exchange last reported. Empty where none is known.
     */
    private static List<Mention> partiesOfTheTwo(SentenceView v, int at, int nameStart, int nameEnd) {
        List<Mention> named = new ArrayList<>();
        for (Mention m : v.mentionsIn(0, v.tokens.size(), Roles.PARTY)) {
            if (m.tokStart() < nameStart || m.tokStart() >= nameEnd) {
                addParty(v, named, m);
            }
        }
        if (named.size() == 2) {
            return named;
        }
        EventRecord agreement = v.discourse.lastEvent("AGREEMENT");
        if (agreement != null && agreement.paragraph() == v.sentence().paragraph()
                && v.sentence().index() - agreement.sentence() <= SIGNING_REACH
                && agreement.fact().entities("parties").size() == 2) {
            return standIns(v, agreement.fact().entities("parties"), at);
        }
        EventRecord exchange = v.discourse.lastExchange();
        if (exchange != null && exchange.fact().entities("participants").size() == 2
                && exchange.paragraph() == v.sentence().paragraph()) {
            return standIns(v, exchange.fact().entities("participants"), at);
        }
        return List.of();
    }

    /** Mentions standing at the reference "the two sides" (at {@code at}) for the parties it refers to. */
    private static List<Mention> standIns(SentenceView v, List<io.rapporteur.contract.fact.EntityRef> refs, int at) {
        int end = Math.max(at + 1, theTwoEnd(v, at));
        List<Mention> out = new ArrayList<>();
        for (io.rapporteur.contract.fact.EntityRef ref : refs) {
            MentionKind kind = ref.id().startsWith("org:") ? MentionKind.ORG : MentionKind.STATE;
            out.add(new Mention(kind, ref.id(), at, end, v.token(at).start(), v.token(end - 1).end(), v.text(at, end),
                    kind == MentionKind.STATE ? ref.id() : null, null, true));
        }
        return out;
    }

    /**
     * The date that opens a timeline's entry when the entry names the agreement right after it ("14.06.2010 -
     * Memorandum of Understanding between ..."), else null.
     */
    private static DateMention entryDate(SentenceView v, int titleStart) {
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

    /**
     * A timeline's verbless entry, "14.06.2010 - Memorandum of Understanding between the African Union Commission and
     * the Office of the United Nations High Commissioner for Human Rights on ...": the agreement its title names
     * between two parties, on the entry's date.
     */
    private static void timelineEntry(SentenceView v, List<FactDraft> out) {
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
            addParty(v, parties, m);
        }
        if (parties.size() < 2) {
            return;
        }
        String kind = noun.value(CueKind.AGREEMENT_NOUN);
        FactDraft fact = new FactDraft(FactType.AGREEMENT).subKind(kind).code("kind", kind).entities("parties", parties);
        fact.text("title", v.text(titleStart, titleEnd), v.token(titleStart).start(), v.token(titleEnd - 1).end());
        fact.date(date.iso(), false);
        out.add(fact);
        v.remember("AGREEMENT", fact, v.text(titleStart, titleEnd));
    }

    private static final java.util.regex.Pattern NATIONAL_OFFICE = java.util.regex.Pattern.compile(
            "^(?:the )?(?:Foreign Minister|Minister|Prime Minister|President|Vice-President|Deputy Prime Minister)\\b");

    /**
     * The parties listed from the first one of the role in [from, to): "between A, B and C", "with A and B". Each is
     * added as {@link #addParty} adds it; the mentions read are returned (none where no party starts the list).
     */
    private static List<Mention> addPartiesListed(SentenceView v, List<Mention> parties, int from, int to,
                                                  Predicate<Mention> role) {
        Mention first = v.firstRight(from, to, role);
        List<Mention> listed = first == null ? List.of() : v.coordinatedRight(first, role);
        for (Mention m : listed) {
            addParty(v, parties, m);
        }
        return listed;
    }

    /** A person signs for the body of their office; pronouns are resolved first. */
    private static void addParty(SentenceView v, List<Mention> parties, Mention m) {
        Mention r = v.resolved(m, Set.of());
        if (r == null || r.id() == null) {
            return;
        }
        if (r.kind() == MentionKind.PERSON) {
            String body = r.affiliation();
            if (body != null && body.matches("[A-Z]{3}")) {
                body = null; // (a nationality, not an office)
            }
            if (body == null && NATIONAL_OFFICE.matcher(r.text()).find() && v.discourse.mainState() != null) {
                // "Al-Nashif and Foreign Minister Reina signed the renewal of the host country agreement": the
                // minister signs for the state the text is about
                Mention state = v.impliedState(v.discourse.mainState(), r.tokStart(), r.tokEnd());
                if (state != null && state.id() != null) {
                    if (parties.stream().noneMatch(p -> p.id().equals(state.id()))) {
                        parties.add(state);
                    }
                    return;
                }
            }
            if (body == null || !body.startsWith("org:")) {
                parties.add(r);
                return;
            }
            if (body.equals("org:UNHCHR")) {
                body = "org:OHCHR"; // the High Commissioner signs for the Office
            }
            r = new Mention(MentionKind.ORG, body, r.tokStart(), r.tokEnd(), r.start(), r.end(), r.text(), null, null, true);
        }
        final String id = r.id();
        if (parties.stream().noneMatch(p -> p.id().equals(id))) {
            parties.add(r);
        }
    }

    /** How many sentences back an undated signing may take its date from what the text just reported. */
    private static final int SIGNING_REACH = 2;

    /**
     * An undated signing told right after what happened: "... she held talks with the Foreign Minister. The two then
     * signed a memorandum ...", "Following the formal session, DFAT and ... signed ...", "On the same visit, the
     * Ministry ... signed ...": the day of the meeting just told, else the days of the exchange or visit just reported.
     * Null where the text reported none in the sentences just before.
     */
    private static String dateOfWhatJustHappened(SentenceView v) {
        int here = v.sentence().index();
        var meeting = v.discourse.lastDatedMeeting();
        if (meeting != null && here - meeting.sentence() <= 1 && meeting.date() != null) {
            return meeting.date();
        }
        List<EventRecord> events = v.discourse.events();
        for (int k = events.size() - 1; k >= 0; k--) {
            EventRecord e = events.get(k);
            if (here - e.sentence() > SIGNING_REACH) {
                return null;
            }
            if (!"AGREEMENT".equals(e.kind()) && e.fact().status() == null && e.fact().date() != null) {
                return e.fact().date();
            }
        }
        return null;
    }
}
