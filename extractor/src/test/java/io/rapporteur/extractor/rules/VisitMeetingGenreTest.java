package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** VISIT and MEETING in UN press releases: announced, concluded and postponed visits; meetings during a visit. */
class VisitMeetingGenreTest {

    @Test
    void unPressReleaseVisits() throws Exception {
        GenreCase.load("un-visits").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** UN press-release visits (year from the dateline) and EU statements on numbered dialogue rounds. */
    @Test
    void unPressReleaseVisitsAndEuStatements() throws Exception {
        GenreCase.load("un-eu-statements").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Dateline years for visits; a committee that "will review" reports submits nothing; a dialogue "with Central
     * Asian states" names no other side, so it is no fact; "the next round" follows the undated 38th.
     */
    @Test
    void moreUnNewsAndEuDialogueRounds() throws Exception {
        GenreCase.load("un-eu-more").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * The host's side of a visit ("received visits by X in 2012 and by Y in 2016"), terms served ("served as a
     * member of ... for the 2013-2015 term", not "served as host of"), rounds paired with places under
     * "respectively", the holder of a mandate the knowledge base does not list, named after it, and a treaty report
     * named after a report under no treaty ("its national report under the UPR, and its ... reports under the CRC").
     */
    @Test
    void hostViewsTermsServedAndPairedPlaces() throws Exception {
        GenreCase.load("host-views").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Office holders named after a title the knowledge base does not hold whole ("the Minister of Justice of Colombia,
     * Néstor Osuna,", "The President of the Human Rights Council, Federico Villegas,"); a meeting with an unnamed
     * minister and an unlisted mandate is no fact.
     */
    @Test
    void officeHoldersNamedAfterTheirTitles() throws Exception {
        GenreCase.load("office-holders").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * UN press releases: "the Convention" after a treaty body is the treaty it monitors, "and its Optional Protocol on
     * a communications procedure on ...", "Chief Adviser" as a title, and "The High Commissioner also signed ..." (the
     * office holder just named, signing for the Office, during the visit just reported).
     */
    @Test
    void treatyBodiesTitlesAndOfficeHoldersInPressReleases() throws Exception {
        GenreCase.load("un-press-offices").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Invitations and hosts: "who visited the country in August" after an invitation, a standing invitation to no one
     * in particular (no fact), "Chile received the Working Group", "invited the High Commissioner to visit the country
     * in 2013" (the office, with a purpose that stops before the date), and long mandates before a holder's name.
     */
    @Test
    void invitationsHostsAndOfficesNotYetHeld() throws Exception {
        GenreCase.load("invitations-and-hosts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * UN News: "Wrapping up a week-long visit to Sri Lanka, the United Nations human rights chief, Navi Pillay, today
     * said" (the visitor after the participle clause), "Ms. Pillay met with ..." during it, and an arrival to attend a
     * forum.
     */
    @Test
    void wrapUpsOfVisitsInUnNews() throws Exception {
        GenreCase.load("un-news-wrapups").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "She" after a sentence that ends on a man is the woman the text has called "she" ("During the visit, she held
     * virtual meetings with President Xi Jinping. She also visited Kashgar ..."); the visit restated without a date is
     * the dated one; the purpose of an invitation comes after the invitee's apposition.
     */
    @Test
    void pronounGenderRestatedVisitsAndPurposesAfterAppositions() throws Exception {
        GenreCase.load("pronouns-and-restated-visits").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "today" in a press release is the date of its dateline, written on a line of its own ("GENEVA (13 December 2019)"). */
    @Test
    void todayIsTheDatelinesDate() throws Exception {
        GenreCase.load("datelines").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A UN release on a visit: "has concluded a visit" under a dateline, then "The visit, which took place from 3 to
     * 12 May 2017 at the invitation of the Government," (the span replaces the dateline's day); "the Special
     * Rapporteur" for the holder named before; officials listed each with a title ("Minister of Agriculture Dora
     * Siliya, the Minister of Health, Chitalu Chilufya, and ...", "and with the Vice-President of Zambia, ...") met
     * one by one, on the dates of the visit reported two paragraphs before; "the visit of X to Lusaka in March";
     * "the invitations extended by the Government to A and to B".
     */
    @Test
    void aUnReleaseOnAVisitItsMeetingsAndInvitations() throws Exception {
        GenreCase.load("un-visit-release").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A UN annual report: section headings keep the report's year ("In 2021, ..." before "High-level visits");
     * "visits to Chile, from 3 to 6 May, and to the Republic of Moldova, from 10 to 12 November, the latter at the
     * invitation of the Government" (each stop its dates, the invitation only where said); meetings "In Chisinau" on
     * the visit to Moldova; "an agreement was signed on 5 May between OHCHR and the Government"; OHCHR's regional
     * office; "seminars ... with the Governments of Mongolia and Nepal, in Ulaanbaatar in June and in Kathmandu in
     * October, respectively" (one each); "the Government of Armenia invited X, who visited the country ...".
     */
    @Test
    void aUnAnnualReport() throws Exception {
        GenreCase.load("un-annual-report").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A UN release announcing a visit: "The experts are expected to meet Prime Minister ..." (the working group, a
     * planned meeting); "invited the Special Rapporteur on ..., whose visit is planned for 2018" (the invitation is
     * not dated by the visit's year).
     */
    @Test
    void aUnReleaseAnnouncingAVisit() throws Exception {
        GenreCase.load("un-visit-announcement").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Mandates beyond the spec's list, by their current and former titles: the Special Rapporteur on adequate housing,
     * "the Working Group on the issue of discrimination against women in law and in practice", a country mandate
     * (Cambodia) visiting its country, an Independent Expert on older persons; "During the visit, the Special
     * Rapporteur met with ..." (the mandate last named, when no holder's name was given).
     */
    @Test
    void moreSpecialProceduresMandates() throws Exception {
        GenreCase.load("more-mandates").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Days counted from another date: "Two days after the signing" (from the agreement reported, not the last date
     * given), "A week later"; "signed a memorandum of understanding between the Government of Tajikistan and OHCHR"
     * (the parties the text names, not the signatories); "she" opening a sentence after a fronted phrase is the
     * visitor the text is about; "The Working Group ... visited Tajikistan ... It met ..." ("It": the body that was
     * the last sentence's subject, not the state).
     */
    @Test
    void daysCountedFromOtherDates() throws Exception {
        GenreCase.load("days-apart").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "During her mission, X travelled to Quito and Guayaquil" is part of the visit, so "In Quito, she met with the
     * Minister ..., A; the Minister ..., B; and the Ombudsman, C" are three meetings dated by the visit; a memorandum
     * "for the period 2020-2023" is dated by its signing, and "(OHCHR)" belongs to the name before it.
     */
    @Test
    void stopsOfAVisitAndOfficialsMet() throws Exception {
        GenreCase.load("visit-stops-and-officials").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Royal Government invited the Special Rapporteur ... to visit the country in 2017", "extended an invitation
     * to ... to visit Nepal, and the two sides agreed that the visit would take place in the first half of 2018",
     * "invited the Special Rapporteur ..., whose visit is planned for 2019": each invitation and the visit it plans
     * (the visit's year is not the invitation's); "The Committee invites the State party to submit ..." is a request.
     */
    @Test
    void invitationsAndTheVisitsTheyPlan() throws Exception {
        GenreCase.load("invitations-and-planned-visits").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The UN Special Rapporteur on violence against women and girls, A B C," is the mandate's holder although the
     * knowledge base lists the mandate without "UN"; "Fuentes Aguirre held meetings with ..." names her by her two
     * family names (a verb that bodies use too), each official met is one meeting, and "Peru has postponed a visit by
     * the Special Rapporteur on torture" is Peru's postponed visit, not one to the state the release is about.
     */
    @Test
    void mandateHolderByFamilyNameAndAVisitCalledOff() throws Exception {
        GenreCase.load("mandate-holder-by-family-name").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A timeline in the present tense: "12-13/03/2012 - ... travels to Jeddah" (a day range in numbers), "visits the
     * General Secretariat of the OIC in Jeddah, Saudi Arabia, and holds talks with ..." (a body visited where it sits;
     * the visitor, not the place, holds the talks), "the Secretary-General of the OIC, Mr. Iyad Madani" (the OIC's
     * officer, not the UN's), "The UN Secretary-General, Mr. Ban Ki-moon, receives ...".
     */
    @Test
    void timelineVisitsToABodysSeat() throws Exception {
        GenreCase.load("timeline-visits-to-a-body-seat").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "A B C, the Independent Expert on the situation of human rights in Mali, travelled to the country from ...": the
     * expert travelled, not the state her mandate names.
     */
    @Test
    void aVisitorWithAnAppositiveMandate() throws Exception {
        GenreCase.load("visitor-with-appositive-mandate").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The visit, which took place from 15 to 24 April at the invitation of the Government, was the first ... since
     * the former Special Rapporteur, X, travelled to the country in May 2018": the release's visit restated with its
     * span (and its meetings dated by it) although the sentence also recalls an older visit, whose invitation it is not.
     */
    @Test
    void aVisitRestatedAfterARecalledOne() throws Exception {
        GenreCase.load("visit-restated-after-a-recalled-one").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "today concluded a three-day official visit to Brunei Darussalam, which she undertook from 7 to 9 March": the
     * span of the relative clause, not the release's day; Malay honorifics ("Dato Seri", "Datin") are not names.
     */
    @Test
    void aVisitSpanInARelativeClause() throws Exception {
        GenreCase.load("visit-span-in-a-relative-clause").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /** "visited the Sultanate" in a sultanate's report, "visited our country" in a minister's statement: that state. */
    @Test
    void aStateNamedByItsFormOrByItsSpeaker() throws Exception {
        GenreCase.load("state-named-by-its-form-or-by-its-speaker").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The independent expert undertook the visit from 10 to 20 March 2025 ...": a visit naming no place is to the
     * state the release is about, by the expert it is about; the meetings after it take its span.
     */
    @Test
    void aVisitUndertakenWithoutAPlace() throws Exception {
        GenreCase.load("visit-undertaken-without-a-place").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Invitations extended to the Special Rapporteur on A and to the Special Rapporteur on B", "an invitation was
     * extended to the Working Group ...": with no inviter named, the state the text is about invited each.
     */
    @Test
    void invitationsExtendedWithoutAnAgent() throws Exception {
        GenreCase.load("invitations-extended-without-an-agent").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the Minister of Foreign Affairs and Senegalese Abroad, A; the Minister of Justice and Keeper of the Seals, B":
     * an office whose name goes on past "and" still introduces its holder, one meeting each.
     */
    @Test
    void officialsWithCompoundOffices() throws Exception {
        GenreCase.load("officials-with-compound-offices").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "X addressed the high-level segment of the fortieth session of the Human Rights Council on D and, on the same
     * day, met the High Commissioner, Y": the speaker met Y, not the Council.
     */
    @Test
    void aSecondPredicateAfterAddressingASession() throws Exception {
        GenreCase.load("second-predicate-after-addressing-a-session").findsExactlyTheExpectedFacts()
                .agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "In March a delegation of A visited Chile and Peru, and in October B sent a delegation to Sweden and Norway": the
     * date after ", and in" opens the next clause, so the first visits keep March.
     */
    @Test
    void visitsInCoordinatedClauses() throws Exception {
        GenreCase.load("visits-in-coordinated-clauses").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the Special Rapporteur on the right to food announced that he will visit Honduras ...": "he" is the office that
     * speaks (no person named before it in the sentence), not the person the release named before.
     */
    @Test
    void anOfficeAnnouncingAVisit() throws Exception {
        GenreCase.load("office-announcing-a-visit").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /** "a working visit of the Ombudsman, A B, to Bucharest on 5-6 May 2022": the holder visited Romania, not home. */
    @Test
    void aVisitOfAnOfficeHolderToACity() throws Exception {
        GenreCase.load("visit-of-an-office-holder-to-a-city").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * Reports on visits presented to the Council: "the reports on its visits to Peru (3 to 12 May 2023) and Nepal (4 to
     * 15 December 2023)", "the report on her official visit to Kenya, carried out from 2 to 11 October 2023": each
     * state visited by the presenter on its own dates.
     */
    @Test
    void visitsReportedToTheCouncil() throws Exception {
        GenreCase.load("visits-reported-to-the-council").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "In Lilongwe, Mr. Orlov met with ..." paragraphs after the visit's dates: that visit's span; a portfolio of four;
     * members of a national institution meet as the institution.
     */
    @Test
    void meetingsFarIntoAVisitRelease() throws Exception {
        GenreCase.load("meetings-far-into-a-visit-release").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "three Commissioners undertook a study visit to the Ombudsman and Human Rights Commission of Namibia": the
     * commission visits the peer's state.
     */
    @Test
    void peerInstitutionStudyVisits() throws Exception {
        GenreCase.load("peer-institution-study-visits").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Working Group met with the Ministry of Justice": an international body meets a state's own body.
     */
    @Test
    void bodyMeetsNationalBodies() throws Exception {
        GenreCase.load("body-meets-national-bodies").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Foreign Minister, Dr. A. K. Abdul Momen", "Dr. Md. Enamur Rahman": names opening with initials; a headline's
     * "Special Rapporteur on Myanmar" is no visit by Myanmar.
     */
    @Test
    void namesOpeningWithInitials() throws Exception {
        GenreCase.load("names-opening-with-initials").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Dr. Md. Enamur Rahman": a given name abbreviated with a period stays in the name.
     */
    @Test
    void abbreviatedGivenNames() throws Exception {
        GenreCase.load("abbreviated-given-names").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "a UN independent human rights expert said ... at the end of a visit": the UN is no visitor.
     */
    @Test
    void unExpertAsAModifier() throws Exception {
        GenreCase.load("un-expert-as-a-modifier").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "..., visited Finland and Norway, and another delegation of the Foundation visited Canada": the second visitor
     * is the Foundation, not Norway.
     */
    @Test
    void secondDelegationAfterAnd() throws Exception {
        GenreCase.load("second-delegation-after-and").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "8 March 2024 | Human Rights" on a line of its own is the dateline: "on Friday" is that day.
     */
    @Test
    void newsPageDateLine() throws Exception {
        GenreCase.load("news-page-date-line").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An expert's end-of-mission statement in the first person: "I have just completed ... visit", "I met with ...,
     * Mr. Park Dong-hyeon": "I" is the person the title names, and a given name's hyphenated syllable may run to five
     * letters or more ("Dong-hyeon", "Ki-kweon").
     */
    @Test
    void aStatementInTheFirstPerson() throws Exception {
        GenreCase.load("first-person-statement").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An ombudsman's report: "the Ombudsman of Armenia, Arman Tatoyan" makes a later bare "the Ombudsman" him (a
     * national office the knowledge base does not list), and in "at the invitation of the Public Defender of Georgia,
     * Nino Lomjaria, the Ombudsman paid a working visit" the name is the inviter's, "the Ombudsman" the visitor.
     */
    @Test
    void aNationalOfficeAndItsHolder() throws Exception {
        GenreCase.load("national-office-holder").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A visit statement whose meetings come under a heading of their own and name no country ("It held meetings with
     * the Deputy Minister of Justice, ..."): they happened during the visitor's one visit of the text.
     */
    @Test
    void meetingsUnderAHeadingOfTheirOwn() throws Exception {
        GenreCase.load("meetings-under-a-heading").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "BANGKOK, 22 March (UN News) - ... today concluded an official visit to Thailand that began on 13 March 2019",
     * from its first day to the release's; "KYIV (15 May 2019) - ... today concluded a four-day visit to Ukraine": the
     * four days that end on the release's day (as the probes' annotators date such visits, 18 of them).
     */
    @Test
    void aVisitConcludedToday() throws Exception {
        GenreCase.load("visit-concluded-today").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** Visits announced in other words: "is planning to visit", "intends to visit", "planned to visit". */
    @Test
    void visitsAnnouncedInOtherWords() throws Exception {
        GenreCase.load("planned-visits-more").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Special Rapporteur on the right to food, Ms. Hilal Elver, conducted ...": the office written before the
     * name with an honorific is the person's, so "The Special Rapporteur held meetings with ..." later is her.
     */
    @Test
    void anOfficeBeforeItsHoldersHonorific() throws Exception {
        GenreCase.load("office-then-honorific-holder").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "In Astana, the delegation met with ...": a bare "the delegation" after a body's visit is that body. */
    @Test
    void theDelegationOfAVisitingBody() throws Exception {
        GenreCase.load("the-delegation-of-a-visit").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A quotation's speakers named after "said" ("..., said Fernanda Hopenhaym and Pichamon Yeophantong, the two
     * members ..."): later "Ms. Hopenhaym and Ms. Yeophantong met ..." are the same people.
     */
    @Test
    void speakersNamedAfterSaid() throws Exception {
        GenreCase.load("quoted-speakers-named").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "A Swiss human rights delegation visited China": a demonym's human rights delegation is its state's. */
    @Test
    void aDemonymsHumanRightsDelegation() throws Exception {
        GenreCase.load("demonym-human-rights-delegation").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "..., at the end of a twelve-day visit that he carried out from 10 to 21 June 2019": a dated visit that names no
     * destination is to the state the release is about.
     */
    @Test
    void theEndOfAVisitWithoutItsDestination() throws Exception {
        GenreCase.load("end-of-visit-no-destination").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "visited Fiji in August 2018, and Samoa and Tonga in March 2019", "visited Kiribati in May 2019 and Tuvalu in June
     * 2019": each group of destinations with its own date.
     */
    @Test
    void visitGroupsEachWithItsDate() throws Exception {
        GenreCase.load("visit-groups-dated").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "..., who is visiting Sri Lanka from 10 to 23 October 2017 at the invitation of the Government, ...": a visit in progress. */
    @Test
    void aVisitInProgress() throws Exception {
        GenreCase.load("visit-in-progress").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Head of the UN Human Rights Monitoring Mission in Ukraine": the end of a body's name, no person "Monitoring
     * Mission"; "he was received there by the Mayor of Kharkiv, Ihor Terekhov, and later visited ...": no visit by the
     * mayor.
     */
    @Test
    void aBodysNameIsNoPersonsName() throws Exception {
        GenreCase.load("body-name-not-a-person").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "will visit Uzbekistan next month", "visited Kazakhstan last month": months counted from the dateline's. */
    @Test
    void monthsCountedFromTheDateline() throws Exception {
        GenreCase.load("next-month-from-dateline").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Meetings told with more between the verb and the partner: a committee that "held its annual joint meeting with"
     * another body, and talks "held ... in Geneva on 6 March 2024 with" an ambassador (a place and a full date before
     * "with"), "held meetings in New York with" (a city of two words), "held a video call with" and "received a
     * courtesy call from"; the holder of an office named with "the new" or "the newly appointed" before it.
     */
    @Test
    void meetingsWithAdverbialsBeforeThePartner() throws Exception {
        GenreCase.load("meetings-with-adverbials").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An end-of-mission statement in the first person under several header lines: "Statement by A B, Independent
     * Expert ..." comes fifth, before the narrative, and names who "I" is; "I have just concluded my eleven-day
     * official visit to", "I exchanged views with", and a second predicate with its own date ("I will present my
     * report ... in September 2023, and intend to return to Somalia in 2024"); "my predecessor, A B, who visited
     * Somalia in December 2015" is A B's visit, and does not date the speaker's meetings.
     */
    @Test
    void aFirstPersonEndOfMissionStatement() throws Exception {
        GenreCase.load("first-person-end-of-mission").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A society's summary of its delegations abroad, published after the years its title covers ("... in 2016-2017",
     * "Date: 2018-02-05"): its dates of those years are what it narrates, not a look back ("On June 9" is 2016); the
     * head of a delegation ("led by Vice-President Zhou Jue", "CSHRS President Luo Haocai led a delegation to Kenya")
     * meets and signs during the body's visit, which the body makes; "sent academic delegations to" two states.
     */
    @Test
    void aSocietysDelegationsAbroad() throws Exception {
        GenreCase.load("society-delegations-abroad").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A treaty body's release on its visits: "a delegation of three members visited Senegal" (the body's own, named
     * after the dateline's city), "an advisory visit to the national preventive mechanism of Estonia" (the state of
     * the body visited), "The visit to Guatemala ... has been postponed" (that visit, not the last one told); and a
     * headline's "UN torture prevention body" is no session of the UN, nor "UN TORTURE PREVENTION EXPERT VISITS
     * SENEGAL" a visit by the UN.
     */
    @Test
    void aBodysVisitsAnnounced() throws Exception {
        GenreCase.load("body-visits-announced").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** A working group's statement: its "we" is the working group the title names, not the state visited. */
    @Test
    void aWorkingGroupsWe() throws Exception {
        GenreCase.load("working-group-we").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "concluded a four-day visit to Fiji (7-10 May 2019)": the days in brackets after the state are the visit's (not
     * the span a title covers); and the headline's "Deputy High Commissioner Gilmore" is the Kate Gilmore named next;
     * "during which she addressed the Pacific regional consultation on climate change": an event she attended (added
     * when events named by their subject came to be read).
     */
    @Test
    void aVisitDatedInBrackets() throws Exception {
        GenreCase.load("visit-dated-in-brackets").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Visits recalled with a possessive: "the recommendations made by the Special Rapporteur on torture following his
     * visit to the country in May 2009" (the holder the pronoun stands for), "presented to the Human Rights Council the
     * report on her visit to Kazakhstan in May 2019" (the one who presented, not the Council presented to); and
     * "Recalling the visit that the Special Rapporteur ..., A B, paid to Kazakhstan in September 2023"; "the third
     * visit of the Subcommittee ... to Kazakhstan, following those carried out in September 2016 and June 2019".
     */
    @Test
    void visitsRecalledWithAPossessive() throws Exception {
        GenreCase.load("visits-recalled").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Deputy High Commissioner met with ..." after "The United Nations Deputy High Commissioner for Human Rights,
     * A B, today concluded a three-day visit ..., the first ... since then-High Commissioner C D travelled ...": the
     * holder titled deputy, not the former High Commissioner named last; the three days end on the release's day.
     */
    @Test
    void deputiesAndFormerHoldersOfAnOffice() throws Exception {
        GenreCase.load("deputies-and-former-holders").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A lead whose visitor the release names only later: "..., an independent UN human rights expert said today at the
     * close of an official visit to the country." then "said A B, the Special Rapporteur on ..." and "The visit, which
     * ran from 10 to 21 June 2024 at the invitation of the Government, was the first ... since December 2013, when his
     * predecessor travelled to Lima and Cusco": the expert's visit in that span, and the mandate's earlier one.
     */
    @Test
    void anExpertNamedAfterTheLead() throws Exception {
        GenreCase.load("expert-named-after-the-lead").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A body's visit told by its end and its arrival: "Members of the UN Subcommittee ... on Friday wrapped up their
     * second visit to Colombia" then "The three-member delegation, led by ..., arrived in Bogota on 10 May" (from that
     * day to the release's); "the experts" are the visiting body's members, not another working group named since; "on
     * Thursday, 14 September, wrapped up a visit to Mexico that began on 5 September".
     */
    @Test
    void aBodysVisitToldByItsEndAndItsArrival() throws Exception {
        GenreCase.load("visiting-body-told-by-arrival").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "HANOI (16 November 2022) - ..., on Wednesday wrapped up a three-day official visit": the three days to Wednesday. */
    @Test
    void aVisitWrappedUpOnAWeekday() throws Exception {
        GenreCase.load("weekday-wrap-up").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A lead that names the office only: "The United Nations Special Rapporteur on ... today urged ..., as he concluded
     * a ten-day official visit, undertaken at the invitation of the Government, that began on 15 February." (the state
     * the release is about), then "The Special Rapporteur, A B, presented ..." and "B met with ...": the holder's visit
     * and meetings during it.
     */
    @Test
    void anOfficeInTheLeadItsHolderNamedLater() throws Exception {
        GenreCase.load("office-in-the-lead-holder-named-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A country mandate ("The United Nations Independent Expert on the situation of human rights in Somalia, A B,"),
     * held by the person named after it without an honorific, and "The Independent Expert was in Somalia from 22 to 31
     * May at the invitation of the Federal Government": the visit, told as a stay; "She previously visited Somalia from
     * ... and from ...": two earlier visits, and "During her stay in Mogadishu" after them is still the current one.
     */
    @Test
    void aCountryMandatesStay() throws Exception {
        GenreCase.load("country-mandate-was-in").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Statement by ... at the end of her official visit to Armenia" with the header "Yerevan, 6-9 November 2023": the
     * visit in those days, and "During the visit, I met ..." during them.
     */
    @Test
    void aStatementsHeaderDatesItsVisit() throws Exception {
        GenreCase.load("statement-header-span").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "In Lima, they were received by the Minister of Women, A B" after a working group's visit: its members. */
    @Test
    void theyOfAVisitingBody() throws Exception {
        GenreCase.load("they-of-a-visiting-body").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "she was received by the Vice-President, A, and by the Minister of Education, B": a meeting with each. */
    @Test
    void receivedByOneAndByAnother() throws Exception {
        GenreCase.load("received-by-and-by").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "... in Latin America and the Caribbean" names a region, not the United States: "the State party" after it is
     * still the one the concluding observations are on.
     */
    @Test
    void latinAmericaIsNoState() throws Exception {
        GenreCase.load("latin-america-is-no-state").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A hyphenated family name written alone after the full name ("Brands-Kehris held talks ...", "Brands-Kehris was
     * received by ..."): the same person, as a one-word family name already was.
     */
    @Test
    void aHyphenatedFamilyNameWrittenAlone() throws Exception {
        GenreCase.load("hyphenated-surname-alone").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Days of a visit told by their rank ("On his first day in Dushanbe", "On the second day of his visit": the visit's
     * first and second days), and the next trip announced by weekday ("will travel to Astana on Sunday for a visit ...
     * that lasts until Tuesday": the days after the release's, not before).
     */
    @Test
    void aVisitsFirstAndSecondDaysAndTheNextTrip() throws Exception {
        GenreCase.load("visit-first-day-and-next-trip").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "she was received by President A ..., and later that day held a working meeting with the Minister ..., B": the
     * second predicate is hers, past its adverbial (not A's); and "Al-Nashif and Foreign Minister B signed the renewal of
     * the host country agreement": the minister signs for the state the text is about.
     */
    @Test
    void receivedThenLaterThatDayAndAMinisterSigningForTheState() throws Exception {
        GenreCase.load("received-then-later-that-day").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "On 12 June, Bachelet held talks with Foreign Minister A. The two then signed a memorandum of understanding ...":
     * a signing the sentence leaves undated takes the day of the meeting just told.
     */
    @Test
    void anUndatedSigningRightAfterAMeeting() throws Exception {
        GenreCase.load("undated-signings").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "she shared her preliminary observations with the Minister ..., A": a meeting with A; "with the Government at a
     * final meeting": no one named, no meeting recorded.
     */
    @Test
    void preliminaryObservationsSharedWithAMinister() throws Exception {
        GenreCase.load("preliminary-observations-shared").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "A, Chief of the Human Rights Treaties Branch of the Office of the High Commissioner, opened the thirtieth session
     * of the Committee ...": A attends it (past the office written as a title "of" its body), the session is the
     * Committee's (not the Office's), and the headline's undated session is the one the release dates.
     */
    @Test
    void anOfficialWithAnOfficeOpensACommitteesSession() throws Exception {
        GenreCase.load("office-before-the-verb").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "three mandate holders visited Mongolia at the invitation of the Government: the Special Rapporteur on ..., from 2
     * to 11 June, the Working Group on ..., in September, and the Independent Expert on ..., Claudia Mahler, from 14 to 25
     * October": one visit for each, with the dates after it; a named holder in apposition is the visitor.
     */
    @Test
    void visitorsCountedThenListedAfterAColon() throws Exception {
        GenreCase.load("visitors-listed-after-a-colon").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the EU delegation met Uzbekistan's new Ombudsperson, Feruza Eshmatova, and civil society organisations": the
     * holder the name in apposition gives, not the state of the possessive.
     */
    @Test
    void metTheHolderANameInAppositionGives() throws Exception {
        GenreCase.load("met-the-holder-named-after-the-office").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An end-of-mission statement whose byline ("by A, Special Rapporteur on ...") comes after four header lines: its "I"
     * is the speaker; "I held a joint meeting with representatives of UNICEF and UNESCO" is one meeting of them all.
     */
    @Test
    void anEndOfMissionStatementInTheFirstPersonAfterItsHeader() throws Exception {
        GenreCase.load("end-of-mission-byline").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A High Commissioner's statement: "I am concluding today my first visit to Malaysia ..., which began on 11 May" (from
     * that day to the statement's), and "The following day I met, separately, the Minister of Foreign Affairs, A, and the
     * Minister of Law, B" (past the aside, one meeting with each, the day after).
     */
    @Test
    void aFirstPersonVisitEndingTodayAndMeetingsMetSeparately() throws Exception {
        GenreCase.load("first-person-visit-ending-today").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Working Group's delegation, composed of its Chair-Rapporteur, A (Italy), and its member B (Guinea-Bissau),
     * visited Paraguay ...": the Working Group visits, not the state of a member named far into the aside.
     */
    @Test
    void aDelegationWhoseMembersAreNamedInALongAside() throws Exception {
        GenreCase.load("long-composition-aside").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "On the margins of the Dialogue, A met B, with whom he discussed the preparations for the elections of 2027": the
     * Dialogue's day, not the year of what they discussed.
     */
    @Test
    void aMeetingOnTheMarginsNotDatedByWhatWasDiscussed() throws Exception {
        GenreCase.load("margins-meeting-discussed-year").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "On the second day Deputy Minister A was received by ...", after a dialogue of 9 and 10 March: the second day of
     * the event just reported with its days, not only of a visit.
     */
    @Test
    void onTheNthDayOfTheEventJustReported() throws Exception {
        GenreCase.load("on-the-first-day-of-the-dialogue").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Chief Commissioner A led ... . The Chief Commissioner paid a working visit to Indonesia ...": the holder of the
     * title the text named, the qualified title as well as its bare head ("the Commissioner"), not a deputy's.
     */
    @Test
    void aQualifiedTitleForItsHolder() throws Exception {
        GenreCase.load("qualified-title-anaphor").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "From 2 to 11 June 2025, Jordan received the Special Rapporteur on the right to food, Mr. A, at the invitation of
     * the Government. During the visit, the Special Rapporteur was received by the Minister ...": the holder's visit
     * (not a meeting of the state with him), which dates the meeting during it.
     */
    @Test
    void aStateReceivedAnOfficeHolderNamedAfterTheOffice() throws Exception {
        GenreCase.load("state-received-the-holder").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "... today ended his visit to Botswana. The Special Rapporteur's mission took place from 11 to 20 May 2026 at the
     * invitation of the Government.": the restatement gives the visit its days.
     */
    @Test
    void aMissionRestatedByItsVisitorsPossessive() throws Exception {
        GenreCase.load("mission-restated-by-possessive").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Special Rapporteur on the right to health visited Viet Nam in November 2011, the Special Rapporteur on the
     * right to food in June 2013 and ...", "received the Working Group ... in March 2011 and the Special Rapporteur ...
     * in August 2010": each further visitor, with the verb left out, on its own date.
     */
    @Test
    void visitsWithTheVerbLeftOut() throws Exception {
        GenreCase.load("visits-with-the-verb-left-out").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "..., Pedro Arrojo-Agudo, said today at the end of his first official visit to the country", then "During his
     * eleven-day official visit, from 5 to 15 May, ...": the visit the lead ends, over the days given after.
     */
    @Test
    void theEndOfHisFirstOfficialVisitThenItsDays() throws Exception {
        GenreCase.load("end-of-his-first-official-visit").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "met the People's Advocate of the Republic of Moldova, Veronica Bradauteanu, whose office ...", "held talks with
     * the Deputy Prime Minister for Reintegration (Chief Negotiator), A, and with the Director of ..., B", "was received
     * ... by the interim Mayor, C": the holder named after an office no list knows, and the holders listed after.
     */
    @Test
    void officeHoldersNoListKnows() throws Exception {
        GenreCase.load("office-holders-no-list-knows").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held separate talks with A and with B", "held extensive talks with", "held a private meeting in Geneva with",
     * "had a working session on 11 June with": a meeting's kind, or its place or day, between the verb and "with".
     */
    @Test
    void meetingsOfAKind() throws Exception {
        GenreCase.load("meetings-of-a-kind").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Committee will hold its annual joint meeting with ...", "will hold an informal joint meeting with", "A is to
     * meet B", and a chronology's present "A calls on the Minister of Justice, B": meetings announced, and one held.
     */
    @Test
    void meetingsAnnouncedAndAChronologysCall() throws Exception {
        GenreCase.load("meetings-announced").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "with Vice Minister A and with the Vice-Chairwoman of the People's Supreme Procuracy, B", "with Deputy Minister A
     * and, separately, with the Chairman of the Lawyers' Association, B", "a joint meeting with the city's Party
     * Secretary, A, and its Mayor, B": every official of a list, each named after an office.
     */
    @Test
    void officialsListedWithTheirOffices() throws Exception {
        GenreCase.load("officials-listed-with-offices").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "was received by the plenary of Komnas HAM", "met the Chair of the ASEAN Intergovernmental Commission on Human
     * Rights and discussed ...", "meets Members of the European Parliament's Subcommittee", "is received ... by": the
     * body met through its people or its unnamed head, and a chronology's passive.
     */
    @Test
    void bodiesMetThroughTheirPeople() throws Exception {
        GenreCase.load("bodies-met-through-their-people").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "met the Cabinet Secretary for Education, A, as well as senior officials of the Ministry of Foreign Affairs and
     * with the Kenya National Commission on Human Rights", "and with representatives of UNICEF": the bodies a list of
     * officials goes on to.
     */
    @Test
    void officialsThenBodies() throws Exception {
        GenreCase.load("officials-then-bodies").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held meetings with members of the judiciary and prison directors, the Ministry of Justice and the National
     * Human Rights Commission of Thailand": the bodies of a list met, past the people who name none.
     */
    @Test
    void bodiesListedPastPeopleWhoNameNone() throws Exception {
        GenreCase.load("bodies-listed-past-unknown-ones").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "met A on 15 February, and B on 17 February", "was received by A, and on 21 February by B", "with A on 22
     * February and, the following day, with B": each official of a list met on the day told beside them.
     */
    @Test
    void officialsMetOnTheirOwnDays() throws Exception {
        GenreCase.load("officials-met-on-their-own-days").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "A meeting with the Minister of Justice, A, planned for 15 May, was called off", "A courtesy call on President
     * A, originally scheduled for 17 May, could not take place": meetings named only to say they did not happen.
     */
    @Test
    void meetingsCalledOff() throws Exception {
        GenreCase.load("meetings-called-off").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "extended invitations to the Working Group on ... and to the Special Rapporteur on ..., whose visits are planned for 2023 and 2024, respectively". */
    @Test
    void inviteesWhoseVisitsAreScheduled() throws Exception {
        GenreCase.load("invitees-whose-visits-are-scheduled").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "said that its country visit to Nepal, scheduled for October, had been postponed", "has postponed his official visit to Bolivia". */
    @Test
    void possessiveVisitsCalledOff() throws Exception {
        GenreCase.load("possessive-visits-called-off").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "Study visit of the AICHR to the Council of Europe in Strasbourg, France": to the state where the body sits. */
    @Test
    void aVisitToABodyGoesWhereTheBodySits() throws Exception {
        GenreCase.load("visit-to-a-body-where-it-sits").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "by Juan E. Méndez, Special Rapporteur on torture": a name with a middle initial before its title. */
    @Test
    void aNameWithAMiddleInitialBeforeItsTitle() throws Exception {
        GenreCase.load("middle-initial-before-a-title").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "carries out a fact-finding visit to", "conducted an on-site visit to": the visit's kind written with hyphens. */
    @Test
    void visitsCarriedOutWithAHyphenatedKind() throws Exception {
        GenreCase.load("visits-carried-out-with-a-hyphenated-kind").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A chronology's present: a bare name that "conducts his first mission", the holder who "carries out his third
     * mission" or a body that "makes a follow-up visit" (to the chronology's state, over the entry's days), and a
     * verbless "Second mission of A to B".
     */
    @Test
    void chronologyMissionsInThePresent() throws Exception {
        GenreCase.load("chronology-missions-in-the-present").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "she was received by A, and later the same day held talks with B": her meetings with each (not A's with B);
     * "following the missions she undertook in 2014 and 2016": one earlier visit in each year.
     */
    @Test
    void missionTalksAndEarlierMissions() throws Exception {
        GenreCase.load("mission-talks-and-earlier-missions").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "A met with her, and the two sides reviewed cooperation under the framework agreement signed in 2011": the
     * year dates the agreement, not the meeting, which the visit dates.
     */
    @Test
    void meetingBesideAThingMadeEarlier() throws Exception {
        GenreCase.load("meeting-beside-a-thing-made-earlier").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A bulletin's entry "12 March – Malaysia: A concluded a visit to Malaysia that began on 4 March": from the day
     * it began to the entry's day.
     */
    @Test
    void bulletinEntryVisitConcluded() throws Exception {
        GenreCase.load("bulletin-entry-visit-concluded").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "During a visit to Beijing in March by A, the two sides agreed that the 20th dialogue would be held ...": A's
     * visit to China, made (the main clause's plan is the dialogue's).
     */
    @Test
    void duringAVisitToACapitalBy() throws Exception {
        GenreCase.load("during-a-visit-to-a-capital-by").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "visited Chile and Peru in April and Austria in September": a first group of destinations, then another with
     * its own month.
     */
    @Test
    void visitsByDatedGroups() throws Exception {
        GenreCase.load("visits-by-dated-groups").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The Deputy High Commissioner, Kate Gilmore, visited Asunción ..., when she was received by President ...": the
     * sentence's own subject, whose gender the text had not told, not the woman an earlier paragraph named.
     */
    @Test
    void pronounOfTheSentenceSubject() throws Exception {
        GenreCase.load("pronoun-of-the-sentence-subject").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Earlier visits to Kyrgyzstan included those of the Special Rapporteur on torture, Juan E. Méndez, in December
     * 2011, and of ...": one visit of each holder, each on its own date.
     */
    @Test
    void earlierVisitsIncludeThoseOf() throws Exception {
        GenreCase.load("earlier-visits-include-those-of").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Mr. OKANIWA Ken": a family name in capitals before the given name (later "Ambassador Okaniwa"); "During his
     * stay ... from March 11 to 14, A paid a courtesy call on B, ..., on March 13": the day told after the verb.
     */
    @Test
    void familyNameInCapitalsAndACallDuringTheStay() throws Exception {
        GenreCase.load("family-name-in-capitals-and-a-call-during-the-stay").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the visits to the State party of A in September 2008 and of B from 3 to 12 September 2008": each visitor its
     * own date, not the last one's for both.
     */
    @Test
    void visitsOfEachWithItsOwnDate() throws Exception {
        GenreCase.load("visits-of-each-with-its-own-date").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "was received in audience by His Majesty King Abdullah": a sovereign goes by one name, the style part of it
     * (kb.17 royal styles and titles).
     */
    @Test
    void aSovereignByOneName() throws Exception {
        GenreCase.load("a-sovereign-by-one-name").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "will visit Armenia and Chile in April and June 2024, respectively": one visit to each state, each on its date.
     */
    @Test
    void visitsToStatesPairedRespectively() throws Exception {
        GenreCase.load("visits-to-states-paired-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A headline's "Deputy High Commissioner for Human Rights visits Thailand": the deputy's visit, told dated
     * below, not one of the High Commissioner's office.
     */
    @Test
    void aDeputyIsNotTheOffice() throws Exception {
        GenreCase.load("a-deputy-is-not-the-office").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the country was visited by the Special Rapporteur on the right to education (10-19 October 2022) and the
     * Working Group on Arbitrary Detention (12-24 March 2023)": a passive visit of each, on the dates in brackets.
     */
    @Test
    void visitedByInThePassive() throws Exception {
        GenreCase.load("visited-by-in-the-passive").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Its next visits, to A and B, are planned for September and November, respectively", "The Subcommittee's next
     * mission, to C, is expected in early 2023": planned visits of the body whose visit the release reported.
     */
    @Test
    void nextVisitsScheduled() throws Exception {
        GenreCase.load("next-visits-scheduled").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The country was visited by the Special Rapporteur on ..., A, from 1 to 8 June 2011, and by the Independent
     * Expert on ..., B, in March 2015": each holder named after the office, on the dates after the name.
     */
    @Test
    void passiveVisitsHoldersNamed() throws Exception {
        GenreCase.load("passive-visits-holders-named").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The visit of the Special Rapporteur ... has been agreed for May 2022", "A visit by the Working Group ... is
     * envisaged for 2023": visits to come (kb.18 status cues).
     */
    @Test
    void visitAgreedFor() throws Exception {
        GenreCase.load("visit-agreed-for").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "had initially planned to visit the country in 2021, but the visit was postponed", "was scheduled to visit
     * Armenia in May 2022; ..., the visit has been cancelled": the visit to come just told, called off in its own
     * sentence.
     */
    @Test
    void plannedVisitThenPostponed() throws Exception {
        GenreCase.load("planned-visit-then-postponed").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the following mandate holders have visited Mongolia: A (14 to 23 May 2016); B and C (both from 2 to 11 October
     * 2017); and D (...)": each listed visitor on the dates of its item.
     */
    @Test
    void followingHoldersHaveVisited() throws Exception {
        GenreCase.load("following-holders-have-visited").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Federal Chancellor Olaf Scholz visited China ..." then "the Chancellor met President Xi Jinping": the holder
     * the title named before (kb.18 holder titles).
     */
    @Test
    void theChancellorLater() throws Exception {
        GenreCase.load("the-chancellor-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "since her predecessor, Raquel Rolnik, travelled there in April 2010" then "the Special Rapporteur met ...": the
     * current holder, not the predecessor named last.
     */
    @Test
    void predecessorNotTheRapporteur() throws Exception {
        GenreCase.load("predecessor-not-the-rapporteur").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "travelled to Addis Ababa to take part in the Regional Consultation on ...", "she will take part in the Forum on
     * ...": attendance, held and to come (kb.18 cues).
     */
    @Test
    void travelledToTakePart() throws Exception {
        GenreCase.load("travelled-to-take-part").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "..., the first visit by the Working Group to South Asia in ten years": a region the apposition names, no visit
     * to the document's state; "On 14 November 2019, A met ... Ms. Kate Gilmore, who had taken up her post on 1
     * December 2015": the day that opens the sentence, not the one of the clause about the person met.
     */
    @Test
    void visitAppositionAndClauseOfThePersonMet() throws Exception {
        GenreCase.load("visit-apposition-and-clause-of-the-person-met").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "concluded on 11 October 2019 a visit to Peru that had begun on 1 October", "concluded on 18 October 2019 a ten-
     * day official visit to Zambia" (kb.19 cues): the day of its end written after the verb, from the day it had begun
     * or over the days it lasted.
     */
    @Test
    void visitsEndedOnADayAfterTheVerb() throws Exception {
        GenreCase.load("visits-ended-on-a-day-after-the-verb").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Nepal has received the following mandate holders: (a) ...; (b) A and B, from 3 to 10 May 2018 and from 5 to 12
     * May 2018 respectively; (c) ..." (kb.19 cues): each visitor of the list on its own dates, the pair of (b) in
     * order; the Special Rapporteur on minority issues by its present title (kb.19 bodies); "will be rescheduled in
     * consultation with the Government" is no exchange.
     */
    @Test
    void mandateHoldersReceivedInAList() throws Exception {
        GenreCase.load("mandate-holders-received-in-a-list").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the Special Rapporteur called on President A and Prime Minister B, and travelled to Batticaloa and Kandy": the
     * people called on are the objects of the first predicate (people coordinate with people), not those who
     * travelled.
     */
    @Test
    void calledOnThenTravelled() throws Exception {
        GenreCase.load("called-on-then-travelled").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "... today concluded an official visit to Kenya." then "Bachelet's visit, from 10 to 14 May 2021, took place at
     * the invitation of the Government": the visitor's own visit restated with its span, as "The visit ..." is.
     */
    @Test
    void visitorsOwnVisitRestated() throws Exception {
        GenreCase.load("visitors-own-visit-restated").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "held separate meetings with the Minister of Foreign Affairs, Jorge Lima, and with the Attorney-General, Ana
     * Rosa Medina": a title's holder whose family name is also a city's (Lima) is a person, and the list goes on past
     * him.
     */
    @Test
    void holderNamedLikeACity() throws Exception {
        GenreCase.load("holder-named-like-a-city").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Hilal Elver, concluded today an official visit to Honduras, which she carried out from 4 to 11 November 2019"
     * ("today" between the verb and the visit, kb.19 cues): the visit, and the meetings "During the visit" on its
     * days.
     */
    @Test
    void concludedTodayAnOfficialVisit() throws Exception {
        GenreCase.load("concluded-today-an-official-visit").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'The visit is the third by the Working Group to Greece, following those undertaken in January 2013 and November
     * 2016': an earlier visit of the same visitor to the same state on each date listed, the visitor after 'by' as
     * after 'the third visit of'.
     */
    @Test
    void earlierVisitsByTheSameVisitor() throws Exception {
        GenreCase.load("earlier-visits-by-the-same-visitor").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'In 2013 Kazakhstan received the Special Rapporteur on A, Ms. X, from 11 to 20 March, and the Special Rapporteur
     * on B, Mr. Y, from 2 to 9 October': each holder, named after the office, visited on the days written after the
     * name, not in the year the sentence opens with.
     */
    @Test
    void receivedOfficeHoldersEachOnTheirDays() throws Exception {
        GenreCase.load("received-office-holders-each-on-their-days").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'Commissioners Sunee Rattanakul and Prasit Wongsawat met the Special Rapporteur ...': the plural title is no
     * part of the first name (kb.20 titles).
     */
    @Test
    void commissionersNamedAfterAPluralTitle() throws Exception {
        GenreCase.load("commissioners-named-after-a-plural-title").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The Subcommittee visited Ghana from 6 to 15 March 2024", a visit it had postponed, a paragraph of quotes and one
     * on a ratification, then "During the visit, the delegation met the Minister ...": the meeting on the days of the
     * visit its subject made, reported paragraphs before.
     */
    @Test
    void duringTheVisitParagraphsLater() throws Exception {
        GenreCase.load("during-the-visit-paragraphs-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'The Special Rapporteur on the situation of human rights in Myanmar visited Myanmar in February 2014, July 2014
     * and January 2015': one visit on each date listed (not dates paired 'respectively' with several stops).
     */
    @Test
    void visitsOnEachDateListed() throws Exception {
        GenreCase.load("visits-on-each-date-listed").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'During his stay, he was received by Mr. A, Minister for Foreign Affairs, and separately by Mr. B, Chairperson
     * of ...': a meeting with each host, an adverb in the list's joint.
     */
    @Test
    void receivedByOneAndSeparatelyByAnother() throws Exception {
        GenreCase.load("received-by-one-and-separately-by-another").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'Nepal has received the Working Group on Arbitrary Detention (2 to 11 April 2019), the Special Rapporteur on the
     * right to health, Mr. A (4 to 14 December 2019), and ...': each visitor on the days in the brackets after it,
     * past the holder's name.
     */
    @Test
    void visitorsReceivedWithDatesInBrackets() throws Exception {
        GenreCase.load("visitors-received-with-dates-in-brackets").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A paragraph that reports a visit and goes on for four sentences, then 'During the visit, the Ministry of Foreign
     * Affairs and the Office of the High Commissioner signed a Memorandum ...': the memorandum on the visit's days.
     */
    @Test
    void duringTheVisitAfterAParagraphsAccount() throws Exception {
        GenreCase.load("during-the-visit-after-a-paragraphs-account").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }
}
