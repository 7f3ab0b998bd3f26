package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** EXCHANGE in EU statements and other years' white papers. */
class ExchangeGenreTest {

    @Test
    void euStatementRoundsAndTheAnnouncedNextRound() throws Exception {
        GenreCase.load("eu-dialogue").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    @Test
    void whitePaperDialoguesConsultationsAndSeminars() throws Exception {
        GenreCase c = GenreCase.load("white-paper-2004").findsExactlyTheExpectedFacts().agreesOnStatedSlots();
        assertEquals(3, c.ofType(FactType.EXCHANGE).stream().filter(f -> "CONSULTATION".equals(f.text("format"))).count(),
                "one consultation per named partner");
    }

    @Test
    void domesticMeetingsAreNotExchangesAndTheFollowingYearIsResolved() throws Exception {
        GenreCase.load("domestic").findsExactlyTheExpectedFacts().agreesOnStatedSlots();
    }

    /** "the 40th round of the Dialogue" takes the sides of the dialogue named before; "is planned for" announces. */
    @Test
    void plannedRoundsOfNamedAndReferencedDialogues() throws Exception {
        GenreCase.load("eu-planned-rounds").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held two rounds of human rights dialogue, in Beijing in February and in Luxembourg in October": one fact per
     * round with its own place and date; states a delegation "visited" are not the sides of the next exchange.
     */
    @Test
    void countedRoundsAndVisitedStatesAreNotSides() throws Exception {
        GenreCase.load("white-paper-rounds").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Series: "the twenty-third round of", a dialogue "which began in 1997" that "held its 15th round" (neither the
     * relative clause's year nor no ordinal), "; the seventh was held in Astana", and a workshop one state hosted that
     * is international by its topic ("regional cooperation ... in the Asia-Pacific region").
     */
    @Test
    void seriesOrdinalsRelativeClausesAndRegionalWorkshops() throws Exception {
        GenreCase.load("dialogue-series").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The 2010 Beijing Forum ... was held in November" (November 2010: the edition's year, not a name), co-sponsoring
     * national bodies as the sides, and a topic that keeps "with disabilities".
     */
    @Test
    void editionYearsCoSponsorsAndTopicsWithWith() throws Exception {
        GenreCase.load("forums-and-seminars").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * References within a series: "The previous Dialogue was held in Beijing in 2014" (one round back), "the 18th
     * Dialogue" (the series' full name and topic), and "Switzerland's Federal Department of Foreign Affairs" as a side.
     */
    @Test
    void previousRoundsBareTitlesAndForeignMinistries() throws Exception {
        GenreCase.load("series-references").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An EU press release: "the Republic of Uzbekistan" as one side, "This was the 13th round of the Dialogue." (the
     * number of the round just reported, which replaces the unnumbered fact), and "The next round of the Human Rights
     * Dialogue will take place ..." (the 14th, planned).
     */
    @Test
    void formalStateNamesRoundNumbersStatedAfterAndNextRoundOf() throws Exception {
        GenreCase.load("eu-press-numbering").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An EU release on a dialogue round: a seminar on its eve does not take "the previous round" or "the 15th round"
     * from the dialogue; "the ... Partnership and Cooperation Agreement, which was signed in Luxembourg on ..." (its
     * parties from its title); "ratify the Optional Protocol to the Convention against Torture, noting that Uzbekistan
     * ratified the Convention itself in 1995"; "which brought together some 50 representatives"; "In the margins of
     * the Dialogue, <name> also met with the Chairperson of ... (NHRC) of Uzbekistan, <name>." (the delegation head
     * named after "headed by"), dated by the round.
     */
    @Test
    void anEuReleaseOnADialogueRound() throws Exception {
        GenreCase.load("eu-dialogue-release").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * White-paper workshops and sessions: "attended the 62nd Session ..., held in Geneva from March 13 to March 27"
     * (the session's dates over the year that sets the scene); "attended the 14th Workshop ..., which the Government of
     * Indonesia and the Office of the High Commissioner co-hosted in Jakarta from July 10 to 12" (the hosts of the
     * relative clause, the attendance dated by the workshop); "the Supreme People's Court ... signed a technical
     * cooperation programme"; "Liberia, which had signed the Convention against Torture in 2003, ratified it on 22
     * September" (the relative clause's year is not the narrative's).
     */
    @Test
    void workshopsSessionsAndRelativeClauseYears() throws Exception {
        GenreCase.load("white-paper-workshops").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A bilateral release: "the two delegations co-hosted a round table", "A joint seminar ..., which was to have
     * been held ..., was cancelled", "the two heads of delegation signed a Memorandum" (the sides of the dialogue);
     * "The following day" counted from "On 3 October"; "At the close of the dialogue" is its last day.
     */
    @Test
    void theTwoSidesTheFollowingDayAndTheCloseOfTheDialogue() throws Exception {
        GenreCase.load("bilateral-release-sides").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A treaty body's closing release: "concluded its ninety-second session, held at the Palais Wilson from 24 April to
     * 12 May 2017" (the verb whose object the session is, not the participle that describes it), "In the course of
     * the session, the Committee held interactive dialogues with the delegations of A, B and C" (each dated by the
     * session's span; "interactive" is no topic), "The ninety-third session of the Committee will be held from ...",
     * "The Committee's ninety-fourth session will be held ...", "elected by acclamation X as its Chairperson", a
     * delegation "presented to the Committee the ... periodic reports of Sweden" (the state whose reports they are).
     */
    @Test
    void aTreatyBodysClosingRelease() throws Exception {
        GenreCase.load("committee-session-release").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "In March and November, respectively, Viet Nam held its 20th ... dialogue with Australia and its 6th ... with the
     * European Union" (one fronted date per exchange noun), "consultations with Switzerland in Bern in June, and with
     * Norway in Hanoi in October, the first such consultations" (each "and with" its own partner, place and date; the
     * appositive ordinal only the last one's), "In the same month" (the month of the last date given), "the third in
     * Bern in April of the following year" (the year after the one written earlier in the sentence).
     */
    @Test
    void respectiveAndSegmentedExchangesAndTheSameMonth() throws Exception {
        GenreCase.load("segmented-exchanges").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "in Washington, D.C. In May, ..." (two sentences: an abbreviation ends one before a word that only opens
     * sentences), "During the year" (the year the text is about), "has actively hosted international seminars and
     * workshops" (a habit, no event), "The following month" (after the last month given), "was received in
     * Ulaanbaatar by President ...", "On October 25, ... signed a programme ... for 2016-2018" (the day takes the
     * text's year, not the programme's term).
     */
    @Test
    void yearPhrasesAbbreviationsAndHabits() throws Exception {
        GenreCase.load("year-phrases-and-habits").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "held the third and fourth rounds of their Human Rights Dialogue in Phnom Penh, and the fifth round took place
     * in Brussels on 20 June 2018" (the coordinated clause's place and date are the fifth round's alone), "hosted a
     * number of regional seminars" (a tally, no event), "In February, it submitted ..." ("it": the state of the
     * sentence before, after a fronted adverbial); "The combined fifth and sixth periodic reports ... were submitted
     * ... in March 2018, and the initial report ... was still being prepared" (a passive report with another report
     * after it); "the fourth seminar under the Mongolia-Switzerland Dialogue on Human Rights" (the seminar, held by
     * the sides of the dialogue that frames it).
     */
    @Test
    void coordinatedRoundsTalliesAndItAfterAFrontedAdverbial() throws Exception {
        GenreCase.load("coordinated-rounds-and-it").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * Two exchanges in one sentence joined by ", and": "the 13th and 14th dialogues in Beijing and Canberra in January
     * and November, respectively, and the 5th ... Seminar took place in Sydney in October" (the first pair's dates and
     * places stop at ", and"), "The 20th ... was held in London in April, and the 19th ... took place in Lucerne, in
     * the canton of Lucerne, on June 8 and 9" (the second takes its own date, not the nearer month of the first).
     */
    @Test
    void exchangesJoinedByAnd() throws Exception {
        GenreCase.load("exchanges-joined-by-and").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "It was the first round to take place in Viet Nam since the 10th Dialogue, which was held in Hanoi in November
     * 2021; the 11th round had been held in Brussels ...": "the first ... since" counts from a gap, it numbers no round.
     */
    @Test
    void theFirstRoundSinceAnEarlierOne() throws Exception {
        GenreCase.load("first-round-since-an-earlier-one").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A session release's reviews listed with their days: "dialogues with the delegations of Nicaragua (1 and 2
     * November), Uganda (3 and 4 November) and Ireland (...)", and "dialogues with the delegations of the following
     * States parties:" followed by items "- El Salvador (third periodic report), on 9 and 10 November;".
     */
    @Test
    void reviewListsInASessionRelease() throws Exception {
        GenreCase.load("review-lists-in-a-session-release").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A partnership's "Sub-Group on Governance, Rule of Law and Human Rights" meets in numbered rounds ("The fifth
     * meeting of the EU-Nepal Sub-Group ..."), a human rights dialogue; its "Sub-Committee on Trade and Investment" is
     * not one.
     */
    @Test
    void partnershipSubgroups() throws Exception {
        GenreCase.load("partnership-subgroups").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held the 14th and 15th rounds of human rights dialogue with the Netherlands and Germany in April and November":
     * as many partners as rounds, in order, not every partner every round.
     */
    @Test
    void roundsPairedWithPartners() throws Exception {
        GenreCase.load("rounds-paired-with-partners").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Viet Nam also held exchanges of views on human rights with Norway, ...": consultations in the year reviewed.
     */
    @Test
    void yearlyReviewAlsoHeld() throws Exception {
        GenreCase.load("yearly-review-also-held").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held X in Canberra, and Viet Nam also held consultations with Laos in October": each predicate its own partner,
     * place and date.
     */
    @Test
    void secondPredicateKeepsItsPartner() throws Exception {
        GenreCase.load("second-predicate-keeps-its-partner").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The 63rd Session of the UN Commission on Human Rights opened in ...": a session named in capitals belongs to the
     * body after its "of"; "during which a resolution sponsored by Denmark": not the session's host; "China, Finland,
     * Norway and the Asia-Europe Foundation co-organised": the list runs on to its last name.
     */
    @Test
    void namedSessionsAndCoSponsors() throws Exception {
        GenreCase.load("named-sessions-and-cosponsors").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Under the programme signed with UNICEF in March 2006, A and B organised a seminar ... in Hanoi in April 2011 and
     * a workshop ... in Da Nang that September": a date deep in a fronted phrase is another event's, and a second
     * object of the verb joined by a bare "and" keeps its own date and place, and its own partners ("dialogues with
     * Norway and Sweden and human rights consultations with Japan"); a second clause with no date of its own takes the
     * year fronted before both, not the first's month ("In 2012, ... in January, and Viet Nam held consultations ...").
     */
    @Test
    void secondObjectKeepsItsOwnDate() throws Exception {
        GenreCase.load("second-object-own-date").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A headline's undated "Eleventh Swiss-Chinese Human Rights Dialogue held in Bern", then "The eleventh round of the
     * Dialogue was held ... on 17 June 2022": one round, with the date the body gives.
     */
    @Test
    void aHeadlinesRoundDatedInTheBody() throws Exception {
        GenreCase.load("headline-round-then-dated").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held constructive dialogues with the delegations of Italy on 17 and 18 January, Spain on 21 and 22 January, and
     * Belgium on 23 January": a dialogue with each, on its own days.
     */
    @Test
    void dialoguesEachWithItsDays() throws Exception {
        GenreCase.load("dialogues-each-with-its-days").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "DOHA, 12 February (QNA) - The 7th International Conference ..., hosted by Qatar's National Human Rights
     * Committee, opened on 10 February and closed today ...": the state's institution written with its possessive, and
     * the conference from the day it opened to the release's; "convened by the African Union and hosted by Ghana": both
     * hosts.
     */
    @Test
    void aPossessiveInstitutionAndAConferenceClosedToday() throws Exception {
        GenreCase.load("possessive-institution-opened-closed").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A long release: "In the margins of the Dialogue, ..." many sentences after the round it is about, and after a
     * previous round was mentioned, is that round's day.
     */
    @Test
    void theMarginsOfTheReleasesOwnDialogue() throws Exception {
        GenreCase.load("long-release-margins").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held video consultations on human rights with A and B" are consultations; "held by video conference" is no
     * conference; "In March and November 2021, ... consultations with Belarus and Laos, respectively": the dates set
     * before the verb, one to each partner.
     */
    @Test
    void videoConsultations() throws Exception {
        GenreCase.load("video-consultations").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A committee's release: "In the course of the three-week session, ..." frames the dialogues (no session of the
     * states); "The dialogues with Japan and New Zealand were held on 17 and 18 October, respectively": the committee's,
     * one day each.
     */
    @Test
    void aCommitteesDialoguesRespectively() throws Exception {
        GenreCase.load("committee-dialogues-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "gathered in Bangkok from 12 to 14 June for the 2019 Bangkok Forum ...": its days, not the year in its name. */
    @Test
    void theDaysOfAnEventNamedWithItsYear() throws Exception {
        GenreCase.load("named-year-event-days").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A sub-group's numbered meeting: its name runs on through a list of several-word items ("on Good Governance,
     * Democracy, Rule of Law and Human Rights"), the meeting's number is part of the event its co-chairs attended
     * ("fourth meeting of the EU-Mongolia Sub-Group ..."), and "The meeting was co-chaired by" opens the next
     * paragraph, two sentences after the meeting was reported.
     */
    @Test
    void aSubGroupsNumberedMeetingAndItsCoChairs() throws Exception {
        GenreCase.load("numbered-meetings-of-subgroups").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Dialogue was co-chaired by ..." opening the paragraph after the one that reported the round: the release's
     * own Dialogue, named as a proper noun, reaches across the paragraph; an office named by its division ("First
     * Assistant Secretary, South-East Asia Maritime and Regional Division, ...") names no person. "Australia
     * welcomed the constructive dialogue Fiji held with the Committee against Torture": Fiji's dialogue. "The day
     * after the Dialogue, Ms Storey called on ...": the day after the Dialogue's.
     */
    @Test
    void coChairsInTheNextParagraph() throws Exception {
        GenreCase.load("co-chairs-next-paragraph").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A communique in numbered paragraphs: "2. The Dialogue was co-chaired by ..." and "3. During the Dialogue, ASEAN
     * invited ..." refer to the release's Dialogue past the paragraph's number, and an invitation "to attend" a meeting
     * is no attendance yet.
     */
    @Test
    void aCommuniqueInNumberedParagraphs() throws Exception {
        GenreCase.load("numbered-communique").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Committee's one hundred and twenty-first session will be held ...": an owner before a long ordinal; and a
     * review "on 14 and 15 August" of a state "whose initial report has been overdue since 2010": not in 2010. And
     * "the recommendations that Saint Lucia has received from the UN human rights mechanisms" is no visit. "It also
     * decided that its one hundred and twenty-second session would be held in April 2024": the committee's.
     */
    @Test
    void sessionsNumberedPastAHundred() throws Exception {
        GenreCase.load("sessions-numbered-past-a-hundred").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held the 13th round of their annual Human Rights Dialogue" under the title "... on the 13th EU-Tajikistan Human
     * Rights Dialogue": the round as the headline names it is the event its heads of delegation attended.
     */
    @Test
    void aRoundNamedByItsHeadline() throws Exception {
        GenreCase.load("round-named-by-headline").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The fifteenth round took place in Hanoi" after the release told of the partner's Universal Periodic Review and
     * of a seminar: a round of the bilateral dialogue, not of the review, which has cycles, not rounds.
     */
    @Test
    void roundsAfterAReview() throws Exception {
        GenreCase.load("rounds-after-a-review").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Committee's ninety-second session will take place in Geneva from ... During that session, the Committee is
     * expected to review the reports of A, B and C": a planned dialogue with each, in the span of the session just
     * named ("that session", not the release's own).
     */
    @Test
    void reviewsScheduledForTheNextSession() throws Exception {
        GenreCase.load("scheduled-reviews").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A regional bulletin: "The Regional Office for Southern Africa (ROSA)" (an acronym the knowledge base lacks for a
     * body it knows) then "ROSA and the United Nations Development Programme convened ... the inaugural Regional Forum"
     * (the first), and "attended the opening ceremony of the forum" (the forum just reported).
     */
    @Test
    void aBulletinsAcronymsAndCeremonies() throws Exception {
        GenreCase.load("bulletin-acronyms-and-ceremonies").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Second Asia-Pacific Forum on Human Rights Education, organized by ..., was held in Ulaanbaatar on ..." (an
     * event, though a body's name begins it), then two paragraphs later "The forum adopted the Ulaanbaatar Declaration
     * ...": adopted at that forum, in its days.
     */
    @Test
    void aForumsDeclarationParagraphsLater() throws Exception {
        GenreCase.load("forum-declaration-paragraphs-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Representatives of the Office of the United Nations High Commissioner for Human Rights and the United Nations
     * Development Programme also took part." after the release's Dialogue: each body attended it.
     */
    @Test
    void representativesWhoTookPart() throws Exception {
        GenreCase.load("representatives-took-part").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A release's header of fields, "Press release | Ministry for Foreign Affairs | Stockholm, 10 March 2023", is its
     * dateline; "took place in Stockholm on Tuesday and Wednesday" the two days before it.
     */
    @Test
    void aHeaderOfFieldsAndTwoWeekdays() throws Exception {
        GenreCase.load("header-of-fields").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A committee's release: "Burundi's ... reports, received by the Committee in January 2021, were considered on 17
     * and 18 May" (a submission, no visit), "Kuwait, whose ... reports had been submitted in October 2019, was reviewed
     * on 16 May" (Kuwait's submission under the committee's treaty, and its review in the release's year, not the
     * relative clause's).
     */
    @Test
    void reportsReceivedAndSubmittedInAsides() throws Exception {
        GenreCase.load("committee-reports-received").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Bern, 24.11.2023 - The fifth round of the human rights dialogue ... took place in Vientiane on 20 and 21 November
     * 2023": the dateline opening the sentence is the release's day, not the round's.
     */
    @Test
    void aNumericDatelineOpeningTheSentence() throws Exception {
        GenreCase.load("numeric-dateline-in-sentence").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The forty-fifth regular session ..., which will run from 14 September to 7 October 2020 ..., opened this
     * morning": under way (the relative clause's "will" plans nothing), in the span it gives.
     */
    @Test
    void aSessionOpenedThatWillRunUntil() throws Exception {
        GenreCase.load("session-opened-which-will-run").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "Co-sponsored by A and B, the 2019 Beijing Forum on Human Rights was held in Beijing ...": its sponsors hold it. */
    @Test
    void sponsorsInAFrontedParticiple() throws Exception {
        GenreCase.load("fronted-sponsors").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The 2012 Beijing Forum on Human Rights was held in Beijing from September 17 to 18, 2012. Co-sponsored by A and
     * B, the forum, the fifth of its kind, brought together ...": the event the sentence before named, held by the
     * sponsors the next names, its edition from "the fifth of its kind".
     */
    @Test
    void hostsNamedInTheNextSentence() throws Exception {
        GenreCase.load("hosts-in-the-next-sentence").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Days told from a dateline on a line of its own: a round held "yesterday" (the day before), a workshop that "will
     * open tomorrow" (the day after, planned: the apposition's "organised by" says who, the main verb when); the next
     * round that "is to take place" in 2026.
     */
    @Test
    void yesterdayAndTomorrowFromTheDateline() throws Exception {
        GenreCase.load("dialogue-held-yesterday").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A chronology's entries: a session "opened" on the entry's day "which lasted until 11 February" (that span); a round
     * that "is due to take place" in 2023; a session "scheduled to open on 13 June 2022" (planned, that day).
     */
    @Test
    void aChronologysOpeningsAndRoundsDue() throws Exception {
        GenreCase.load("chronology-opened-and-due").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "on Wednesday" under a release's date on a line of its own ("12 May 2023"): the Wednesday before, the 10th. */
    @Test
    void aWeekdayUnderADateLine() throws Exception {
        GenreCase.load("weekday-under-a-date-line").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "A month later, on 18 and 19 April, ...": after the month the text just told (March 2018), even where an earlier
     * paragraph named a later year (June 2019) and the month itself was told in passing.
     */
    @Test
    void aMonthLaterCountsOnFromTheLastMonthTold() throws Exception {
        GenreCase.load("a-month-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A state's own report: "The delegation, headed by the Attorney General, ..., held a constructive dialogue with the
     * Committee on ...": the dialogue of the state whose report it is.
     */
    @Test
    void theDelegationOfTheReportingState() throws Exception {
        GenreCase.load("delegation-held-the-dialogue").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Weekdays and "yesterday" against the release's own date: a dateline opening the sentence ("Wellington, 13 March
     * 2020 - ... was held ... on Tuesday": the 10th, not the release's day), and one on a line with its byline
     * ("Brussels, 10/11/2022 - Press and information team ..." then "held yesterday": the 9th).
     */
    @Test
    void weekdaysAndYesterdayAgainstTheReleasesOwnDate() throws Exception {
        GenreCase.load("dateline-in-the-sentence").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
        GenreCase.load("dateline-with-a-byline").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Sessions that opened on a day written after the verb: "opened in Geneva on Monday and continues until 16
     * November" (the Monday before the release, to that end), "opened ... on Tuesday, 6 November; the session will run
     * until 7 December" (the end in the next clause).
     */
    @Test
    void sessionsThatOpenedOnADayWrittenAfterTheVerb() throws Exception {
        GenreCase.load("sessions-open-on-a-weekday").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "In June 2017 ... . Earlier that month, ... held ... their first dialogue": the month just told. */
    @Test
    void earlierThatMonth() throws Exception {
        GenreCase.load("earlier-that-month").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A wire's dateline without its year ("NAIROBI, March 13 (Agency) - ... for the week of March 9 to March 13,
     * 2026"): the lead's year dates its weekdays; "ended ... last Friday" in a release of a Friday is the week before;
     * a session "which ran from Feb. 16 to 27"; "ordinary" is no topic.
     */
    @Test
    void aWireDatelineThatLeavesItsYearToTheLead() throws Exception {
        GenreCase.load("wire-dateline-year-in-its-lead").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the constructive dialogue that an Indonesian delegation had held with the Committee on ...": the relative
     * clause's subject, past its article, "delegation" and auxiliary, holds it; and that review is not what "the two
     * delegations" or "the seventh round of the Consultations" of the bilateral release refer to.
     */
    @Test
    void aTreatyBodyReviewToldInsideABilateralRelease() throws Exception {
        GenreCase.load("review-inside-a-bilateral-release").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "With the assistance of the Office of the ... High Commissioner ..., the Ministry of Foreign Affairs of Kenya
     * organized a seminar on ...": the supporting office is a side of the seminar, as "in cooperation with" makes it.
     */
    @Test
    void anEventOrganisedWithTheAssistanceOfAPartner() throws Exception {
        GenreCase.load("with-the-support-of").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A state's chronology whose entries name only the review ("22 April 2013 - Second Universal Periodic Review."):
     * the chronology's state; "The fourth review of Uzbekistan under the Universal Periodic Review took place ...": the
     * cycle written on "review".
     */
    @Test
    void periodicReviewsAsChronologyEntriesAndByTheirCycle() throws Exception {
        GenreCase.load("upr-cycles-as-entries").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The 82nd Ordinary Session of the African Commission ... was held in Banjul ... . The institution was represented
     * at the 83rd Ordinary Session, held in Arusha ...": another numbered session of the body whose session the text just
     * reported; "Ordinary" is no topic of it.
     */
    @Test
    void anotherNumberedSessionOfTheBodyJustReported() throws Exception {
        GenreCase.load("next-numbered-session-of-the-same-body").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A timeline whose title names the series by its sides ("EU-Mongolia human rights dialogue: key dates") and whose
     * entries name only the round: "10 June 2022 - Ninth round of the human rights dialogue, Ulaanbaatar.", "8 June 2023 -
     * Tenth round, Brussels.", "June 2024 - The eleventh round, ..., is postponed.": each a round of that series, with the
     * entry's date, place and status.
     */
    @Test
    void aTimelineOfTheRoundsOfTheSeriesItsTitleNames() throws Exception {
        GenreCase.load("series-timeline-rounds").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Its first round was held in Dublin in June 2019" (the series' own round); "The two sides agreed to co-organise a
     * seminar ... in October 2026, and to convene the fifth round of the Consultations in Dublin in 2027": the planned
     * seminar, and the round with the date after it, not the seminar's.
     */
    @Test
    void itsFirstRoundAndRoundsTheSidesAgreedToHold() throws Exception {
        GenreCase.load("its-first-round-and-rounds-agreed").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "It followed the 15th round, held in Hanoi a year earlier.": the year before the one the text tells.
     */
    @Test
    void anEarlierRoundHeldAYearEarlier() throws Exception {
        GenreCase.load("a-year-earlier").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "This was the first round of the Dialogue to be held in Australia since the 6th Dialogue, which took place in
     * Canberra in May 2019": no first round, only the 6th the sentence recalls.
     */
    @Test
    void theFirstRoundOfTheDialogueSinceAnother() throws Exception {
        GenreCase.load("first-round-of-the-dialogue-since").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "... this morning opened its eighty-first session ..." and paragraphs later "... at the end of the session, which
     * will conclude on 29 November": the session runs to that day.
     */
    @Test
    void aSessionsLastDayToldParagraphsAfterItsOpening() throws Exception {
        GenreCase.load("session-end-told-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "... opened its ninety-seventh session in Geneva on Monday. Over three weeks, until 4 October, ...". */
    @Test
    void aSessionsLastDayOpeningTheNextSentence() throws Exception {
        GenreCase.load("session-end-opening-the-next-sentence").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "... this afternoon closed its twenty-seventh session, which it had opened at the Palais des Nations in Geneva on
     * 18 November 2024": from that day to the release's, its date on a line of its own.
     */
    @Test
    void aClosedSessionOpenedAtAPlaceNamedAtLength() throws Exception {
        GenreCase.load("session-closed-opened-far-from-the-verb").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the EU Delegation and the Ministry of Women, Family and Social Affairs (MWFSA) co-organised a workshop", "UNICEF
     * and the Ministry of Health co-organised a seminar": the delegation is the EU's, and each ministry the state's.
     */
    @Test
    void ministriesAndTheEuDelegationCoOrganising() throws Exception {
        GenreCase.load("ministries-and-eu-delegation-co-organising").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "organised in Gyumri by UNICEF and the ... Ministry of Justice", "organised jointly by UNDP and UN Women",
     * "co-organised in Tbilisi, Georgia, by A and B": the hosts named past the participle's place and "jointly".
     */
    @Test
    void eventsOrganisedInACityByTheirHosts() throws Exception {
        GenreCase.load("events-organised-in-a-city-by-their-hosts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Dialogue was preceded on Monday by a round table", "was also preceded, three days earlier, by the fourth ...
     * Seminar, which the EU Delegation organised ... together with UNICEF", "was followed the next day by a workshop":
     * the event after "by", its day counted from the dialogue's.
     */
    @Test
    void eventsToldAsPrecedingOrFollowingADialogue() throws Exception {
        GenreCase.load("events-told-as-preceding-or-following-a-dialogue").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Namibia also hosted, jointly with UNDP, a regional workshop", "organised, together with UNICEF and UN Women, a
     * national consultation", "co-hosted with the Government of Namibia a round table": co-organisers before the event.
     */
    @Test
    void coOrganisersBetweenTheVerbAndTheExchange() throws Exception {
        GenreCase.load("co-organisers-between-the-verb-and-the-exchange").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "... this morning opened its eighty-fourth session, being held from 6 to 24 February": the session is the object
     * of "opened", not of the participle that describes it.
     */
    @Test
    void aSessionOpenedAndDescribedAsBeingHeld() throws Exception {
        GenreCase.load("session-opened-being-held-from").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "opened its 120th session in Geneva, which concludes on 28 July": the opening, its place between, then its end. */
    @Test
    void aSessionOpenedAtAPlaceWhichConcludesOnADay() throws Exception {
        GenreCase.load("session-opened-which-concludes").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "opened its seventy-fifth session at the Palais Wilson and closes on 2 June": opened today, closes then. */
    @Test
    void aSessionOpenedAtAPlaceAndClosingOnADay() throws Exception {
        GenreCase.load("session-opened-and-closes").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The fifth round of the dialogue with Norway", after the US dialogue was named: the round of the series with that
     * partner, not of the one named before; two such rounds with "respectively" take their dates in order.
     */
    @Test
    void aRoundOfTheDialogueWithANamedPartner() throws Exception {
        GenreCase.load("rounds-of-the-dialogue-with-a-partner").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A report under its publication line ("Nairobi, March 2019") narrates the year before: its first year of its own,
     * not the publication's, dates a later section's "on 14 November".
     */
    @Test
    void reportUnderItsPublicationLine() throws Exception {
        GenreCase.load("report-under-its-publication-line").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A round "initially foreseen for May 2017, was held ... on 21 June 2017": held, on the day it was held; one
     * "originally scheduled for November 2018, was postponed" keeps its first date, put off.
     */
    @Test
    void roundHeldLaterThanFirstForeseen() throws Exception {
        GenreCase.load("round-held-later-than-first-foreseen").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The previous round" after "The next round is to take place ..." is the one before the round held, not before
     * the one announced; "Launched in 1998, the dialogue is ..." tells when the series began and leaves the year of
     * the narrative as it was.
     */
    @Test
    void previousRoundAfterTheNext() throws Exception {
        GenreCase.load("previous-round-after-the-next").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A closing release that dates its dialogues apart from the reports it lists ("The dialogue with A was held on
     * ..., and that with B on ...", one "over two meetings, on 3 May and 4 May"), and a chair elected "then", after
     * the opening meeting's day (not the day a term it told begins), not on the release's.
     */
    @Test
    void sessionDialoguesToldApart() throws Exception {
        GenreCase.load("session-dialogues-told-apart").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "held consultations with A and with B, and for the first time held a dialogue with C in November": the first
     * time and November are C's, whose predicate they open; A's and B's keep the year.
     */
    @Test
    void firstTimeInItsOwnPredicate() throws Exception {
        GenreCase.load("first-time-in-its-own-predicate").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "China and the United Kingdom agreed to resume their human rights dialogue, and the 22nd round of the
     * dialogue is scheduled ...": a round of the series the sentence names with its sides, not of the last one
     * reported.
     */
    @Test
    void roundOfTheirResumedSeries() throws Exception {
        GenreCase.load("round-of-their-resumed-series").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A state's report that tells its dialogues with several committees in one list ("with the Committee against
     * Torture on 28 and 29 July 2016, with the Committee on ... on ..., and with ... on ..."): one dialogue with
     * each, on its days.
     */
    @Test
    void dialoguesWithCommitteesOnTheirDays() throws Exception {
        GenreCase.load("dialogues-with-committees-on-their-days").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A body that "organized a national seminar ... with the support of A and B": the supporters named after the
     * exchange join its host as its sides.
     */
    @Test
    void seminarWithTheSupportOf() throws Exception {
        GenreCase.load("seminar-with-the-support-of").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the seventh EU-Kazakhstan, the fifth EU-Kyrgyzstan and the ninth EU-Tajikistan human rights dialogues ...,
     * respectively": each pair its own round, place and date.
     */
    @Test
    void roundsOfPairsSharingTheirNoun() throws Exception {
        GenreCase.load("rounds-of-pairs-sharing-their-noun").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The ninth Dialogue had taken place in Brussels" after "their High-Level Dialogue on Human Rights": the noun
     * alone (with its round) refers to the series named before, whatever its full title ends with.
     */
    @Test
    void earlierRoundByTheBareTitle() throws Exception {
        GenreCase.load("earlier-round-by-the-bare-title").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "A and B conduct a regular human rights dialogue. The eleventh, twelfth and thirteenth rounds of the dialogue
     * were held in X, Y and Z in ..., respectively", "A continued its annual ... dialogue with B; the eighth and ninth rounds
     * took place in X and Y on ..., respectively": the series remembered from its habit, each round its own place and date;
     * "is ready to conduct dialogue" tells none.
     */
    @Test
    void seriesCarriedOnAndItsRounds() throws Exception {
        GenreCase.load("series-carried-on-and-its-rounds").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * Heads of delegation of a round named in full by an undated headline ("12th EU-Kyrgyzstan Human Rights Dialogue
     * held in Bishkek") and dated by the statement after it: the headline's name, the statement's date.
     */
    @Test
    void headsOfARoundDatedAfterItsHeadline() throws Exception {
        GenreCase.load("heads-of-a-round-dated-after-its-headline").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The previous, 10th Dialogue had taken place ... The next round, the 12th EU-Mongolia Human Rights Dialogue,
     * will be held ...": the round numbered in apposition, not one after the previous round just told.
     */
    @Test
    void nextRoundNumberedInApposition() throws Exception {
        GenreCase.load("next-round-numbered-in-apposition").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "With financial and technical support from the Raoul Wallenberg Institute, the Commission conducted a workshop":
     * the supporter co-organises it, past the modifiers of "support".
     */
    @Test
    void withFinancialAndTechnicalSupportFrom() throws Exception {
        GenreCase.load("with-financial-and-technical-support-from").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A chronology's subjectless entry "3-5 June - Hosts, together with OHCHR, a regional workshop ...": the state the
     * chronology is about hosts it with its co-host (kb.17 hosting verbs in the present).
     */
    @Test
    void chronologySubjectlessHosting() throws Exception {
        GenreCase.load("chronology-subjectless-hosting").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A chronology's entries "4-5 December 2008 - Hanoi: first Viet Nam-Australia Human Rights Dialogue.": the round
     * named after the city and its colon, held there on the entry's date.
     */
    @Test
    void chronologyEntriesByCity() throws Exception {
        GenreCase.load("chronology-entries-by-city").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "held the 14th human rights dialogue with Germany, and the 9th with Australia, in Beijing and Canberra in June
     * and October, respectively": the further round with its noun left out, each its own partner, place and date.
     */
    @Test
    void furtherRoundNounLeftOut() throws Exception {
        GenreCase.load("further-round-noun-left-out").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A headline "... concludes its seventy-seventh session, announces visits for 2024": 2024 is the visits' year, not
     * the session's (kb.18 nouns-before-their-year); the session and the meeting during it keep the body's dates.
     */
    @Test
    void headlineVisitsForAYear() throws Exception {
        GenreCase.load("headline-visits-for-a-year").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * Exchanges put off in the plural and the past perfect ("were postponed", "had been scheduled for ...", "were
     * called off", kb.19), also where the topic stands between the exchange and its sides ("The consultations on human
     * rights between Thailand and Sweden"): each dated as first scheduled, not by the date it was moved to.
     */
    @Test
    void consultationsPutOffInThePlural() throws Exception {
        GenreCase.load("consultations-put-off-in-the-plural").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The Dialogue, originally scheduled to take place in Bishkek in May 2020, had been postponed": the round just
     * told was first put off; the same round, postponed, on the date and at the place first planned.
     */
    @Test
    void roundFirstPutOff() throws Exception {
        GenreCase.load("round-first-put-off").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A year's review: "In March, the 9th round ... was held in Beijing, and in mid-November China and Norway held
     * their 14th ..." (each clause its own month, past "mid-"); "The China-Switzerland human rights dialogue, whose
     * 11th round took place in Bern in 2012" (the round "whose" names); "the 19th, 20th and 21st sessions ..., held in
     * February-March, June-July and September 2012, respectively" (months joined by a dash, a span of the year).
     */
    @Test
    void yearReviewRoundsAndMonthSpans() throws Exception {
        GenreCase.load("year-review-rounds-and-month-spans").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "After the fourth and fifth rounds, which took place in Havana in May 2016 and in Oslo in June 2017
     * respectively, the sixth round, planned for autumn 2018 in Havana, was postponed": the rounds paired with places
     * and dates up to "respectively"; the next round its own verb.
     */
    @Test
    void roundsPairedUpToRespectively() throws Exception {
        GenreCase.load("rounds-paired-up-to-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "held a trilateral consultation with Cambodia and Viet Nam": one exchange of all three (kb.19 joint-exchange-
     * words), not a consultation with each.
     */
    @Test
    void trilateralConsultation() throws Exception {
        GenreCase.load("trilateral-consultation").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "held the 17th round of the U.S.-Viet Nam Human Rights Dialogue at the State Department": the building where it
     * was held ends its name (and the event its head of delegation attended).
     */
    @Test
    void dialogueAtAMinistry() throws Exception {
        GenreCase.load("dialogue-at-a-ministry").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The reports of Chile and Kenya were considered on 23 and 24 January, respectively, while those of Latvia, Oman
     * and Peru were taken up on 29, 30 and 31 January, respectively": each state's review on its own day (two days of
     * a month read as one span are two days here; "those of" the states of the second clause).
     */
    @Test
    void reviewsPairedRespectively() throws Exception {
        GenreCase.load("reviews-paired-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A release headed 'Joint Press Release on the 6th EU-Bangladesh Human Rights Dialogue' that tells 'held the sixth
     * round of their Human Rights Dialogue': the co-chairs attended the round as its title names it, the ordinal in
     * figures or in words; a state named as 'the People's Republic of Bangladesh' (kb.20 states).
     */
    @Test
    void roundTitledWithItsSidesInTheHeadline() throws Exception {
        GenreCase.load("round-titled-with-its-sides-in-the-headline").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'Finnish and Vietnamese officials met in Helsinki on 12 and 13 April 2018 for the fifth round of bilateral human
     * rights consultations, a format launched in 2009': the round held on its days, not in the year its series began;
     * 'The Human Rights Council met in Geneva for its 37th regular session': the session; a delegation that 'met
     * members of' a committee on the eve of the consultations holds no exchange (kb.20 cues, word list series-
     * beginnings).
     */
    @Test
    void sidesMetForTheRound() throws Exception {
        GenreCase.load("sides-met-for-the-round").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'In March and November 2016, the 14th Viet Nam-Australia Human Rights Dialogue and the 6th Viet Nam-EU Human
     * Rights Dialogue were held in Canberra and Hanoi, respectively': each named round on its month (before the names,
     * none after the verb) and in its place (after the verb), paired in order.
     */
    @Test
    void namedRoundsWithFrontedMonthsAndPlacesRespectively() throws Exception {
        GenreCase.load("named-rounds-with-fronted-months-and-places-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'The European Union and Nepal held the fourth meeting of the EU-Nepal Working Group on Governance and Human
     * Rights': the round of the two sides' working group (kb.20 cues), while 'the UN Working Group on Arbitrary
     * Detention' stays the visiting body.
     */
    @Test
    void workingGroupOfTwoSides() throws Exception {
        GenreCase.load("working-group-of-two-sides").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'Washington D.C., 14 June 2019 - The 23rd Human Rights Dialogue ... was held in Washington D.C. on 12 June
     * 2019': the dateline after a city written with periods is no date of the round, which has its own.
     */
    @Test
    void datelineOfACityWrittenWithPeriods() throws Exception {
        GenreCase.load("dateline-of-a-city-written-with-periods").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'With Australia, China held its ninth round of human rights dialogue in Canberra in March and its tenth round in
     * Beijing in November': the partner fronted before the subject holds both rounds.
     */
    @Test
    void partnerFrontedWithRounds() throws Exception {
        GenreCase.load("partner-fronted-with-rounds").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A committee's dateline release: 'this afternoon closed its twentieth session, held online from 12 to 19 April
     * 2021, during which it reviewed the reports of Colombia and Niger': each review on the session's days, not on the
     * dateline's.
     */
    @Test
    void reviewsDuringWhichTheSession() throws Exception {
        GenreCase.load("reviews-during-which-the-session").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'The Human Rights Council on Friday, 5 October 2018, concluded its thirty-ninth regular session, which opened on
     * 10 September': the session from the day it opened to the day written before the verb.
     */
    @Test
    void sessionConcludedOnADayBeforeTheVerb() throws Exception {
        GenreCase.load("session-concluded-on-a-day-before-the-verb").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }
}
