package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** MEETING, AGREEMENT, INVITATION and DECLARATION in news of diplomacy. */
class DiplomacyGenreTest {

    @Test
    void meetingsAgreementsInvitationsDeclarations() throws Exception {
        GenreCase.load("diplomacy").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** Programmes and agreements: "a programme of cooperation", a titled agreement, and a plan whose years are no date. */
    @Test
    void programmesAgreementsAndPlanYears() throws Exception {
        GenreCase.load("agreements-more").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A news roundup: "elected 18 countries, among them A, B and C, to the 47-member Geneva-based Human Rights
     * Council for the 2022-2024 term"; "a visit to Sri Lanka by the UN Special Rapporteur on ..., <name>, which had
     * been scheduled for ..., has been postponed"; "called off a planned visit to Azerbaijan, which had been due to
     * take place in December 2021" (the subject visits, the verb is the status); "In the Samoan capital Apia, the
     * Pacific Regional Forum ..., co-organized by the Samoan government and OHCHR, closed on ... with the adoption of
     * the Apia Declaration ..." (demonym governments, the declaration adopted at the forum).
     */
    @Test
    void aNewsRoundup() throws Exception {
        GenreCase.load("news-roundup").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "took an active part in the 31st, 32nd and 33rd sessions of the Human Rights Council and the 60th session of the
     * Commission on the Status of Women": one attendance per session, each named in full.
     */
    @Test
    void sessionsAttendedInAList() throws Exception {
        GenreCase.load("sessions-attended").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held the 8th German-Vietnamese Human Rights Dialogue in Berlin on 4 July 2019. The German delegation was led by
     * A, ..., while the Vietnamese side was headed by B": both heads attended the dialogue named with its ordinal; the
     * headline's undated "hold human rights dialogue" is that same dialogue, not another.
     */
    @Test
    void headsOfDelegationAndAHeadline() throws Exception {
        GenreCase.load("delegation-heads").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Retno Marsudi, minister of foreign affairs of Indonesia, addressed the opening ceremony": a lower-case office in
     * apposition makes the name a person's, and the ceremony is the forum's; "The Forum was co-chaired by Ms A, ...,
     * and by Mr B, ...": both chaired it (courtesy titles without a period).
     */
    @Test
    void chairsAndOpeningCeremony() throws Exception {
        GenreCase.load("chairs-and-ceremonies").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The 9th round of the EU-Mongolia Human Rights Dialogue took place ...", a seminar that "preceded" it, then "The EU
     * delegation was led by State Secretary A, and the Mongolian delegation by Deputy Minister ... B": both heads
     * attended the round named in full, past the seminar; "At the tenth round, ..., X headed the EU side" is no head of
     * the ninth.
     */
    @Test
    void headsOfDelegationPastASeminar() throws Exception {
        GenreCase.load("heads-after-a-seminar").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * National institutions the knowledge base does not hold: "the Kenya National Commission on Human Rights (KNCHR)"
     * is org:KEN-KNCHR, and so is "the KNCHR" later; "the National Council for the Administration of Justice" takes its
     * initials (org:KEN-NCAJ), as annotators write such ids.
     */
    @Test
    void nationalInstitutionsByTheirAcronyms() throws Exception {
        GenreCase.load("national-institutions").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "On its closing day, participants adopted the Apia Declaration ...": dated by the forum's last day. */
    @Test
    void aDeclarationOnTheClosingDay() throws Exception {
        GenreCase.load("declaration-closing-day").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A committee's session release: "Dalia Leinarte (Lithuania) was elected Chairperson" and "A (Ghana), B (Lebanon)
     * and C (Georgia) were elected Vice-Chairpersons" make the committee's officers, on the day the session opened; a
     * state "elected by the seventy-first session of the General Assembly, for the first time, as a member of the Human
     * Rights Council" is a member of the Council, not of the Assembly that elected it.
     */
    @Test
    void committeeOfficersAndTheBodyOfARole() throws Exception {
        GenreCase.load("committee-officers").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Meetings in other words: "held discussions with", "had discussions with", "held a working session with", "began
     * ... with a meeting with Governor X"; "He
     * also held a working session with B" the day the sentence before dated his meeting with A, where no visit spans
     * both.
     */
    @Test
    void meetingsInOtherWords() throws Exception {
        GenreCase.load("meetings-in-other-words").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The 9th round ..., which had been scheduled to take place in Astana on 14 May 2020, was postponed": a round
     * called off keeps the date it had been set for, past the place between.
     */
    @Test
    void postponedRoundsKeepTheirScheduledDates() throws Exception {
        GenreCase.load("postponed-rounds").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The previous, 7th Dialogue was held in Tokyo in February 2022", "The previous, 10th, round of the Dialogue". */
    @Test
    void previousRoundsWithTheirNumbers() throws Exception {
        GenreCase.load("previous-numbered-rounds").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "consultations with A, B and the African Union in April, June and November, respectively, the last of them in
     * Addis Ababa": no round numbered, the place the last one's; "held the third round ... in Oslo in September, and
     * held human rights consultations with Cuba and Laos": the second predicate has only the year.
     */
    @Test
    void consultationsListedAndASecondPredicate() throws Exception {
        GenreCase.load("consultations-listed").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Visits told by the sender ("sent delegations to Chile, Peru and Mexico": one each) or the host ("Ghana received
     * a visit by ...": no second visit to the document's own state), and a timeline's "Official visit to X of the High
     * Commissioner ..., Name" (the holder named after the office); "received the visits of the Special Rapporteur on
     * ..., Name, from ... and of ...": each holder with the dates after their name, not a mandate named earlier.
     */
    @Test
    void visitsSentAndHosted() throws Exception {
        GenreCase.load("visits-sent-and-hosted").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A chronology's verbless entries, "3 March: ninth Laos-Sweden Human Rights Dialogue, Vientiane." (held then, in the
     * city after the name; or "Bangkok, 9 June: ..."), and its present tense: "is cancelled", "the postponed tenth round
     * ... takes place" (held now), "..., postponed from the previous year, is held" (held now, on the entry's date).
     */
    @Test
    void chronologyEntriesWithoutVerbs() throws Exception {
        GenreCase.load("chronology-verbless-rounds").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "a delegation of the Working Group ... headed by its Chairperson X visited Morocco", "The Subcommittee ...,
     * represented by its Chair X, visited Mexico": the body visited, not the one who led it; "From May to June" is a
     * span of the year the text establishes.
     */
    @Test
    void ledDelegationsAndMonthSpans() throws Exception {
        GenreCase.load("led-delegations-and-month-spans").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * An attendance's event at its fullest: "the 9th round of their Human Rights Dialogue" under the headline's "9th
     * Round of the EU-Kazakhstan Human Rights Dialogue" is the round of the EU-Kazakhstan dialogue; a title listing
     * capitalised items ("against Racism, Racial Discrimination, Xenophobia and Related Intolerance") runs to its end.
     */
    @Test
    void eventNamesAtTheirFullest() throws Exception {
        GenreCase.load("event-names-at-their-fullest").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "A met with him, and B held talks with him": two meetings with the guest, not one of A with B; a rank before a
     * name ("Senior Colonel Bat Ganbold") is a title; "On the last day of the visit he meets X": "he" is the subject
     * the text is about, not the last person named, and the day the visit's last (as the probes' annotators date all
     * eleven such meetings and acts); "During his stay, Foreign Minister A and Minister of Justice B met
     * with him separately": each host meets the guest, the second host known past the title after "and".
     */
    @Test
    void meetingsWithASecondSubject() throws Exception {
        GenreCase.load("meetings-second-subject").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "On Wednesday, ..." in a release whose first paragraph opens "YEREVAN (19 October 2018) -": that week's Wednesday. */
    @Test
    void weekdaysAfterADateline() throws Exception {
        GenreCase.load("weekdays-after-a-dateline").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** A session told by its closing (the dateline's day) and, later, its opening day: one session, first day to last. */
    @Test
    void aSessionOpenedAndClosed() throws Exception {
        GenreCase.load("session-opened-and-closed").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the delegation of Kazakhstan headed by Mr. X, Minister of Justice, presented the second periodic report ... at
     * the 66th session of the Committee on ...": its head attended that session (and, as annotators of the genre read
     * it, the state presented its report on those days).
     */
    @Test
    void aReportPresentedAtASession() throws Exception {
        GenreCase.load("report-presented-at-session").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "GENEVA (28 October 2022) - The Subcommittee ... has concluded its second visit to Armenia." then "During the
     * visit, which took place from 16 to 26 October 2022, ...": one visit, dated by its span, the release two days after.
     */
    @Test
    void aVisitConcludedThenRestated() throws Exception {
        GenreCase.load("visit-concluded-then-restated").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /** A national report's "the State" is the state it is about: "the Working Group ... visited the State from ...". */
    @Test
    void theStateItself() throws Exception {
        GenreCase.load("the-state-itself").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An agreement's title is what the text calls it, capitalised or not, with what it is about ("a memorandum of
     * understanding on the protection of migrant workers", "a two-year ... programme for the period 2022-2023"), up to
     * the partner, the place, the date or the amount; not "new".
     */
    @Test
    void agreementsNamedByWhatTheyAreAbout() throws Exception {
        GenreCase.load("agreements-described").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Agreements recalled by a participle ("The ... Agreement between the EU and Kyrgyzstan, signed in Bishkek on 6 July
     * 2024, ...", "the EU-Mongolia ... Agreement signed in Ulaanbaatar in April 2013"), a timeline's present tense
     * ("Chad and the Niger sign the Arrangement ..."); not a headline's undated "sign", nor "agreed to sign"; an undated
     * "will sign" is still a planned agreement.
     */
    @Test
    void agreementsRecalledAndTimelines() throws Exception {
        GenreCase.load("agreements-recalled").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An act's noun, its date, then its treaty: "Tajikistan's ratification, on 22 March 2018, of the Convention ...",
     * "Laos's ratification in 2012 of the Convention against Torture and ...", "Nepal's accession, in October 2016, to".
     */
    @Test
    void actsDatedBeforeTheirTreaty() throws Exception {
        GenreCase.load("acts-dated-before-their-treaty").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Memberships said in passing: "which served on the Council in 2013-2015" (not the term it announced a candidacy
     * for), "to discharge its responsibilities as a member of ... for the 2017-2019 term", "the Council, of which
     * Mongolia is a member for ...", "Li Yanduan, the Chinese candidate, was elected", a timeline's "Uzbekistan elected
     * ... to", "took its seat ... on 1 January 2014 for a three-year term ending on 31 December 2016", "having served on
     * it in 2006-2008 and 2011-2013" (each term). "the Commission", never named in full, is no body.
     */
    @Test
    void membershipsInPassing() throws Exception {
        GenreCase.load("memberships-in-passing").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Statements at "the high-level segment of the thirty-fourth session of the Human Rights Council" (a written
     * ordinal), and a delegation "led by the Minister of Justice, X," that "presented the national report to" the
     * Working Group: its head attended, on the day the sentence before gave the review.
     */
    @Test
    void statementsAndReviewsAttended() throws Exception {
        GenreCase.load("statements-and-reviews-attended").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Declarations titled at length: "... Partnership towards Sustainable Development in ASEAN", a subject in lower case
     * ("the Rabat Declaration on human rights and the environment"); an action plan's "(2022-2024)" is its span, not
     * the adoption's date.
     */
    @Test
    void declarationsTitledAtLength() throws Exception {
        GenreCase.load("declarations-titled-at-length").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Visits in other words: "came to China", "travelled across Zambia", "carried out her third mission to Cambodia",
     * and "French President Emmanuel Macron's state visit to China" (the possessive is no part of his name).
     */
    @Test
    void visitsInOtherWords() throws Exception {
        GenreCase.load("visits-in-other-words").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A committee's release: "its one hundred and twenty-seventh session" (ordinals past a hundred), and "the Committee"
     * after it met another committee is still the committee whose release it is.
     */
    @Test
    void aCommitteesReleaseAndItsOwnCommittee() throws Exception {
        GenreCase.load("committee-release-own-committee").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A State Department note: "the 24th U.S.-Vietnam Human Rights Dialogue" (a state written with periods before the
     * hyphen), "Deputy Assistant Secretary Scott Busby led the U.S. delegation", and "by video conference" is how it was
     * held, no conference.
     */
    @Test
    void aUsDialogueWithItsAbbreviation() throws Exception {
        GenreCase.load("us-dialogue-abbreviated").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A long first line that ends in a lower-case word is still the title (its year, 2019, the document's); a section's
     * first year ("finalised two periodic reports in 2019. On 12 April, ...") dates the months after it, not the
     * "Constitution of 2014" before; a year hoped for ("hoped to hold the next round in ... 2020") does not.
     */
    @Test
    void sectionYearsAndALongTitle() throws Exception {
        GenreCase.load("section-years-and-long-title").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A UN News election story: "the General Assembly today elected 15 Member States to serve on the Human Rights
     * Council", then "the 193-member Assembly elected A, B, ..., as well as C and D" (that election), then "The new
     * members will serve three-year terms beginning on 1 January 2018 and ending on 31 December 2020" (their term).
     */
    @Test
    void electionNewsAndTheTermAfter() throws Exception {
        GenreCase.load("election-news").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "GENEVA (12 April 2019) - The Committee ... this afternoon concluded its thirtieth session, which began on 1 April". */
    @Test
    void aSessionClosedTodayRanFromItsFirstDay() throws Exception {
        GenreCase.load("session-closed-today").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A national commission's own report: "the Commission" is the commission the opening names (org:NPL-NHRC), not the
     * "Human Rights Commission of Malaysia (SUHAKAM)" named since (its state is Malaysia's though the state's mention
     * takes in the brackets), nor the "High Commissioner"; the partner "of Korea" is Korea's; the memorandum's title
     * stops before "with" its partner.
     */
    @Test
    void aCommissionsOwnReport() throws Exception {
        GenreCase.load("commission-own-report").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "held their 9th Human Rights Dialogue" under the headline "9th European Union - Mongolia Human Rights Dialogue":
     * the co-chairs attended the round as the headline names it in full.
     */
    @Test
    void theHeadlineNamesTheRound() throws Exception {
        GenreCase.load("headline-names-the-round").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** A timeline in bullets under year headings: each "- <date>: ..." line is an entry of its own, dated by itself. */
    @Test
    void aBulletedTimeline() throws Exception {
        GenreCase.load("bulleted-timeline").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "today wrapped up her first official mission to Tajikistan, the first ... since High Commissioner Navi Pillay
     * travelled there in November 2012. During the visit, which took place from 19 to 22 June ...": the span restates
     * the mission of the day, not the visit recalled after it.
     */
    @Test
    void aMissionRestatedPastARecalledVisit() throws Exception {
        GenreCase.load("mission-restated").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A timeline's agreements: "03.02.2008 - Memorandum of Understanding between A and B ..., signed in Bishkek" and
     * the verbless "21 May 2014: Agreement between A and B on ..." take the entry's date.
     */
    @Test
    void timelineAgreements() throws Exception {
        GenreCase.load("timeline-agreements").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "It was co-chaired by A and by B C, a deputy secretary of state of ...": both co-chairs attended the exchange the
     * sentence before reported ("It" is that exchange; a lower-case office after the name marks a person), and "Kjærgaard
     * Sørensen" is written in ids as "kjaergaard-sorensen".
     */
    @Test
    void coChairsInOtherWords() throws Exception {
        GenreCase.load("co-chairs-in-other-words").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "the National Centre" after "the National Centre for Human Rights": the body named in full before. */
    @Test
    void shortenedInstitutionNames() throws Exception {
        GenreCase.load("shortened-institution-names").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "signed in Lusaka on 3 November 2020 a memorandum ... for the period 2021-2023": the signing date between verb and
     * object; project documents, joint work plans and plans of action for cooperation are programmes.
     */
    @Test
    void agreementsSignedOnBeforeTheirText() throws Exception {
        GenreCase.load("agreements-signed-on-before-the-text").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "During the visit, the Government invited ...": the visit's dates; "On the last day of the visit": its last day;
     * an invitee named after their office and a comma.
     */
    @Test
    void invitationsDuringAVisit() throws Exception {
        GenreCase.load("invitations-during-a-visit").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Committee against Torture, to which it submitted its second periodic report": that committee's treaty;
     * "submitted the following reports: A (date); B (date)": each report of the list.
     */
    @Test
    void reportsToWhichAndListed() throws Exception {
        GenreCase.load("reports-to-which-and-listed").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Committee welcomes the following steps taken by the State party ...:" then "(a) The ratification of ..., on
     * D;": each item's own act, by the State party under review.
     */
    @Test
    void concludingObservationsWelcomedSteps() throws Exception {
        GenreCase.load("concluding-observations-welcomed-steps").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "read a joint statement on behalf of 47 countries at the 44th session", "delivered the country statement at":
     * attendance, as a speaker.
     */
    @Test
    void statementsReadAtSessions() throws Exception {
        GenreCase.load("statements-read-at-sessions").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the General Assembly of the Organization of American States" is the OAS; "In 2019, the fifth round ... was held
     * in Jakarta in November": November 2019.
     */
    @Test
    void regionalAssembliesAndMonthsAfterAYear() throws Exception {
        GenreCase.load("regional-assemblies-and-months-after-a-year").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Commission was represented at ...", "took part in the forty-ninth, fiftieth and fifty-first sessions":
     * each session, the last ordinal written in three tokens too.
     */
    @Test
    void sessionsAttendedByAnInstitution() throws Exception {
        GenreCase.load("sessions-attended-by-an-institution").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Agreements under other names and in other frames: a "Record of Understanding" signed "On the occasion of the
     * Dialogue" (its day; not the "since 2015" of the clause about the programme), a "Road Map for Cooperation", and a
     * passive "A memorandum of understanding between A and B was signed on ...".
     */
    @Test
    void agreementsUnderOtherNames() throws Exception {
        GenreCase.load("agreements-other-names").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * National councils and commissions "for Human Rights" of any state, named with its demonym or name ("the
     * Egyptian National Council for Human Rights", "the Pakistan National Commission for Human Rights"): org:EGY-NCHR.
     */
    @Test
    void nationalCouncilsForHumanRights() throws Exception {
        GenreCase.load("national-councils").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }
    /**
     * Agreements whose parties are written as a part of a body ("the Regional Office for South-East Asia of the Office of
     * the High Commissioner"), as a ministry with a longer portfolio ("Ministry of Justice and Home Affairs of
     * Mongolia"), as an institution first named in a heading in capitals and then by its bare name (the listed
     * org:MNG-NHRCM, not initials of the bare name), or as "The two sides" of the agreement just reported; and
     * agreements called a "memorandum of cooperation", a "plan of action" or a "programme of support".
     */
    @Test
    void agreementsWithPartsOfBodiesAndTheTwoSides() throws Exception {
        GenreCase.load("agreements-parts-and-sides").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Regional Office ... covers Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan." (a list, no sentence's
     * subject) then "welcomed the invitation extended by the Government in March 2015 to the Special Rapporteur on ...":
     * the government of the state the release is about, with the date between inviter and invitee.
     */
    @Test
    void invitationsAfterAListOfStates() throws Exception {
        GenreCase.load("regional-office-invitations").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "On the last day of her visit, she and the Minister of Justice signed a memorandum ..., which extends the Office's
     * presence in the country until December 2027": signed on the visit's last day, not when what it extends ends.
     */
    @Test
    void signedOnTheLastDayOfTheVisit() throws Exception {
        GenreCase.load("last-day-of-the-visit").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Gatherings that are no exchange of their own: "Commissioner A represented the Commission at the 2021 Annual
     * Meeting of the Global Alliance of ...", "participated in the 26th Annual Meeting of the Asia Pacific Forum of
     * ..., held in Suva from 13 to 15 September 2021": attended, named with their year or ordinal.
     */
    @Test
    void gatheringsAttended() throws Exception {
        GenreCase.load("gatherings-attended").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "took part in a national workshop on the prevention of torture in places of detention, convened by ...": an
     * event named only by what it was about, up to who held it.
     */
    @Test
    void eventsNamedByWhatTheyWereAbout() throws Exception {
        GenreCase.load("described-events-attended").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "signed the Country Programme Action Plan for 2021-2025": a programme, its title past "the country". */
    @Test
    void aCountryProgrammeActionPlan() throws Exception {
        GenreCase.load("country-programme-action-plan").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A white paper's participles and firsts: "Having acceded to the Convention ... in March 1992, Viet Nam submitted
     * ..." (the accession is the main clause's subject's); a dialogue "was launched" (its first round); hosts who "each
     * received her" (a meeting of each); invitations "extended ... in 1996 to" two mandates (past the date).
     */
    @Test
    void participlesLaunchesAndHostsWhoEachReceivedHer() throws Exception {
        GenreCase.load("participles-and-launches").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Rounds listed after a colon ("held two rounds of ... consultations with Norway: the seventh in Oslo in March and
     * the eighth in Beijing in November": each its ordinal), and a visit reported by its month that the next sentence
     * gives days ("During her stay, from May 9 to 15, ...": the visit takes them).
     */
    @Test
    void roundsAfterAColonAndTheDaysOfAStay() throws Exception {
        GenreCase.load("stay-days-and-rounds-after-a-colon").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The Government had extended its invitation to him in September 2025." after the visit's release: an invitation
     * told with "the"/"its", to the visitor named before.
     */
    @Test
    void theInvitationExtendedToTheVisitor() throws Exception {
        GenreCase.load("extended-the-invitation-to-her").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Commissioner A did not attend the session.": no attendance, the session itself still held.
     */
    @Test
    void attendanceNegatedRightBeforeItsVerb() throws Exception {
        GenreCase.load("attendance-negated").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * The OSCE's ODIHR and the Council of Europe's anti-torture committee (CPT), which the genre names apart from
     * their organisations: each by an id of its own (org:ODIHR, org:CPT), as annotators write them.
     */
    @Test
    void europeanInstitutionsByTheirOwnIds() throws Exception {
        GenreCase.load("odihr-and-cpt").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Chad's transitional government and the U.N. human rights office signed an agreement ...": the state by its
     * possessive and government, and OHCHR as wire copy writes it.
     */
    @Test
    void aStatesGovernmentByItsPossessiveAndTheUnRightsOfficeInLowerCase() throws Exception {
        GenreCase.load("possessive-government").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Swiss Confederation and the Federal Democratic Republic of Ethiopia held ...": states by their formal names
     * (a form word after the demonym, or form words before "of" and the name).
     */
    @Test
    void statesByTheirFormalNames() throws Exception {
        GenreCase.load("formal-state-names").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The African Commission on Human and Peoples' Rights (the Commission) held ...": its "the Commission" means that
     * body throughout, even after a national commission is named; the Maputo Protocol is a treaty of its own.
     */
    @Test
    void aShortNameTheTextDefinesAndARegionalTreaty() throws Exception {
        GenreCase.load("defined-short-name").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * National human rights institutions the lexicon now names, by the id most probe annotators wrote: the Human Rights
     * Commission of Sierra Leone (org:SLE-HRCSL), the Fiji Human Rights and Anti-Discrimination Commission (org:FJI-HRADC).
     */
    @Test
    void nationalInstitutionsByTheIdsAnnotatorsWrite() throws Exception {
        GenreCase.load("national-institutions-by-their-ids").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Otieno Wambua, chairman of the Foundation, delivered a keynote speech at the opening ceremony.", paragraphs after
     * "The 2021 Nairobi Forum on Human Rights ... was held": the speaker attended that forum, named with its year.
     */
    @Test
    void ceremonySpeakersParagraphsLater() throws Exception {
        GenreCase.load("ceremony-speakers-paragraphs-later").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "A, director of ..., read out the message of the President at the opening ceremony on March 12 and delivered a keynote speech." */
    @Test
    void ceremonyMessageReadOut() throws Exception {
        GenreCase.load("ceremony-message-read-out").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Malawi was reviewed on 4 November 2020 at the 36th session of the UPR Working Group, where the delegation was led
     * by the Minister of Justice, Titus Mvalo.": the head attended the session the sentence names.
     */
    @Test
    void headsAtTheSessionNamedHere() throws Exception {
        GenreCase.load("heads-at-the-session-named-here").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The EU delegation was headed by the EU Special Representative for Human Rights, Ana Lindqvist, and included ..." */
    @Test
    void headAfterALongTitle() throws Exception {
        GenreCase.load("head-after-a-long-title").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "Cambodia informed New Zealand that it had submitted ...", "... informed Cambodia that its seventh periodic report ... had been transmitted": the state that informs submitted it. */
    @Test
    void theStateThatInformsSubmittedIt() throws Exception {
        GenreCase.load("informed-that-it-had-submitted").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "the Commission transmitted its own independent report on the implementation of the Convention to the Committee": the institution's report, not the state's. */
    @Test
    void aNationalInstitutionsParallelReportIsNotTheStates() throws Exception {
        GenreCase.load("parallel-report-of-the-commission").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "... under the memorandum of understanding signed between Ecuador and UNICEF in October 2015" */
    @Test
    void memorandumNamedAfterThe() throws Exception {
        GenreCase.load("memorandum-named-after-the").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "under the memorandum of understanding signed by the two sides in March 2014", "which the two parties signed on" */
    @Test
    void agreementsSignedByTheTwo() throws Exception {
        GenreCase.load("agreements-signed-by-the-two").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Indonesian National Commission on Human Rights (Komnas HAM) signed", "... of Denmark signed", "travelled to
     * Nairobi, and A and B signed", "held talks with A ..., and the two institutions signed"
     */
    @Test
    void agreementsSignersNamedInFull() throws Exception {
        GenreCase.load("agreements-signers-named-in-full").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Government of Jamaica agreed with OHCHR and ... on a three-year programme", "the programme agreed between A
     * and B in April 2018", "the two delegations agreed the Canada-Peru ... Programme 2022-2024"; not "agreed to hold"
     */
    @Test
    void programmesAgreed() throws Exception {
        GenreCase.load("programmes-agreed").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "A and B signed, on behalf of UN Human Rights and the Government of Ecuador, a memorandum of understanding ..." */
    @Test
    void signedOnBehalfOf() throws Exception {
        GenreCase.load("signed-on-behalf-of").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "signature of the agreement between A and B", "the signature in Nairobi, on 14 September 2017, of a Memorandum" */
    @Test
    void signingToldAsANoun() throws Exception {
        GenreCase.load("signing-told-as-a-noun").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The European Community and the Philippines sign ...", "The ... Agreement (PCA) is signed in ...", "(CCA), which was signed" */
    @Test
    void agreementsShortNamesAndCommunity() throws Exception {
        GenreCase.load("agreements-short-names-and-community").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "On 3 February 2022, a Memorandum ... between A and B on ... to the United Nations Country Team was signed in Lilongwe" */
    @Test
    void passiveDatedFirst() throws Exception {
        GenreCase.load("passive-dated-first").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "adopted the Lomé Declaration - Towards an Inclusive Partnership for Human Rights in West Africa" */
    @Test
    void declarationSubtitled() throws Exception {
        GenreCase.load("declaration-subtitled").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "invited the Independent Expert on the effects of foreign debt on the full enjoyment of human rights": the mandate's shorter title */
    @Test
    void foreignDebtExpertByItsShorterTitle() throws Exception {
        GenreCase.load("foreign-debt-expert-former-title").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "welcomed the invitation extended by Paraguay to the Special Rapporteur ..., who is expected to visit the country in 2027": the visit's date, not the invitation's */
    @Test
    void invitationNotDatedByItsVisit() throws Exception {
        GenreCase.load("invitation-dated-by-its-visit").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "welcomed the Government's decision to invite the Special Rapporteur on ...", "addressed an invitation to the Working Group ..." */
    @Test
    void decisionToInviteAndAddressedInvitation() throws Exception {
        GenreCase.load("decision-to-invite").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "thanked the authorities for the invitation, which was extended in October 2025": the visitor the release reports was invited */
    @Test
    void invitationRestatedAfterTheVisit() throws Exception {
        GenreCase.load("invitation-restated-after-the-visit").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The Working Group on ... has been invited to visit Peru": the passive without its agent, the state to be visited invites */
    @Test
    void invitedToVisitWithoutAgent() throws Exception {
        GenreCase.load("invited-to-visit-without-agent").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The combined sixth and seventh periodic reports under the Convention ... followed on 14 June": the next report sent, as the subject of "followed". */
    @Test
    void reportsThatFollowed() throws Exception {
        GenreCase.load("reports-that-followed").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The seventh periodic report ... was sent to the Committee ... in March 2016", "the Government sent its fourth periodic report ... to": "sent" as a submission. */
    @Test
    void reportsSentToACommittee() throws Exception {
        GenreCase.load("reports-sent-to-a-committee").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The initial report of Senegal, which was received in May 2023,", "the report of Gabon was received in November 2023": a report the committee received, submitted then. */
    @Test
    void reportsTheCommitteeReceived() throws Exception {
        GenreCase.load("reports-the-committee-received").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "Kenya and Ghana's Commission on ... (CHRAJ) signed": one party, the state's own body, not the state beside it. */
    @Test
    void aStatesPossessiveBeforeItsOwnBody() throws Exception {
        GenreCase.load("possessive-state-before-its-body").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "Ms A, First Assistant Secretary, Multilateral Policy Division, ...": a unit after the title, no second person. */
    @Test
    void aUnitNamedAfterATitleIsNoPerson() throws Exception {
        GenreCase.load("unit-named-after-a-title").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An agreement's name, then a relative clause set off by commas, then "was signed"; a name that goes on with
     * "concerning ...": both are one agreement, the aside not in its title.
     */
    @Test
    void agreementNameWithAnAside() throws Exception {
        GenreCase.load("agreement-name-with-an-aside").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * Attending through the body's delegation ("led the Commission's delegation to ..."), an oral statement at a
     * session, and the opening session of a titled conference: the conference itself.
     */
    @Test
    void attendanceThroughADelegationOrACeremony() throws Exception {
        GenreCase.load("attendance-through-a-delegation-or-a-ceremony").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "A similar memorandum was concluded in Ulaanbaatar on 14 June with OHCHR": the bare noun, a passive with only the
     * partner named, the other side the one that signed the memorandum before.
     */
    @Test
    void similarMemorandumConcludedWith() throws Exception {
        GenreCase.load("similar-memorandum-concluded-with").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the Commission and UNDP Philippines conducted a workshop": a UN body's acronym with the state of its country
     * office is that body, not a third side.
     */
    @Test
    void countryOfficeOfAUnBody() throws Exception {
        GenreCase.load("country-office-of-a-un-body").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "18 November 2012 - The ASEAN Human Rights Declaration is adopted ...": the title without the article that opens
     * the entry.
     */
    @Test
    void declarationInAChronologyWithoutItsArticle() throws Exception {
        GenreCase.load("declaration-in-a-chronology-without-its-article").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "the Prosecutor General's Office of Uzbekistan" is the state's prosecution (org:UZB-PGO, kb.18), a party to the
     * memorandum it signs.
     */
    @Test
    void prosecutorGeneralsOffice() throws Exception {
        GenreCase.load("prosecutor-generals-office").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * Kuwait's chronology: "Signature in Kuwait City of the Memorandum of Understanding between the Government of the
     * State of Kuwait and UNDP": "the Government" (Kuwait's) is of the state named next, which the list goes on from.
     */
    @Test
    void governmentOfTheStateOf() throws Exception {
        GenreCase.load("government-of-the-state-of").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'the Declaration "A Shared Vision for 2030" adopted there' after a summit of 4 and 5 March 2023: the declaration
     * by its quoted name on the summit's days, and the year in that name no date of the story ('On 12 October' after
     * it is still 2023).
     */
    @Test
    void yearOfAQuotedTitleIsNoDate() throws Exception {
        GenreCase.load("year-of-a-quoted-title-is-no-date").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'held talks with the Minister ... Following their meeting, the two signed a Memorandum ... for the period
     * 2024-2027': signed on the day of the meeting, the memorandum's term no date of its own.
     */
    @Test
    void signedAfterTheirMeetingForAPeriod() throws Exception {
        GenreCase.load("signed-after-their-meeting-for-a-period").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'delivered the statement of the Kingdom at the high-level segment of ...', 'delivered Chile's national statement
     * at the forty-fifth session ...' (kb.20 cues): each speaker attended the session, on the day told.
     */
    @Test
    void statementsOfAStateDeliveredAtASession() throws Exception {
        GenreCase.load("statements-of-a-state-delivered-at-a-session").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }
}
