package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/**
 * Later white papers and news in one text: bilateral lists, "China-US"/"Sino-Swiss" compounds, "round of",
 * an invitation before the visit it explains, a meeting dated by the visit it happened during, term intervals.
 */
class MixedGenreTest {

    @Test
    void laterWhitePapersAndNews() throws Exception {
        GenreCase.load("white-paper-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    @Test
    void whitePaper2003AndUnNews() throws Exception {
        GenreCase.load("white-paper-2003").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    @Test
    void unNewsElectionsDialoguesAgreements() throws Exception {
        GenreCase.load("un-news").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    @Test
    void unMiscellanyAnaphoricConventionAndRoundsOfTheirDialogue() throws Exception {
        GenreCase.load("un-misc").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    @Test
    void whitePaperMiscellanyBodiesTitlesAndCoordinatedGovernments() throws Exception {
        GenreCase.load("white-paper-misc").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A round-up: "and to the Convention ... in 1988" per-conjunct dates, "signed ... and ratified it", "the Covenant",
     * a report to a committee that names no treaty (the treaty it monitors), UN visits and EU dialogue rounds.
     */
    @Test
    void treatyReportVisitAndDialogueRoundUp() throws Exception {
        GenreCase.load("treaty-roundup").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A 2008-style white paper: "dialogues or consultations with" (one exchange each), a gapped second round ("and the
     * 27th in Paris"), "the first since 2002" (no ordinal), hyphenated given names, a delegation led to a session,
     * meetings dated by the visit reported just before, an unknown name that opens a clause before "visited", and
     * "the country" naming the state of an earlier clause.
     */
    @Test
    void whitePaper2008GappedRoundsDelegationsAndVisitors() throws Exception {
        GenreCase.load("white-paper-2008").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Statuses and series: "The next Human Rights Dialogue will take place" (the following round, planned), a visit
     * named as a noun and postponed, a dialogue "due to be held" and then cancelled, "and the 15th round took place",
     * "between 1997 and 2005" with nine rounds (a tally, no fact), and states paired with their dates by "respectively".
     */
    @Test
    void statusesSeriesAndPairedStates() throws Exception {
        GenreCase.load("statuses-and-series").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A 1997 white paper: two sessions attended in one breath, "the Chinese and EU sides", and an invitation whose
     * sentence goes on to date another event ("..., and the Working Group ... visited China in October 1997"): the
     * invitation is undated.
     */
    @Test
    void whitePaper1997SessionsSidesAndDatesOfOtherClauses() throws Exception {
        GenreCase.load("white-paper-1997").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A 2019 white paper: "joined 26 international human rights instruments" is no membership, partners named after
     * a count ("with more than 20 countries, including ..."), a titled forum that "was held in Beijing" (its host's),
     * and a seminar "co-hosted by" two bodies, one written "Ethiopia's Ministry of Foreign Affairs".
     */
    @Test
    void whitePaper2019CountedPartnersHostsAndCoHosts() throws Exception {
        GenreCase.load("white-paper-2019").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A 2002 white paper: rounds paired with places by "respectively" under one scene-setting year, "for the first
     * time" only for the exchange it follows, two counted rounds with fronted months, a visit with attendance of a
     * long title and an MoU "signed with" the government, and a yearless day range ("from September 9 to 22").
     */
    @Test
    void whitePaper2002PairedPlacesCountedRoundsAndVisitAftermath() throws Exception {
        GenreCase.load("white-paper-2002").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Text hard-wrapped at a fixed width (as PDF extraction gives it): lines that end in "in" or "Mary" are prose, not
     * headings, and values read on one line ("Ninth Workshop on Regional Cooperation ...").
     */
    @Test
    void proseWrappedAtAFixedWidth() throws Exception {
        GenreCase.load("wrapped-lines").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Coordinated acts and their dates: a year set before both acts dates both, "visited China in November 2000 and met
     * with ..." (Mary Robinson met, not China), "acceded to the Convention ... and submitted its initial report in 2010"
     * (that treaty's report, its own date).
     */
    @Test
    void coordinatedActsShareSubjectsAndKeepTheirDates() throws Exception {
        GenreCase.load("dates-of-coordinated-acts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Lists paired by "respectively": two visitors and their months, China's dialogues with each of three partners
     * named as co-subjects or after "with", each with its month; and a meeting dated by the visit of one of the
     * visitors in the sentence before.
     */
    @Test
    void respectivelyPairsVisitorsAndPartnersWithTheirDates() throws Exception {
        GenreCase.load("respectively-lists").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Another state's white paper: "became the first country in Central Asia to ratify", "the Parliament adopted laws
     * ratifying X and Y, which Kazakhstan had signed in ... and ..., respectively" (the bare body is the state's),
     * reports "prepared and forwarded to the Committee", "At the invitation of the Government, <visitor>, ...", "was
     * received by Minister of Justice <name>", rounds given as "their eighth and fifth rounds ... respectively", a
     * consultation "which had been scheduled for September" called off, "In cooperation with X, the Ministry ...
     * organized in Astana, in June 2016, a workshop on ...".
     */
    @Test
    void anotherStatesWhitePaper() throws Exception {
        GenreCase.load("white-paper-other-state").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A white paper's year holds: a year in a relative clause ("which the Chinese government had submitted in June
     * 2005 and which ...", itself a report's date), in the future ("is expected to take place in 2009") or in a
     * treaty's name ("Convention, 1951 (No. 100)") does not become the year of later months; "adopted a decision to
     * ratify"; "In May and October, respectively, ... submitted the third report of the Hong Kong SAR on ... and the
     * second report of the Macao SAR under the same Convention"; "<name>, Special Rapporteur on ... of the UN Human
     * Rights Council, visited ..."; "His visit, postponed twice in previous years, was the first ..." (held, not
     * postponed); "invited ..., and the visit is expected ..." leaves the invitation undated.
     */
    @Test
    void aWhitePapersYearHoldsAgainstRelativeFutureAndNamedYears() throws Exception {
        GenreCase.load("white-paper-2007").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A later white paper: "consultations were conducted with A, B and C in April, June and October, respectively"
     * (China, the text's state, the other side); "on December 7 and 8" (a span); "the Forum adopted the Beijing
     * Declaration" (dated by the forum); "renewed its invitation to"; "The third report of the Hong Kong SAR and the
     * second report of the Macao SAR under the Convention against Torture were submitted in March and September,
     * respectively".
     */
    @Test
    void aLaterWhitePapersConsultationsForumAndReports() throws Exception {
        GenreCase.load("white-paper-2017").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A foreign ministry's annual report: each report with the date after it ("... under the ICESCR in March and its
     * second report under the CRPD on 3 September"); "Philippine and Australian officials held consultations"; "A
     * second round of consultations with Norway, initially planned for October, has been rescheduled for 2020" (the
     * date it was called off from, the narrative still in 2019); "The 4th Dialogue with the European Union is
     * expected to take place"; "The Special Rapporteur on Torture of the UN Human Rights Council will visit ..." (the
     * Council is part of the title).
     */
    @Test
    void aMinistrysAnnualReport() throws Exception {
        GenreCase.load("ministry-annual-report").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A chronology's entries: "12-16 April - Official visit by the Special Rapporteur on ..., Walter Kalin." (a dated
     * visit named without its destination is to the chronology's state), "Kenya signs", "19 May - Ratification of the
     * ...", "Navi Pillay meets President ...", "Combined third to fifth periodic reports submitted to the Committee on
     * the Rights of the Child" (the committee's treaty), "reviews Kenya's second periodic report", a joint visit of two
     * mandate holders, a visit "scheduled for September, is postponed"; not a visit "requested in 2009, is still
     * pending".
     */
    @Test
    void chronologyEntries() throws Exception {
        GenreCase.load("timeline-entries").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the House of Representatives of Liberia ratified ..., and in the same month Liberia acceded to ..." (a national
     * legislature as the deciding body; the month of the date earlier in the sentence), "the second and third sessions
     * of their Human Rights Dialogue" (rounds of the dialogue, not sessions of a body), "At the third session, the two
     * sides agreed that the fourth session would be held ... the following year" (the next round, planned), a visit
     * "initially scheduled for June 2017, had been postponed", "the expert held separate meetings on 15 November
     * with ...", "The following day he was received by ..." (he: the expert, not the last minister named); "In 2015,
     * ... submitted ..., and in March of the following year it submitted ..." (each report its own date), "completed a
     * term as a member of the Human Rights Council from 2014 to 2016".
     */
    @Test
    void sessionsOfADialogueAndAnExpertsVisit() throws Exception {
        GenreCase.load("sessions-and-expert-releases").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A report whose title gives its year ("Annual Report 2016"): the months of its sections are in that year, not in
     * the year of "the Constitution of 2001" its first sentence names, nor in a later year of the same sentence
     * ("until the end of 2020").
     */
    @Test
    void aTitlesYear() throws Exception {
        GenreCase.load("title-years").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A ministerial communique: declarations whose titles run on over a comma or a colon ("... on Human Rights,
     * Development and the Rule of Law", "Hanoi Declaration: Partnership for Human Dignity"), "the accession of Fiji and
     * Samoa to the Convention against Torture in March 2016 and April 2017, respectively" (each state its act and
     * date), "the election of Nepal, Australia and Spain as members of the Human Rights Council for the term 2018-2020".
     */
    @Test
    void aMinisterialCommunique() throws Exception {
        GenreCase.load("communique").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A timeline in the present tense: "Ghana's second-cycle Universal Periodic Review takes place", "... report ... is
     * considered by the Committee against Torture" (dated by the line), "Ghana is elected by the General Assembly as a
     * member of the Human Rights Council" (the Council, not its electors), "31 August and 1 September 2016" (one span).
     */
    @Test
    void aTimelineInThePresentTense() throws Exception {
        GenreCase.load("timeline-present-tense").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A national institution named like a treaty body ("NATIONAL HUMAN RIGHTS COMMITTEE - KINGDOM OF BAHRAIN", "the
     * National Human Rights Committee (NHRC)") is the state's own (org:BHR-NHRC), not the Human Rights Committee, and
     * in its own report "the Committee" is itself.
     */
    @Test
    void aNationalInstitutionNamedLikeATreatyBody() throws Exception {
        GenreCase.load("national-institution-named-like-a-treaty-body").findsExactlyTheExpectedFacts()
                .agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "elected a member ... for the term from 2010 to 2014" does not move the narrative to 2014: "From September 14 to
     * 20" after it is still the report's year, 2009.
     */
    @Test
    void aTermOfYearsIsNoNarrativeYear() throws Exception {
        GenreCase.load("term-of-years-is-no-narrative-year").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A national commission's own report under a heading in capitals ("GHANA NATIONAL COMMISSION ON HUMAN RIGHTS"): the
     * commission is the state's own (its initials, the state's first), not the UN Commission on Human Rights inside its
     * name, and "the Commission" is itself; "the Togo Human Rights Commission (THRC)" is Togo's; "participated in the
     * forty-sixth (...) and forty-seventh (...) sessions of the Human Rights Council" attended each on its days.
     */
    @Test
    void aNationalCommissionsReport() throws Exception {
        GenreCase.load("national-commission-report").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A minister's statement: "we" is the speaker's state; "in October of last year" and "next year" count from the
     * statement's date (2023), not from the year its story last named.
     */
    @Test
    void aMinistersStatement() throws Exception {
        GenreCase.load("ministers-statement").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A commission's report whose title line names it ("HUMAN RIGHTS COMMISSION - BOTSWANA"): "the Commission" is that
     * commission (not "the Human Rights Commission Act", a law), and "the Namibia Human Rights Commission" is Namibia's.
     */
    @Test
    void aCommissionsReportTitleLine() throws Exception {
        GenreCase.load("commission-report-title-line").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "has accepted the invitation of the Chinese government to visit China in 2011": that year is the visit's, neither
     * the invitation's nor the year the report narrates ("... in Berlin in June" after it is still 2010).
     */
    @Test
    void aPlannedVisitsYearIsNoNarrativeYear() throws Exception {
        GenreCase.load("planned-visit-year-is-no-narrative-year").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A journal's review of a year: under the issue line "Vol. 12, No. 1, January 2014", the title "... on Human
     * Rights in 2013" sets the year its sections' months are in.
     */
    @Test
    void aJournalsReviewOfAYear() throws Exception {
        GenreCase.load("review-of-a-year").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A chronology whose entries open with an abbreviated month and a colon ("Mar: The first round ... is held in
     * Thimphu.", "Sept: ..."), and its present tense: "undertakes a fact-finding mission to Bhutan", "reports ... are
     * submitted to the Committee", "The General Assembly elects Bhutan to the Human Rights Council", "The Government
     * extends an invitation to ...".
     */
    @Test
    void aChronologyWithAbbreviatedMonths() throws Exception {
        GenreCase.load("chronology-abbreviated-months").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A record whose entries are headed by their date on a line of its own, with or without the place ("14 June 2016
     * - Jakarta", "3 May 2018: Brussels", "21 November 2019"): the entry's text takes that day unless it gives a full
     * date of its own ("... was held in Geneva on 11 March 2020" under "9 March 2020 - Geneva").
     */
    @Test
    void aRecordWithDatedHeadings() throws Exception {
        GenreCase.load("chronology-dated-headings").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Offices and treaties of others: "the Commissioner" stays the Council of Europe's Commissioner after the text met
     * "the Ukrainian Commissioner for Human Rights, Dmytro Lubinets"; a deposit "of the European Charter for Regional
     * or Minority Languages", which the lexicon lacks, is not of the treaty named before (the Rome Statute), nor is
     * "the Protocol to the African Charter on ..." the protocol of the treaty named last (since kb.13 it is the Maputo
     * Protocol, which Kenya ratified); states by their formal names
     * ("The Slovak Republic"); and ILO
     * conventions take the id annotators write, without leading zeros (`treaty:ILO-C29`).
     */
    @Test
    void officesAndTreatiesOfOthers() throws Exception {
        GenreCase.load("offices-and-treaties-of-others").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** A report's numbered section headings: "5. Conferences hosted by Qatar" names a kind of event, not one. */
    @Test
    void sectionHeadingsNameKindsOfEvents() throws Exception {
        GenreCase.load("section-headings-plural").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A white paper whose title gives the year it covers ("Progress in China's Human Rights in 2010"), published the
     * next year ("September 2011, Beijing"): a later year mentioned in passing ("and in January 2011 it submitted
     * ...") does not move the narrative, so "In May" is May 2010. "China's fifth report on ..., which it submitted in
     * June 2010, will be considered ...": the report's owner submitted it.
     */
    @Test
    void aTitlesYearOverLaterMentions() throws Exception {
        GenreCase.load("title-year-over-later-mentions").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A weekly bulletin whose first item names a later year ("until the end of 2021", the memorandum's term, not the day
     * it was signed): the next items' "Monday 5 November" still fall in 2018, the year in which that day is a Monday.
     */
    @Test
    void aBulletinsWeekdaysKeepTheirYear() throws Exception {
        GenreCase.load("bulletin-weekdays-and-terms").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A digest's shorthand: a capital for its state ("Windhoek deposited its instruments of ratification of A and of
     * B"), a session "which opened on 13 September, concluded on 11 October" (both days written), and a president
     * elected "for 2022" (the year of the office, not the day of the vote).
     */
    @Test
    void aDigestsCapitalsSessionsAndOffices() throws Exception {
        GenreCase.load("digest-capitals-and-offices").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "attended the 37th, 38th and 39th sessions of the Human Rights Council, held in Geneva in February, June and
     * September": each session attended in its own month, in the order written.
     */
    @Test
    void sessionsAttendedEachInItsMonth() throws Exception {
        GenreCase.load("sessions-attended-by-month").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A weekly digest's items headed "Tue 11 Mar - New York | Malawi joins ...": the item's text is dated by its
     * heading (not by a year it mentions in passing), and the exchange its headline announces is the one its text
     * numbers ("held their ninth round"), not a second one.
     */
    @Test
    void aDigestsItemHeadings() throws Exception {
        GenreCase.load("digest-item-headings").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A weekly bulletin with no dateline but its issue line, "Issue 112 - 10 to 14 October 2022": the days of its items
     * ("On Monday", "on Wednesday and Thursday") are told from the day the issue ends.
     */
    @Test
    void aBulletinsIssueLineDatesItsWeekdays() throws Exception {
        GenreCase.load("bulletin-issue-line").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A state's chronology: "3-12 June 2024 - The Working Group on ... conducts an official visit, including to ..." (no
     * destination: the chronology's state) and "11 October 2024 - Elected by the General Assembly to the Human Rights
     * Council for the term 2025-2027" (no subject, electors before the body).
     */
    @Test
    void aChronologysEntriesThatLeaveOutTheStateOrTheDestination() throws Exception {
        GenreCase.load("chronology-subjectless-entries").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A chronology whose entries are dated by month and year in figures ("3/2024 - Cambodia submits ...", "11/2025 - The
     * Special Rapporteur ... visits ..."): that month of that year.
     */
    @Test
    void aChronologyDatedByMonthAndYearInFigures() throws Exception {
        GenreCase.load("chronology-numeric-months").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The APF and the National Human Rights Commission of Nepal held ...", "... its sixth periodic report to CESCR": bodies by their bare acronyms. */
    @Test
    void bodiesByTheirBareAcronyms() throws Exception {
        GenreCase.load("bare-acronyms-of-bodies").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Raoul Wallenberg Institute", "the Department of Foreign Affairs and Trade", "the FDFA": bodies of partner
     * states by the ids the genre gives them (org:SWE-RWI, org:AUS-DFAT, org:CHE-FDFA), whatever state the text is about.
     */
    @Test
    void bodiesOfPartnerStates() throws Exception {
        GenreCase.load("bodies-of-partner-states").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "A signed X the next day, and on 25 September B deposited ...": the next day counts from the day before it,
     * the later clause's day is its own; a title with a hyphenated word ("Post-pandemic") is read whole.
     */
    @Test
    void nextDayBesideALaterClause() throws Exception {
        GenreCase.load("next-day-beside-a-later-clause").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A digest whose items each open with a dateline on a line of its own ("Tbilisi, 19 September 2023"): "today" in
     * an item is its own dateline's day, not the first item's.
     */
    @Test
    void digestItemsEachWithItsDateline() throws Exception {
        GenreCase.load("digest-items-each-with-its-dateline").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A chronology's verbless entries: "Accession to A, to its first Optional Protocol and to B" (the protocol of the
     * treaty before), "Election to the Human Rights Council for the term 2017-2019" (the state the chronology is about).
     */
    @Test
    void chronologyVerblessAccessionsAndElections() throws Exception {
        GenreCase.load("chronology-verbless-accessions-and-elections").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A ministry's selected press releases, each headed by its date and place on a line of its own ('11 March 2021,
     * Ulaanbaatar', '20-22 April 2021, Darkhan', 'Geneva, 7 June 2021' under the first): each item's fact takes its
     * heading's day or days.
     */
    @Test
    void itemsHeadedByTheirDateAndPlace() throws Exception {
        GenreCase.load("items-headed-by-their-date-and-place").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'the combined tenth and eleventh periodic reports of Peru and the initial report of Palau had been received on 3
     * March and 17 April 2023, respectively' under a committee's headline: each report of its own state with its own
     * numbers, on its own day, the two days joined by 'and' taken apart.
     */
    @Test
    void reportsOfTwoStatesReceivedRespectively() throws Exception {
        GenreCase.load("reports-of-two-states-received-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'In August and November 2019 respectively, New Zealand lodged its sixth periodic report under A and its combined
     * twenty-second and twenty-third periodic reports under B': 'lodged its' submits (kb.20 cues), each report on its
     * month in order.
     */
    @Test
    void reportsLodgedRespectively() throws Exception {
        GenreCase.load("reports-lodged-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'Diplomatic Bluebook 2020' tells 2019 (kb.20 word list titles-of-the-year-after): 'In March, Japan submitted
     * ...' is March 2019.
     */
    @Test
    void bluebookTellsTheYearBeforeItsTitle() throws Exception {
        GenreCase.load("bluebook-tells-the-year-before-its-title").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'Diplomatic White Paper 2019' (the Republic of Korea's yearly review, kb.20 word list titles-of-the-year-after)
     * tells 2018: 'held in Seoul on 4 December' is 4 December 2018.
     */
    @Test
    void diplomaticWhitePaperTellsTheYearBefore() throws Exception {
        GenreCase.load("diplomatic-white-paper-tells-the-year-before").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }
}
