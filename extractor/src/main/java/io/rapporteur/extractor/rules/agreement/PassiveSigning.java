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

/**
 * An agreement told before a passive or reduced "signed": "the EU-Kazakhstan Enhanced Partnership and Cooperation
 * Agreement, which was signed in Astana on 21 December 2015", "the Agreement, which the two sides signed on ...".
 */
final class PassiveSigning {

    private PassiveSigning() {
    }

    /**
     * "the EU-Kazakhstan Enhanced Partnership and Cooperation Agreement, which was signed in Astana on 21 December
     * 2015": a titled agreement before a passive "signed"; its parties are those its title names ("EU-Kazakhstan",
     * "Between A and B"), or those after "by".
     */
    static void read(SentenceView v, CueMatch verb, int cs, int ce, List<FactDraft> out) {
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
            if (!reduced) {
                end = pastARelativeAside(v, cs, end);
            }
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
            Parties.addPartiesListed(v, parties, namedBetween + 1, namedBetween + 6, Roles.PARTY);
        }
        if (parties.size() < 2) {
            parties.clear(); // (a list read short: "between the Government of the Republic of Azerbaijan and OHCHR")
            for (Mention m : v.mentionsIn(titleStart, partiesEnd, Roles.PARTY)) {
                Parties.addParty(v, parties, m);
            }
        }
        // "an agreement was signed on 9 April between OHCHR and the Government", "... was signed by A and B"
        int between = v.findWord("between", verb.tokEnd(), Math.min(ce, verb.tokEnd() + 6));
        int by = v.tokenIs(verb.tokEnd(), "by") ? verb.tokEnd() : -1;
        int listFrom = between >= 0 ? between : by;
        if (parties.size() < 2 && listFrom >= 0) {
            parties.clear();
            Parties.addPartiesListed(v, parties, listFrom + 1, listFrom + 3, Roles.AGENT);
        }
        if (parties.size() < 2 && subject >= 0) {
            // "which the Ministry of Foreign Affairs and OHCHR signed in Beijing on August 29, 2005"
            parties.clear();
            for (Mention m : v.mentionsIn(subject, verb.tokStart(), Roles.AGENT)) {
                Parties.addParty(v, parties, m);
            }
        }
        // "signed by the two sides in November 2000", "which the two governments signed", "they signed"
        int theTwo = by >= 0 ? by + 1 : subject;
        if (parties.size() < 2 && theTwo >= 0 && Parties.theTwoEnd(v, theTwo) > 0) {
            parties.clear();
            parties.addAll(Parties.partiesOfTheTwo(v, theTwo, titleStart, partiesEnd));
        }
        int with = v.findWord("with", verb.tokEnd(), Math.min(ce, verb.tokEnd() + WITH_REACH));
        if (parties.isEmpty() && with >= 0) {
            // "A similar memorandum was concluded with the National Commission ... of Indonesia in Jakarta on 9
            // November": the partner named, and the side that signed the agreement before (else the text's state)
            List<Mention> partners = Parties.addPartiesListed(v, new ArrayList<>(), with + 1, with + 3, Roles.AGENT);
            Mention own = partners.isEmpty() ? null : Parties.ownSide(v, titleStart, titleEnd, partners);
            if (own != null) {
                parties.add(own);
                partners.forEach(m -> Parties.addParty(v, parties, m));
            }
        }
        if (parties.size() < 2) {
            return;
        }
        List<DateMention> after = v.datesIn(verb.tokEnd(), ce);
        DateMention entry = TimelineEntry.entryDate(v, titleStart); // "17 March 2011 - Memorandum ... between A and B signed in Baku"
        if (entry == null) {
            // "On 20 December, a Memorandum of Understanding between ... was signed in Dushanbe": the date told first
            List<DateMention> fronted = v.datesIn(cs, titleStart);
            entry = fronted.isEmpty() ? null : fronted.get(fronted.size() - 1);
        }
        FactDraft fact = AgreementRule.draft(v, noun, parties, titleStart, titleEnd);
        fact.date(!after.isEmpty() ? after.get(0).iso() : entry != null ? entry.iso() : null, false);
        AgreementRule.report(v, fact, titled ? v.text(titleStart, titleEnd) : null, out);
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
                return k + 1 < verbStart && (Parties.theTwoEnd(v, k + 1) == verbStart
                        || v.firstRight(k + 1, k + 2, Roles.AGENT) != null) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** How many tokens a relative clause set off between an agreement's name and its verb may take. */
    private static final int RELATIVE_ASIDE_TOKENS = 24;

    /**
     * Where the agreement's name ends when a relative clause stands between it and the verb: the comma before "which"
     * in "The Partnership and Cooperation Agreement between Mongolia and the European Union, which includes a clause
     * on human rights, was signed ..."; else {@code end} itself.
     */
    private static int pastARelativeAside(SentenceView v, int cs, int end) {
        int comma = v.relativeClauseComma(end, Math.max(cs, end - RELATIVE_ASIDE_TOKENS - 1));
        return comma >= 0 ? comma : end;
    }

    /** How far after "was signed" its partner's "with" may stand: "was concluded in Jakarta on 9 November with". */
    private static final int WITH_REACH = 8;

    /** How many tokens a relative clause's subject may take: "which the Ministry of Foreign Affairs and OHCHR signed". */
    private static final int RELATIVE_SUBJECT_TOKENS = 14;
}
