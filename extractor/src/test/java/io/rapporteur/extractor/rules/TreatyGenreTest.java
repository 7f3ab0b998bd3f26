package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** TREATY_ACTION in ratification news and REPORT_SUBMISSION in treaty-body texts. */
class TreatyGenreTest {

    @Test
    void ratificationNews() throws Exception {
        GenreCase.load("ratifications").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    @Test
    void treatyBodyReports() throws Exception {
        GenreCase.load("treaty-body").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** Per-conjunct dates without "respectively"; a relative clause carries an action; "called on X to ratify" does not. */
    @Test
    void datedConjunctsAndRelativeClauses() throws Exception {
        GenreCase.load("treaty-conjuncts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Optional Protocol" refers back to the protocol named before; a deposit with no treaty named is of that
     * treaty; "has not ratified" / "never ratified" are no actions; verbs paired with dates by "respectively"; a
     * committee reviewing a report is no submission.
     */
    @Test
    void shortNamesDepositsNegationAndRespectiveVerbs() throws Exception {
        GenreCase.load("treaty-anaphora").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** Passive "was ratified by X"; "and to the ..." conjuncts; "the Optional Protocol" right after its convention. */
    @Test
    void passivesConjunctsAndTheOptionalProtocolOfAConvention() throws Exception {
        GenreCase.load("treaty-passive-protocols").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Treaty actions and reports in other shapes: the deciding body before "China's accession", "decided to ratify",
     * an instrument "deposited by Indonesia", "the Covenant" after the committee that monitors it, "the UN Committee on
     * ..." as one recipient, a Hong Kong report as China's with Hong Kong as its scope, and a passive report.
     */
    @Test
    void bodiesInstrumentsCommitteesTerritoriesAndPassiveReports() throws Exception {
        GenreCase.load("treaty-reports-more").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * What is not an event: intentions, requests, recommendations, concerns, negated ratifications. Only the
     * signatures in relative clauses ("which it signed in 1998", "which it had signed in 1986") and the ratification
     * without a date of its own are facts.
     */
    @Test
    void nonEventsAndRelativeClauseSignatures() throws Exception {
        GenreCase.load("non-events").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Treaty-body concluding observations: a report cited by its UN symbol ("CRC/C/MNG/5-6", "E/C.12/CHN/2": treaty,
     * state and numbers), "submitted in 2015" after it, "welcomes the ratification of or accession to the following
     * instruments: (a) ..., in 2015; (b) ..." with each instrument's own date (PARTY: which of the two acts, the text
     * leaves open), and "the State party" for the state under review.
     */
    @Test
    void concludingObservationsSymbolsListsAndTheStateParty() throws Exception {
        GenreCase.load("treaty-body-observations").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A treaty body's own document: "the Convention" is the body's treaty even right after another convention, "the
     * Optional Protocol to the Convention" is its protocol, a report naming no treaty is under it and to the body;
     * "the ratification by the State party, since ..., of the following instruments", "became a party to X and to Y,
     * both in 1978, and that it signed ... on 15 February 2006" (each act its own date).
     */
    @Test
    void aTreatyBodysOwnDocument() throws Exception {
        GenreCase.load("committee-own-document").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A treaty body document under a UN header (symbol, distribution and date lines before the committee's heading):
     * "the Convention" is still the committee's; "the ratification of, or accession to, the following instruments by
     * the State party:" with items ";"-separated, each with its own act ("acceded to on", "both ratified on") and date.
     */
    @Test
    void aTreatyBodyDocumentUnderAUnHeaderWithItemisedActs() throws Exception {
        GenreCase.load("committee-header-and-lists").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A treaty body's review of a state's report is a dialogue between them ("examined the combined third to fifth
     * periodic reports of Paraguay ... held on 23 and 24 May 2016", "reviewed Uruguay's third periodic report", a
     * timeline's "5 November - ... considers the initial report of Honduras", "will examine the reports of Peru, Serbia
     * and Albania"); the footnote's "Adopted by the Committee at its seventy-second session (17 May-3 June 2016)";
     * "welcomes the timely submission of the State party's ... reports in March 2015" (not "requests ... the
     * submission"); a list announced with a colon whose items are paragraphs of their own, an ILO convention's year
     * in its name not the act's; "In June of the same year"; "elected Uruguay a member of the Human Rights Council";
     * "It regrets ... that the report, which was due on ..., was submitted only on 16 March 2015" (the State party's).
     */
    @Test
    void treatyBodyReviewsFootnotesAndListsInParagraphs() throws Exception {
        GenreCase.load("reviews-and-paragraph-lists").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the 6th National Assembly ratified that Convention together with the Convention against Torture": a numbered
     * legislature of the text's state, "that Convention" for the one named before, "together with" coordinating.
     */
    @Test
    void demonstrativesAndNumberedLegislatures() throws Exception {
        GenreCase.load("treaty-demonstratives").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Acts told by a fronted gerund: "by acceding to the Optional Protocol on 14 September 2006, the State party ..."
     * (in a treaty body's text, its treaty's protocol), "Since signing the Convention ... in March 2007, Armenia ...";
     * not "to consider ratifying", "the ground for ratifying it", "the possibility of acceding to"; and "the visits
     * to the State party of the Special Rapporteur on A and of the Special Rapporteur on B, in October 2011 and June
     * 2014, respectively" (one visit each, not "visits" as a verb); and the subject after a treaty name with commas
     * of its own ("Since ratifying the International Covenant on Economic, Social and Cultural Rights in January 2015,
     * Namibia ...").
     */
    @Test
    void actsToldByAFrontedGerund() throws Exception {
        GenreCase.load("gerund-acts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "X underwent its second Universal Periodic Review on ...", "will undergo its third ...": dialogues with the UPR
     * Working Group numbered by cycle; "The initial report of X under the Convention ..., submitted in 2010, was in
     * turn considered by the Committee ... on ...", "... will be considered by the Human Rights Committee in July
     * 2015": reviews in the passive; "reviewed the periodic report of X on ... and the periodic report of Y on ...":
     * each report its own review; "During these three years" under a title that covers 2012-2014.
     */
    @Test
    void periodicReviewsAndPassiveReviews() throws Exception {
        GenreCase.load("periodic-reviews-passive").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A committee's session release naming its reviews as nouns: "began its review of the ... reports of Chile on the
     * morning of 13 January 2015", "On Wednesday, 14 January, the Committee turned to the consideration of ...",
     * "The dialogue with Iceland on its ... reports was held on ...", "The consideration of Nepal's ... reports has been
     * scheduled for May 2016"; the headline's undated "reviews reports of Chile, Peru and Iceland" are the same reviews.
     */
    @Test
    void reviewsNamedAsNouns() throws Exception {
        GenreCase.load("reviews-named-as-nouns").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A state's treaty history: "..., to which Bhutan acceded on 31 August 1981", the agentless passive "X was
     * ratified on ..., and Y, together with its Optional Protocol, on ...", "acceded to A and its first Optional
     * Protocol, to B, and to C", "ratified A (No. 138) in June 2021 and B (No. 182) in July 2022", "has been a party to
     * A since 1990 and to B since 1973".
     */
    @Test
    void aStatesTreatyHistory() throws Exception {
        GenreCase.load("treaty-history").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The combined ... reports of Moldova, submitted in March 2016, were examined by the Committee on the Elimination
     * of Racial Discrimination": the committee that took them up gives the treaty (before any committee the document
     * named earlier); "will now be examined at the Committee ...'s seventy-fifth session": planned, by that committee.
     */
    @Test
    void reportsTakenUpLater() throws Exception {
        GenreCase.load("reports-taken-up-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "both International Covenants" (the two, whatever came before) and "it ratified them" in the same sentence; a
     * decision's day in a fronted "Following a decision ... on D1, X deposited ... on D2" is not the act's; the date
     * right after the treaty in a relative clause over one set before; a fact sheet's "14.09.2006 - OPCAT ratified",
     * "CPED: signed ...; ratified 24/01/2011" (numeric dates, day first); "5 October 2012 - The Azgayin Zhoghov
     * ratifies ...": a body the lexicon lacks acts for the timeline's state.
     */
    @Test
    void factSheetsAndCovenantPairs() throws Exception {
        GenreCase.load("treaty-fact-sheet").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A section of concluding observations that opens by looking back to a day ("ratified the Convention ... on 30
     * January 2008") gives "on the same day" in the next paragraph that day, though another clause of that sentence
     * has a day of its own ("... some years later, on 26 September 2012").
     */
    @Test
    void theSameDayAsADateLookedBackTo() throws Exception {
        GenreCase.load("same-day-as-a-date-looked-back-to").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * Dates as timelines and releases also write them: "29 Sep 1994", "2008-06-09", "Mar 2016", and an act whose date
     * stands between commas before its treaty ("had acceded, on 28 March 2019, to the Convention against Torture").
     */
    @Test
    void datesInOtherFormats() throws Exception {
        GenreCase.load("timeline-dates-in-other-formats").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A timeline's reports, after a bullet: "April 2005: Initial report under the ICESCR submitted to the Committee
     * ...", the verbless "12 June 2013 - Combined second and third periodic reports under CAT.": the timeline's state
     * submitted them on the entry's date; "The Committee against Torture considers the report" is a review, no
     * submission.
     */
    @Test
    void timelineReports() throws Exception {
        GenreCase.load("timeline-reports").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A timeline's nominal entries: ratifications each dated in brackets ("Ratification of A (7 April) and of B (9
     * June)"), "Submission of the fourth periodic report under ...", "In loco visit of ..." (the entry's date, not the
     * events it recalls), "Official visit, at the invitation of the Government, of ...", "October 2019 (scheduled):
     * Visit of ..." (planned); and "received human rights delegations from A and B" (their visits).
     */
    @Test
    void timelineNominalEntries() throws Exception {
        GenreCase.load("timeline-nominal-entries").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Treaties by informal names ("the Enforced Disappearance Convention"), a possessive apostrophe alone ("Laos'"),
     * the ILO's Maritime Labour Convention, 2006 (not the convention named before it), and "the two treaties" as the
     * pair named before.
     */
    @Test
    void informalTreatyNamesAndBareApostrophes() throws Exception {
        GenreCase.load("treaty-names-informal").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A chronology: "... of the Convention on the Rights of Persons with Disabilities and of its Optional Protocol",
     * then "Deposit of the instruments of ratification of both instruments" (that pair), and "On the same date, Chile
     * also ratifies ..." (that day); "... its fifth periodic report, covering the period 2004-2008": the entry's date,
     * not the period the report covers.
     */
    @Test
    void bothInstrumentsAndTheSameDate() throws Exception {
        GenreCase.load("chronology-both-instruments").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "That same afternoon, ... signed the host country agreement", "Later in the day, ...": the day written before;
     * "ratified three further instruments: A and B": the treaties listed after the colon.
     */
    @Test
    void thatSameAfternoonAndCountedInstruments() throws Exception {
        GenreCase.load("same-afternoon-counted-instruments").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A session release that lists the reviews as a participle's objects, separated by commas ("..., examining the
     * combined fifth and sixth periodic reports of Ecuador, the initial report of Somalia and ..."), dated by the
     * session's span ("Over the four weeks of the session"), told a paragraph before.
     */
    @Test
    void sessionReviewsListedAfterAParticiple() throws Exception {
        GenreCase.load("session-reviews-listed").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** Acts whose date stands between the verb and the treaty: "acceded in September 1997 to ...", "ratified on 4 September 2008 the ...". */
    @Test
    void treatyActsDatedBeforeTheirObject() throws Exception {
        GenreCase.load("treaty-acts-dated-before-object").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "During the session, the Committee examined the reports of A, B and C": each review dated by the session the
     * release is about; where the release also gives a review's own days ("The review of the report of Cambodia took
     * place on 9 and 10 October"), those date it, and the session-long one goes. "the initial report of Tuvalu,
     * submitted in 2011, on 11 and 12 October, and the second periodic report of Fiji, submitted in 2012, on ...":
     * each report's submission is the aside after it, and each review's days are not the aside's year. An undated
     * "annual meeting with" another committee took place during the session the release is about.
     */
    @Test
    void reviewsDuringTheSession() throws Exception {
        GenreCase.load("session-reviews-during-the-session").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Opening the session on behalf of the High Commissioner, A B, ... said": the official attended the committee's
     * session ("twenty-fifth session of the Committee on Enforced Disappearances") on its first day.
     */
    @Test
    void aSessionOpenedByAnOfficial() throws Exception {
        GenreCase.load("session-opened-by").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A list of instruments ratified: "(a) Optional Protocol ..., on 23 September 2016, which the State party had signed
     * on 6 November 2006;": the list's act on the item's date, and the signature the relative clause recalls on its own.
     */
    @Test
    void anItemRatifiedAfterItsSignature() throws Exception {
        GenreCase.load("ratified-after-signing").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Foreign Minister A signed on behalf of Uzbekistan the Optional Protocol ..." (the state's act, its object after
     * the phrase), "The Protocol was ratified by Law of the Republic of Uzbekistan of 14 March 2023" (the state whose
     * law it is); and "the Special Rapporteur on the right to education paid an official visit ... During the visit she
     * was received by ..." (the office, where no one holding it is named).
     */
    @Test
    void actsOnBehalfOfAStateAndOfficesVisiting() throws Exception {
        GenreCase.load("acts-on-behalf-and-offices-visiting").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the National Assembly adopted resolutions ratifying the Convention against Torture ..., which Viet Nam had signed
     * in November 2013, and the Convention on ...": both ratified, the signature the relative clause's own (of the
     * antecedent only); "deposited its instruments of ratification of A and of B, eight years after it signed both
     * instruments in September 2013": "both instruments" the two this sentence named.
     */
    @Test
    void resolutionsRatifyingAndBothInstrumentsOfTheSentence() throws Exception {
        GenreCase.load("resolutions-ratifying-and-both-instruments").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** Reports a state "has never submitted" or "has not yet submitted" are none; the one submitted in March 2017 is. */
    @Test
    void reportsNeverSubmittedAreNone() throws Exception {
        GenreCase.load("reports-never-submitted").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A dialogue release: "welcomed the fact that Jakarta had ratified ..." (the capital's state, not the side that
     * welcomed it), and "invited the Indonesian authorities to consider ratifying ..." (a request, no invitation).
     */
    @Test
    void aCapitalsRatificationAndARequestToRatify() throws Exception {
        GenreCase.load("dialogue-capital-and-requests").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A timeline in the historical present: "accedes on the same day to A and B", "carries out a fact-finding mission",
     * "Both Covenants are signed" (the two, in the passive too), "Elected to the Human Rights Council ..., for
     * 2021-2023" (the timeline's state, its subject left out).
     */
    @Test
    void aTimelineInTheHistoricalPresent() throws Exception {
        GenreCase.load("timeline-historical-present").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A treaty's own fact sheet: "Albania was the first State to ratify, on 1 October 2003", "Mexico acceded on 11
     * April 2005" (the treaty the text is about, the sentence naming none), and "the instrument was ratified by Malta
     * (24 September), Denmark (25 June) and Liberia (22 September)" (each state on its own date).
     */
    @Test
    void aTreatysOwnFactSheet() throws Exception {
        GenreCase.load("treaty-own-fact-sheet").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A protocol's chronology in the present tense: "Twenty-nine States sign on the first day, among them A, B, ...,"
     * (each named state, on the entry's day told in the sentence before) and "Ecuador deposits its instrument of
     * ratification, the first State to do so" (the text's treaty, on the entry's day).
     */
    @Test
    void aProtocolsChronologyInThePresent() throws Exception {
        GenreCase.load("protocol-chronology-present").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "A and B, which the Philippines had signed in March 2011 and in February 2014 respectively, were ratified by the
     * Philippine Parliament on 12 May 2025": the aside pairs its own dates up to "respectively"; the passive takes the
     * date after it, not one of the aside.
     */
    @Test
    void signaturesPairedInAnAsideThenARatificationOfItsOwnDay() throws Exception {
        GenreCase.load("signed-respectively-then-ratified").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A state's chronology: "Signature, at United Nations Headquarters in New York, of the Optional Protocol ..." (the
     * act's place between the noun and its treaty), "signs the Convention ..., which it would ratify in 2026" (the
     * ratification told ahead), "Ratification of the (First) Optional Protocol to ..." (past the bracketed word).
     */
    @Test
    void aChronologysActsWrittenAsNounsAndLookingAhead() throws Exception {
        GenreCase.load("chronology-nominal-acts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A concluding observations' opening: "considered the combined twenty-first to twenty-third periodic reports of Nepal,
     * submitted in one document, at its 3101st and 3102nd meetings, held on ..." (a long ordinal before the report; "submitted
     * in one document" says how, not when), and "welcomes the submission of ..., which were received on 4 March 2024" (the
     * report's own arrival in a which-clause).
     */
    @Test
    void concludingObservationsOpeningWithLongOrdinals() throws Exception {
        GenreCase.load("co-opening-long-ordinals").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Canada welcomed Viet Nam's accession ... and its efforts in reporting ..., including the submission of its fourth
     * periodic report under the ICCPR in March 2025 and of its initial report under the CRPD earlier this year": each report
     * its own date ("earlier this year" the release's year, not the year written before it in the sentence), by the state
     * whose possessive the sentence opened with.
     */
    @Test
    void reportSubmissionsGivenAsExamplesOfProgress() throws Exception {
        GenreCase.load("submissions-including").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The CRPD was ratified on 2 December 2016, the Convention against Torture in March of the following year, and the
     * CRC on 29 November 1994": each treaty of the list, the verb left out after a comma as after "and", with its own date.
     */
    @Test
    void ratificationsListedWithTheVerbLeftOutAfterAComma() throws Exception {
        GenreCase.load("elided-passive-list").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "7 December 2000 - The Lao PDR signs the ICCPR; the instrument of ratification is deposited on 25 September 2009":
     * the ratification of the treaty the entry named, by the same state, on the deposit's day.
     */
    @Test
    void anInstrumentDepositedAfterTheSignatureTheEntryTells() throws Exception {
        GenreCase.load("instrument-deposited-after-signature").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "submitted its fourth periodic report to the Committee on the Rights of the Child in March 2024, its combined ...
     * reports to the Committee on the Elimination of Racial Discrimination in June 2024 and, later in the same year, its fifth
     * periodic report under CEDAW": each report the treaty of the committee right after it, and a later report the date of
     * its own conjunct nearest it.
     */
    @Test
    void reportsToCommitteesInTurnEachWithItsDate() throws Exception {
        GenreCase.load("reports-to-committees-in-turn").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A state's own report: "the instruments of accession to the CPED and the CRPD were deposited with the
     * Secretary-General ... on 9 April 2025": accessions by the state the report is about, on the deposit's day.
     */
    @Test
    void instrumentsDepositedInAStatesOwnReport() throws Exception {
        GenreCase.load("instruments-deposited-in-own-report").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Ghana briefed the Swiss delegation on the submission of its second periodic report ... in January 2026",
     * "Switzerland briefed its counterpart on the ratification, on 2 December 2025, of the Optional Protocol ...": acts the
     * briefing side took, reported to the other.
     */
    @Test
    void actsASideBriefedTheOtherOn() throws Exception {
        GenreCase.load("briefed-on-acts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "signature of the Optional Protocols to the Convention on the Rights of the Child on the sale of children ... and
     * on the involvement of children in armed conflict", "both Optional Protocols to the CRC (on ...)", "The two Optional
     * Protocols to the International Covenant on Civil and Political Rights": each protocol, not the convention.
     */
    @Test
    void pluralOptionalProtocolsNamedByTheirSubjects() throws Exception {
        GenreCase.load("plural-optional-protocols").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "the ASEAN Convention against Trafficking in Persons, ...", "the United Nations Convention against Corruption", "the Protocol of 2014 to the Forced Labour Convention". */
    @Test
    void regionalAndOtherTreaties() throws Exception {
        GenreCase.load("regional-and-other-treaties").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** A dateline "Majuro, 12 March 2025" whose place the gazetteer lacks, then "... yesterday deposited ...": the day before it. */
    @Test
    void yesterdayFromTheDatelineOfAnUnknownPlace() throws Exception {
        GenreCase.load("dateline-of-an-unknown-place").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Convention now had 165 States parties, following the accession of Gambia on 28 September 2018", "welcomed
     * recent steps ..., including the ratification of the Optional Protocol ... by Ghana in September 2016": acts that
     * took place, named as nouns.
     */
    @Test
    void actsNamedAfterFollowingOrIncluding() throws Exception {
        GenreCase.load("acts-named-after-following-or-including").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "welcomes the progress made by the State party since ..., including the following steps: (a) The ratification of ..., on 14 April 2016;" */
    @Test
    void welcomedStepsListedOnFollowingLines() throws Exception {
        GenreCase.load("welcomed-steps-listed-on-following-lines").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "17 Mar 1982 - Succession to the International Covenant ...", "notifies the Secretary-General of its succession to the ...": a successor state's act, as a noun. */
    @Test
    void successionInAChronology() throws Exception {
        GenreCase.load("succession-in-a-chronology").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "ratified the ILO Minimum Age Convention, 1973 (No. 138) and the ... Convention, 1930 (No. 29), in 2011 and 1957 respectively": pairs past the names' years and a later clause's date. */
    @Test
    void respectivelyPastNamedYearsAndLaterClauses() throws Exception {
        GenreCase.load("respectively-past-named-years-and-later-clauses").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "5 July 2012 - Accession to the Second Optional Protocol, aiming at the abolition of the death penalty": the ICCPR's, by its short name. */
    @Test
    void secondOptionalProtocolByItsShortName() throws Exception {
        GenreCase.load("second-optional-protocol-by-its-short-name").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "3 October: accession to A and to the (First) Optional Protocol to B; ratification of C": every act of a verbless entry, on the entry's date. */
    @Test
    void verblessEntryWithSeveralActs() throws Exception {
        GenreCase.load("verbless-entry-with-several-acts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "the ICERD and the CEDAW, both of which Kyrgyzstan acceded to in 1997": a relative clause about both treaties before it. */
    @Test
    void bothOfWhichItRatified() throws Exception {
        GenreCase.load("both-of-which-it-ratified").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "became one of the first Asian States to ratify", "was also among the first States of the region to accede, on 12 February 2015, to": the act, whatever the group of states. */
    @Test
    void amongTheFirstStatesToRatify() throws Exception {
        GenreCase.load("among-the-first-states-to-ratify").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "has not yet formally ratified it", "has not, to date, ratified it": a signature, and no ratification. */
    @Test
    void aNegationTwoWordsOrAnAsideBeforeTheVerb() throws Exception {
        GenreCase.load("not-yet-formally-ratified").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "has neither signed nor ratified the Optional Protocol", "Neither Kenya nor Uganda has ratified": no act. */
    @Test
    void neitherSignedNorRatified() throws Exception {
        GenreCase.load("neither-signed-nor-ratified").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A report "validated at a national workshop ... and forwarded to the Committee in March", "drafted in late
     * 2015 and submitted ... in June 2016": the passive reaches back past the first participle, and the date is the
     * sending's.
     */
    @Test
    void reportSentAfterAnotherParticiple() throws Exception {
        GenreCase.load("report-sent-after-another-participle").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A relative clause that looks back to the signature ("ratified X, which it had signed on 11 December 2008, on
     * 20 February 2015"; "...; on the same day it approved accession to Y"): the act's own date comes after the
     * clause, the same day is the main clause's, and an accession approved is an accession.
     */
    @Test
    void actsAroundARelativeClause() throws Exception {
        GenreCase.load("acts-around-a-relative-clause").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * Two reports under two treaties submitted "respectively" (each under its own treaty), and a dialogue told
     * beside consultations with another state in a coordinated clause (each with its own partner).
     */
    @Test
    void reportsAndExchangesToldTogether() throws Exception {
        GenreCase.load("reports-and-exchanges-told-together").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "welcomed the signature by Tajikistan of the Convention ... on 22 March 2018 and urged its ratification": the
     * signature, not a ratification urged.
     */
    @Test
    void signatureByAState() throws Exception {
        GenreCase.load("signature-by-a-state").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "A constructive dialogue with that Committee took place ..." after reports transmitted to a named committee:
     * that committee's dialogue with the state.
     */
    @Test
    void thatCommittee() throws Exception {
        GenreCase.load("that-committee").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * The two statelessness conventions under their own ids: the 1954 one is treaty:CSSP (the spec's), the 1961 one
     * treaty:CRS.
     */
    @Test
    void statelessnessConventions() throws Exception {
        GenreCase.load("statelessness-conventions").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "has ratified the Convention against Torture, in July 2016, and both International Covenants, in November 2018":
     * each treaty its own date set off by commas (both covenants on theirs), not the review's date before the verb.
     */
    @Test
    void treatiesEachDatedBetweenCommas() throws Exception {
        GenreCase.load("treaties-each-dated-between-commas").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the Government has undertaken the following treaty actions:" and its items "(a) Ratification, on 11 June 2019,
     * of ...;", "(b) Ratification of A and of B, both of which Malawi had signed in September 2000, on D1 and D2,
     * respectively;": each item's own act and dates, and the act its relative clause recalls.
     */
    @Test
    void treatyActionsListedByAState() throws Exception {
        GenreCase.load("treaty-actions-listed-by-a-state").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "acceded to the Convention on the Rights of the Child, and on 30 May 2002 to both Optional Protocols thereto":
     * the act again, its verb left out, on the pair of protocols of the treaty before (kb.17 anaphor).
     */
    @Test
    void gappedAccessionToBothProtocols() throws Exception {
        GenreCase.load("gapped-accession-to-both-protocols").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A chronology's subjectless entry "April - Submits its combined fifth to eighth periodic reports to the Committee ...":
     * the report of the state the chronology is about.
     */
    @Test
    void chronologySubjectlessSubmissions() throws Exception {
        GenreCase.load("chronology-subjectless-submissions").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The Convention ..., signed on behalf of Kyrgyzstan on 21 September 2011, was ratified on 16 March 2019": the
     * earlier act in the aside on its day, the later act of the passive on its own.
     */
    @Test
    void earlierActInAnAside() throws Exception {
        GenreCase.load("earlier-act-in-an-aside").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "while Georgia and Moldova, which had signed it in June and September 2003, respectively": the states' relative
     * clause pairs its own dates, not the main clause's.
     */
    @Test
    void statesRelativeClauseRespectively() throws Exception {
        GenreCase.load("states-relative-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "submitted its combined fifth and sixth periodic reports under A and its second periodic report under B in March
     * and August 2015, respectively" and "the initial reports of Ghana and Senegal had been submitted in 2016 and
     * 2018, respectively": each report on its own date.
     */
    @Test
    void reportsPairedAfterTheList() throws Exception {
        GenreCase.load("reports-paired-after-the-list").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "welcomed the ratification of the Convention by Equatorial Guinea on 25 October 2021" after "Chair of the
     * Committee for the 2021-2023 term": the act's day right after its state, not the term nearer the verb.
     */
    @Test
    void ratificationByAStateOnItsDay() throws Exception {
        GenreCase.load("ratification-by-a-state-on-its-day").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "had become parties to ..., in July 2012 and September 2017, respectively", "had become a party to": the perfect
     * of becoming a party (kb.18 cues).
     */
    @Test
    void hadBecomeParties() throws Exception {
        GenreCase.load("had-become-parties").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "welcomed the ratification of the Convention by A on ... and the accession of B to the Optional Protocol on
     * ...": the second noun of action, coordinated with one that took place, took place too.
     */
    @Test
    void coordinatedNominalActs() throws Exception {
        GenreCase.load("coordinated-nominal-acts").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the ratification by Kazakhstan in February 2022 of the Second Optional Protocol": the state, its date, then the
     * treaty.
     */
    @Test
    void ratificationByStateDatedOf() throws Exception {
        GenreCase.load("ratification-by-state-dated-of").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "A, B and C had deposited their instruments of ratification on 31 August, 3 October and 4 December 2014,
     * respectively": each state's deposit of the treaty named before, on its own day (kb.18 cues; the last two days
     * are list items, not a stay).
     */
    @Test
    void depositedTheirInstrumentsRespectively() throws Exception {
        GenreCase.load("deposited-their-instruments-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "welcomed the ratification of the Optional Protocol ... by Chile and Portugal in September and October 2014,
     * respectively, and the accession of ...": each agent after the treaty its own act, on its own date up to
     * "respectively".
     */
    @Test
    void ratificationByAgentsRespectively() throws Exception {
        GenreCase.load("ratification-by-agents-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A chronology's "May and October: Mongolia submits ... and ..., respectively": "May" joined to another month is a
     * month, not the modal verb.
     */
    @Test
    void mayAndAnotherMonth() throws Exception {
        GenreCase.load("may-and-another-month").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A national report's lists of reports after a colon: "the following reports were presented: (a) the sixth
     * periodic report on the implementation of the International Covenant ..., submitted in March 2015; (b) ..." (each
     * item's participle past a long treaty name) and "Mongolia has submitted the following reports to the treaty
     * bodies: (a) ..., on 14 February 2016; (b) ..., in June 2019" (the list's verb reads every item, not the noun
     * announcing them).
     */
    @Test
    void reportListsAfterAColon() throws Exception {
        GenreCase.load("report-lists-after-a-colon").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Since it signed the Convention ... in September 2010, Bhutan has ...", "Following its signature of the
     * International Convention ... on 6 February 2007, the Government of Morocco ...": the "it"/"its" of a fronted
     * clause is the subject of the main clause after it.
     */
    @Test
    void signedInAFrontedClause() throws Exception {
        GenreCase.load("signed-in-a-fronted-clause").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A chronology's present 'Tajikistan accedes, on a single day, to A and its first Optional Protocol, B and C'
     * (kb.20 cues): past the undated aside to the treaties, the list going on past the protocol.
     */
    @Test
    void accedesWithAnAsideToAListPastAProtocol() throws Exception {
        GenreCase.load("accedes-with-an-aside-to-a-list-past-a-protocol").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A chronology's entry under its year heading, '29 September and 30 November - Signature and ratification,
     * respectively, of the Convention on the Rights of the Child': each act by its noun on its own day, by the state
     * the chronology is about.
     */
    @Test
    void chronologyActsByTheirNounsRespectively() throws Exception {
        GenreCase.load("chronology-acts-by-their-nouns-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'On 26 September 2019, Fiji deposited ... . On the same occasion, Tonga signed the Convention ...': the day of
     * the act just told.
     */
    @Test
    void onTheSameOccasion() throws Exception {
        GenreCase.load("on-the-same-occasion").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }
}
