package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** MEMBERSHIP: elections of states and persons, with terms as intervals. */
class MembershipGenreTest {

    @Test
    void electionsAndTerms() throws Exception {
        GenreCase.load("membership").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the General Assembly elected A, B ... to serve on the Human Rights Council for three-year terms beginning on 1
     * January 2024" (the Council's members, 2024/2026), "<person> of <state> was elected" (the person), and two
     * ministers who "held talks" with no object (a meeting of the two).
     */
    @Test
    void electedToServeTermsByLengthPersonsOfStatesAndTalksOfTwo() throws Exception {
        GenreCase.load("elections-and-talks").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Facts stated in passing: "As a member of the Human Rights Council for the 2007-2010 term, Brazil ...", "Chile's
     * engagement as a member of the UN Human Rights Council for the 2011-2014 term" (never without a term); "the
     * Standing Committee had decided to ratify" (the body named before); "met with the members of the Working Group";
     * "Kazakhstan informed the EU that it had invited ..." (the inviter is the subject, not the one informed).
     */
    @Test
    void factsStatedInPassing() throws Exception {
        GenreCase.load("passing-statements").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An election reported in two sentences: "elected 15 countries by secret ballot to serve on the Human Rights
     * Council for the 2018-2020 term. Those elected included A, B and C." (body and term from the first); and "The
     * Pacific kingdom had signed ..." (a descriptive name of the state just named); "Re-elected in October 2016 to a
     * seat on the Human Rights Council for the 2017-2019 term, Tunisia ..." (a fronted participle); an appointment as
     * Special Rapporteur is an office, not a membership; "held a constructive dialogue with a delegation of Tonga on
     * ..., as part of its seventy-fifth session" (the session only frames the dialogue); "Anna Lindqvist was elected a
     * member of ..." (an unknown name that opens the sentence before "was elected").
     */
    @Test
    void electionsInTwoSentencesAndDescriptiveStateNames() throws Exception {
        GenreCase.load("elections-in-two-sentences").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The 15 States that joined the Council on 1 January 2021 were elected ... for a three-year term ending on 31
     * December 2023. They are: A, B, ..., as well as C, which ...": members named after a counted election, with the
     * term from its start and end; "elected nine members of the Committee ... for a four-year term from ... to ....
     * Ms. A (Ghana) and Mr. B (Jamaica) were elected for the first time, and Ms. C (Australia) was re-elected": the
     * people, not their nationalities, members of the committee just named.
     */
    @Test
    void membersNamedAfterTheirElection() throws Exception {
        GenreCase.load("elections-named-after").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Elected by secret ballot ... were A, B and C" after a counted election (the subject after its verb); a second
     * term "and again from 2011 to 2013"; a state's membership in passing after its possessive ("Fiji's role as a
     * member of ... for the 2019-2021 term"), not the clause's subject; the outgoing members an election story lists
     * "whose terms of membership began on ... and expire on ...: A, B and C, as well as the seat left vacant by ...".
     */
    @Test
    void membersAfterTheirVerbAndTermsAgain() throws Exception {
        GenreCase.load("memberships-inverted-and-repeated").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A release's footer "The Working Group ... is composed of five independent experts: A (Zambia), Chair-Rapporteur;
     * B (Malaysia), Vice-Chair; C (New Zealand); ...": each a member, with the office written after the name.
     */
    @Test
    void aBodysCompositionListed() throws Exception {
        GenreCase.load("body-composition").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Committee ... elected its Bureau for a two-year term: A of Japan as Chairperson; B of Togo and C of
     * Switzerland as Vice-Chairpersons; and D of Morocco as Rapporteur": names known by "of <state>", each with the role
     * of their part of the list, on the day of the election.
     */
    @Test
    void aBureauElected() throws Exception {
        GenreCase.load("bureau-elected").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Committee then elected by acclamation, for a two-year term, A (South Africa) as Chair, B and C as
     * Vice-Chairs, and D as Rapporteur" (officers grouped by "as <role>", on the day the sentence before gave); "X's
     * first full year as a member of the Council for the term 2018-2019", "continued to serve on the Council for the
     * 2018-2020 term".
     */
    @Test
    void officersAndTermsInOtherWords() throws Exception {
        GenreCase.load("officers-and-terms-in-other-words").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "It is composed of five independent experts: Priya Gopalan (Chair-Rapporteur), ...": members of the body the
     * text is about, with their offices.
     */
    @Test
    void compositionWithOfficersInBrackets() throws Exception {
        GenreCase.load("composition-with-officers-in-brackets").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * National institutions whose names hold an international body's: "the Commission on Human Rights of Sierra
     * Leone", "the Rwanda National Commission on Human Rights" (not the UN Commission on Human Rights); "the Asia
     * Pacific Forum" is a body, not a forum held; and "In November, ... attended the Conference, convened ... from 5 to
     * 7 November 2019" takes the conference's days.
     */
    @Test
    void institutionsNamedOverAnInternationalBody() throws Exception {
        GenreCase.load("institutions-named-over-a-body").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A session release: "... today closed its 117th session. The session was opened on 20 June 2016 by ..." (the
     * session runs from that day, and the official who opened it attended it), "At the same meeting, the Committee
     * elected ..." (that day), and "Juan Mendez, then
     * Special Rapporteur on torture, had visited ..." (the person, his office of the time an apposition).
     */
    @Test
    void sessionOpenedSameMeetingThenOffice() throws Exception {
        GenreCase.load("then-office-and-same-meeting").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A session's opening release: "opened its twenty-first session this morning ..., which will run until 5 April"
     * (from the release's day to that one); a headline verb is no part of a name ("Elects Rosemary Kayess ..."); the
     * officers "then elected" are elected that day, not on the end of a term named between; one reading of the list;
     * "Its twenty-second session is scheduled to take place from ...": the committee's next session; "Michelle Bachelet
     * ... addressed the Committee": she attended the session the release reports, on its first day.
     */
    @Test
    void aSessionOpensThisMorning() throws Exception {
        GenreCase.load("session-opens-this-morning").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Elected by the UN General Assembly on ..., Bangladesh is a member of the Human Rights Council for 2023-2025": the
     * Council; "it was re-elected ... at the 77th Session of the UN General Assembly for the 2023-2025 term": the
     * Assembly is where, not what it joined.
     */
    @Test
    void electedByTheAssemblyToTheCouncil() throws Exception {
        GenreCase.load("elected-by-the-assembly").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the General Assembly elected 15 States to the Human Rights Council for the 2024-2026 term: A, B, ...": each
     * listed; "As a member of the Human Rights Council, to which it was elected in October 2023, Albania ...".
     */
    @Test
    void aCountedElectionListedAfterAColon() throws Exception {
        GenreCase.load("counted-election-list").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Committee then elected its officers ..." with no names, then "A was elected Chairperson", "B and C were
     * elected Vice-Chairpersons": the officers were elected on the release's day, not on the day of a ratification
     * the release looked back to just before ("Guinea-Bissau had ratified the Convention on 14 June and Chad on 20
     * July": each state its own act, on its own day).
     */
    @Test
    void officersNamedAfterTheirElectionWasAnnounced() throws Exception {
        GenreCase.load("officers-named-after-announcement").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Memberships named as nouns: "admitted to membership of the United Nations" (on the entry's day), "its
     * membership of the Human Rights Council for the 2024-2026 term", "Bolivia's membership of ..."; not a candidature
     * "for membership", nor an election to a body with no term given. And the chronology's "makes the first visit to
     * Uruguay by a High Commissioner".
     */
    @Test
    void membershipsNamedAsNouns() throws Exception {
        GenreCase.load("memberships-named").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Committee then elected by acclamation A, its member from Greece, as Chairperson ... . B and C were elected
     * Vice-Chairpersons": both on the release's day, not on the last day of the session it announced ("being held
     * from 12 October to 6 November 2020").
     */
    @Test
    void aChairElectedThenOtherOfficers() throws Exception {
        GenreCase.load("chair-elected-then-officers").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "At its closing meeting, the Council appointed A of Norway as Special Rapporteur on the right to education": the
     * mandate (not the Council that appoints), its title as the role, dated by the session the release closes.
     */
    @Test
    void aMandateHolderAppointedAtTheClosingMeeting() throws Exception {
        GenreCase.load("council-appoints-at-closing").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An election story: "The General Assembly today elected 12 Member States to the Human Rights Council." (counted,
     * not named), "The newly elected members will serve three-year terms, from 2021 to 2023" (their term), then each
     * regional group's states with their votes ("Gabon (168 votes), Malawi (172) and Senegal (170) were elected").
     */
    @Test
    void anElectionStorysGroupsWithTheirVotes() throws Exception {
        GenreCase.load("election-groups-with-votes").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Officers named with their states: "A of Senegal was elected Chairperson; B of Colombia, C of Turkey and D of
     * Azerbaijan were elected Vice-Chairpersons" (each of the list, past their states); and in the same release
     * "deposited its instrument of ratification of the Convention against Torture, nearly six years after signing the
     * Convention in September 2011" (the signature of the treaty the sentence named, not the committee's own).
     */
    @Test
    void officersNamedWithTheirStates() throws Exception {
        GenreCase.load("officers-with-nationalities").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A closing release's lists after "the following": experts elected "as members of the Human Rights Council Advisory
     * Committee for the period from ... to ...: A (Serbia), ...; and B (Kenya) and C (Tunisia), ..." (each for that
     * term), and mandate holders appointed "at its last meeting": "D (Norway) as Special Rapporteur on ...; E (Japan)
     * as member of the Working Group on Arbitrary Detention; ..." (each to the mandate after their name, on the
     * session's last day); "the Council" after the Advisory Committee is still the Council; a session "wrapped up"
     * today, "which opened on 11 September", ran from then to today.
     */
    @Test
    void aClosingReleasesListsOfAppointmentsAndElections() throws Exception {
        GenreCase.load("council-lists-appointments-and-elections").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A session's opening release: new members "elected by the General Assembly on ... for the 2023-2025 term:" and the
     * states after the colon (each a member of the Council for that term, not of the Assembly that elected them); and
     * "Mr. A, Permanent Representative of the Czech Republic to ..., was elected President": the person, not the state
     * of his apposition.
     */
    @Test
    void newMembersListedAfterAColonAndAPresidentWithHisPost() throws Exception {
        GenreCase.load("new-members-after-a-colon").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An election story told by its votes after the term was given in a sentence of its own ("will serve a three-year
     * term from 2021 to 2023"): "A and B each received 186 votes, C 180 and D 174", "E was elected with 150 votes, F
     * with 169", "G obtained 180 votes and H 170 votes": each a member for that term; not one that "fell short".
     */
    @Test
    void anElectionToldByItsVotes() throws Exception {
        GenreCase.load("election-told-by-votes").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A wire roundup's election told by its seats, after "elected 14 countries to the Geneva-based Human Rights Council
     * for the 2020-2022 term": "A, B, C and D won the four African seats, and E and F took the two Latin American
     * seats", "G and H filled the Eastern European seats, and I and J the two seats for ...": each a member for the term.
     */
    @Test
    void anElectionToldByItsSeats() throws Exception {
        GenreCase.load("election-told-by-seats").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A committee's opening release: the session it "this morning began", "which will run until 6 April" (that span),
     * and its officers elected at the opening, dated that day, not by the end of a term told in the sentence before.
     */
    @Test
    void aSessionBegunAndItsOfficers() throws Exception {
        GenreCase.load("session-began-and-officers").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "A congratulated B on its election as a member of the Council for the 2023-2025 term": B's membership, not A's. */
    @Test
    void congratulatedOnItsElection() throws Exception {
        GenreCase.load("congratulated-on-its-election").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An election told with counts in brackets: "A and B (183 votes each) and C (168) were elected", "D, with 186 votes,
     * topped the poll ..., followed by E (183) and F (175)", "G (165) and H (157) secured the two seats": each a member
     * for the term; "the Russian Federation (83) fell short" is none.
     */
    @Test
    void anElectionToldWithCountsInBrackets() throws Exception {
        GenreCase.load("election-bracketed-counts").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * States parties that elect "by secret ballot, for a term of four years starting on 1 January 2027 and expiring on
     * 31 December 2030, the following nominees: A (Mali), ...": the body the lead elected experts to, the term of its two
     * ends; "Ms. C was re-elected" is that same membership, not an undated second one.
     */
    @Test
    void statesPartiesElectTheFollowingForATermAfterAnAside() throws Exception {
        GenreCase.load("states-parties-elect-the-following").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * Appointments and an election announced by "the following ...:" whose people follow as bulleted items of their own
     * ("• A (Chile), as Special Rapporteur on the right to food;"): each holds the mandate named after them, or joins the
     * body named before the colon for its term; "Before closing" dates the appointments by the session's last day.
     */
    @Test
    void appointmentsAndElectionsListedAsBulletedItems() throws Exception {
        GenreCase.load("appointments-as-list-items").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * A white paper by the "Information Office of the State Council": its "the Council" after the Human Rights Council is
     * that Council, not the State Council its author is an office of.
     */
    @Test
    void theCouncilIsNotTheCouncilItsAuthorIsAnOfficeOf() throws Exception {
        GenreCase.load("author-of-another-council").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "elected by acclamation A of Mexico as its Chair, and B ... and C ... as Vice-Chairs, with D ... as Rapporteur; all
     * will serve for the period 2026-2027": each officer by the role after "as its"/"as", for the term the sentence states
     * rather than the day of the election.
     */
    @Test
    void officersElectedForThePeriodTheSentenceStates() throws Exception {
        GenreCase.load("officers-serving-a-term").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "three new members, who were elected by the Economic and Social Council ... for a four-year term running from 2026
     * to 2029, made the solemn declaration: A (Uruguay), B (Ghana) and C (Japan)": members of the committee the release is
     * about, for that term.
     */
    @Test
    void newMembersElectedForATermListedAfterAColon() throws Exception {
        GenreCase.load("new-members-listed-after-a-colon").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Two new members, A (Bulgaria) and B (Ghana), who were elected ... for terms running from 1 January 2026 to 31
     * December 2029, made their solemn declarations": those taking the oath are members of the committee, for that term.
     */
    @Test
    void newMembersTakingTheOathForTheirTerm() throws Exception {
        GenreCase.load("new-members-take-the-oath").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the three members elected ... for terms running from 1 July 2026 to 30 June 2030 made their solemn declarations.
     * They are A (Paraguay), B (Turkiye) and C (Norway).": the oath-takers named in the sentence after.
     */
    @Test
    void oathTakersNamedInTheNextSentence() throws Exception {
        GenreCase.load("oath-takers-named-next").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "two new members of the Committee, A of Chile and B of India, made their solemn declarations. Both were elected ...
     * for a term of office running from 1 January 2026 to 31 December 2029.": the term the next sentence gives them.
     */
    @Test
    void oathTakersThenTheTermBothWereElectedFor() throws Exception {
        GenreCase.load("oath-then-both-were-elected").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The Committee's officers, elected on 7 April 2026 for a two-year term, are: A (Ecuador), Chair; B (Mali) and C
     * (Azerbaijan), Vice-Chairs; and D (Sweden), Rapporteur": each officer with the role after their part of the list.
     */
    @Test
    void officersListedWithTheirRolesAfterTheirNames() throws Exception {
        GenreCase.load("officers-listed-with-their-roles").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "The officers of the Committee for the period 2025-2026 are A of Costa Rica, Chairperson; B ...": for that period. */
    @Test
    void officersOfTheCommitteeForThePeriod() throws Exception {
        GenreCase.load("bureau-for-the-period").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Committee elected by acclamation the following officers for a term of two years: A (Algeria), Chair; B ...":
     * elected on the day the sentence gives.
     */
    @Test
    void followingOfficersWithTheirRolesAfterTheirNames() throws Exception {
        GenreCase.load("following-officers-with-roles-after-names").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "elected 15 States to the Council for the 2026-2028 term", "a member of the Council for the period 2026-2028": "the
     * Council" before a term is the Council named before, not the start of a name ("the Council for the ...").
     */
    @Test
    void theCouncilBeforeATermIsTheCouncilNamedBefore() throws Exception {
        GenreCase.load("the-council-for-a-term").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the President of the Human Rights Council for 2027, Ambassador A of Chile, welcomed ...", "B, Representative of the
     * Lao PDR to the AICHR and Chair of the AICHR for 2026": an office held for a year by the person it describes.
     */
    @Test
    void officeOfABodyHeldForAYear() throws Exception {
        GenreCase.load("office-held-for-a-year").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the Council appointed five new special procedure mandate holders, among them A of Hungary as Special Rapporteur on
     * the right to education, and B of Ghana as a member of the Working Group on Arbitrary Detention": each the mandate
     * named after them.
     */
    @Test
    void mandateHoldersAppointedAmongThem() throws Exception {
        GenreCase.load("appointed-among-them").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "A (Mexico) was elected by acclamation as Chair, B (Mali) and C (Argentina) as Vice-Chairs, and D (Morocco) as Rapporteur". */
    @Test
    void officersElectedInThePassiveEachGroupWithItsRole() throws Exception {
        GenreCase.load("officers-elected-in-the-passive").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "Three new Committee members, elected by the Economic and Social Council on 8 June 2022, then made their solemn declarations: A of Romania, ...". */
    @Test
    void solemnDeclarationsDatedByTheElectionWhereNoTermIsStated() throws Exception {
        GenreCase.load("solemn-declarations-dated-by-the-election").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "Throughout 2023 Malta holds the Chairmanship of the OSCE", "As Chair of ASEAN in 2023, Indonesia hosted ...": a state chairing an organisation of states. */
    @Test
    void aStateChairingAnOrganisationOfStatesForAYear() throws Exception {
        GenreCase.load("chairmanship-of-an-organisation-of-states").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "Working in close cooperation with ..." is no session's close: the appointment keeps no date of its own. */
    @Test
    void closeCooperationIsNoCloseOfTheSession() throws Exception {
        GenreCase.load("close-cooperation-is-no-close").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** "At the opening meeting, the Committee elected A as its Chairperson": the session's first day. */
    @Test
    void officersElectedAtTheOpeningMeeting() throws Exception {
        GenreCase.load("officers-elected-at-the-opening-meeting").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * An election's states group by group ("A and B from the Group of African States; C from ...; and D ..."), the
     * term a sentence gives those it lists after "Elected for four-year terms ... were:", and "members of the
     * Committee" elected by the meeting of a treaty's States parties: that treaty's committee.
     */
    @Test
    void electionByRegionalGroups() throws Exception {
        GenreCase.load("election-by-regional-groups").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "who was elected President of the 47-member Council": the Council, its size aside.
     */
    @Test
    void officerOfTheSizedCouncil() throws Exception {
        GenreCase.load("officer-of-the-sized-council").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "appointed Professor A of Vilnius University as Special Rapporteur on ...": the mandate, past the appointee's
     * affiliation, not the Council that appoints.
     */
    @Test
    void appointeeOfAUniversity() throws Exception {
        GenreCase.load("appointee-of-a-university").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Indonesia also continued to serve as a member of the Commission on the Status of Women, to which it had been
     * elected for the period 2014-2018": a membership, for the term the relative clause gives.
     */
    @Test
    void continuedToServeAsAMember() throws Exception {
        GenreCase.load("continued-to-serve-as-a-member").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "three members elected at ... made the solemn declaration. They are A (China), B (...) and C (...), whose terms
     * of office run from 1 January 2018 to 31 December 2021": the committee's members named after their oath, for the term
     * told with the names.
     */
    @Test
    void swornMembersNamedNext() throws Exception {
        GenreCase.load("sworn-members-named-next").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "This will be Nepal's second term on the Council, having previously served in 2018-2020", "Pakistan's third
     * membership of the Council follows its terms in 2006-2008 and 2008-2011": one membership for each earlier term.
     */
    @Test
    void earlierTermsOnTheCouncil() throws Exception {
        GenreCase.load("earlier-terms-on-the-council").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "..., who was elected President of the Council ... for the eighteenth cycle, which runs from 1 January to 31
     * December 2024. ... the Council elected A (Finland), B (Maldives) and C (Croatia) as Vice-Presidents, to serve alongside
     * the President for the same period": the president (not her state), one group of vice-presidents, the same term.
     */
    @Test
    void officersForTheSamePeriod() throws Exception {
        GenreCase.load("officers-for-the-same-period").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "Elected in the first round of voting were: A (Denmark), ...; ... . The required majority was ... . All three will
     * serve four-year terms beginning on 1 January 2024 ...": the term told two sentences after the names.
     */
    @Test
    void electionStoryTermToldLast() throws Exception {
        GenreCase.load("election-story-term-told-last").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "was also elected", "was subsequently elected": an adverb between the auxiliary and the participle still makes
     * the passive cue.
     */
    @Test
    void adverbInsideACue() throws Exception {
        GenreCase.load("adverb-inside-a-cue").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Elected in the first ballot were: ...", then "A (Uzbekistan) was elected in a fourth round of voting": a later
     * round's member joins the body of the election story, for its term.
     */
    @Test
    void electionLaterRound() throws Exception {
        GenreCase.load("election-later-round").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "The experts elected today will serve four-year terms beginning on 1 January 2021 and ending on 31 December
     * 2024, replacing members whose terms expire at the end of this year": the election's term in a sentence of its
     * own ("terms", its first end written), for those named next.
     */
    @Test
    void termInItsOwnSentence() throws Exception {
        GenreCase.load("term-in-its-own-sentence").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "served three terms as a member of the Human Rights Council, in 2008-2011, 2011-2014 and 2018-2020": one
     * membership for each term listed.
     */
    @Test
    void consecutiveTermsAsAMember() throws Exception {
        GenreCase.load("consecutive-terms-as-a-member").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "elected 15 States to the Human Rights Council for the 2021-2023 term, among them A, B and C, after ...": those
     * named after the body and term join that body, not the one that elects.
     */
    @Test
    void countedElectedNamedAfterBody() throws Exception {
        GenreCase.load("counted-elected-named-after-body").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The General Assembly today elected 14 Member States to the Human Rights Council. Their terms will run from 1
     * January 2020 to 31 December 2022.": the election's term, which the regional groups' members then take.
     */
    @Test
    void theirTermsWillRun() throws Exception {
        GenreCase.load("their-terms-will-run").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "Chile and Mexico served on the Human Rights Council from 2008 to 2011 and from 2009 to 2012, respectively":
     * each member its own term.
     */
    @Test
    void membersTermsRespectively() throws Exception {
        GenreCase.load("members-terms-respectively").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "has been elected a member of the UN Human Rights Council five times, in 2006, 2009, 2013, 2016 and 2020": one
     * membership for each year of election listed.
     */
    @Test
    void electedSeveralTimesInYears() throws Exception {
        GenreCase.load("elected-several-times-in-years").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * After "the members elected ... made their solemn declarations", "The new members - A of Malawi, B of Mexico and
     * C of Germany - will serve for terms running from ... to ...": those named between the dashes, for that term.
     */
    @Test
    void newMembersBetweenDashes() throws Exception {
        GenreCase.load("new-members-between-dashes").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "The following five experts were elected ... from 1 January 2022 to 31 December 2025: A (Russian Federation),
     * who was re-elected; B (Denmark); C (Japan); and D (Morocco).": items parted by semicolons, an aside on one of
     * them.
     */
    @Test
    void colonListWithAsides() throws Exception {
        GenreCase.load("colon-list-with-asides").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A committee's release: "nine members were elected for the term 2019-2022, among them A (Suriname), B (El
     * Salvador) and C (Germany)": those named after the count join the committee for that term.
     */
    @Test
    void countedPassiveAmongThem() throws Exception {
        GenreCase.load("counted-passive-among-them").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "congratulated Kyrgyzstan on its election, on 11 October 2022, as a non-permanent member of ... for the term
     * 2023-2024" (past an aside, with a word before "member"), "the role Uruguay had played as a member of ...",
     * "Senegal's steady engagement as a member of ...", "the election of Malawi and Ghana, as well as of Chile and
     * Peru, as members of ...": memberships told in passing, each with its term.
     */
    @Test
    void membershipsInPassingWithTerms() throws Exception {
        GenreCase.load("memberships-in-passing-with-terms").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * A group's states elected "for the period 2021-2023" after the election of the body was told; "Nepal, which sat
     * on the Council from 2018 to 2020", "Japan, which holds a non-permanent seat on the Security Council for
     * 2023-2024" (kb.19 cues); "Mexico thus returns to the Council, of which it was a member from 2018 to 2020": the
     * state that opens the sentence.
     */
    @Test
    void seatsHeldAndGroupsElected() throws Exception {
        GenreCase.load("seats-held-and-groups-elected").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "congratulated Gabon, Ghana and Malawi, as well as Chile and Peru, on their election on 10 October 2023 to the
     * Human Rights Council": a list joined by ", as well as", and the day of the vote between "election" and "to"
     * (kb.19 cues).
     */
    @Test
    void congratulatedOnTheirElectionAsWellAs() throws Exception {
        GenreCase.load("congratulated-on-their-election-as-well-as").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * "elected Algeria, Maldives, Cuba, for a second consecutive term, and the former Yugoslav Republic of Macedonia
     * to serve on the Human Rights Council": the body "to serve on" names where the list runs on past an aside (not
     * the Assembly that elects); the former name of North Macedonia (kb.19 states).
     */
    @Test
    void electedListPastAnAside() throws Exception {
        GenreCase.load("elected-list-past-an-aside").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * The General Assembly elects members to another body, never to itself: "elected Japan, Kazakhstan and Pakistan to
     * fill the three seats of the Asia-Pacific Group on the Human Rights Council", and "re-elected Argentina for a
     * second consecutive term" (the Council the text is about).
     */
    @Test
    void assemblyElectsToTheCouncil() throws Exception {
        GenreCase.load("assembly-elects-to-the-council").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'the General Assembly elected 18 States to serve on the Council for the period 2022-2024: Benin, Finland, ...':
     * each state listed after the colon a member of the Council for that term, as with 'elected 18 States to the
     * Council'.
     */
    @Test
    void countedStatesElectedToServeOn() throws Exception {
        GenreCase.load("counted-states-elected-to-serve-on").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'The six members elected, who will serve from 1 January 2023 to 31 December 2026, are: A (Mexico), B
     * (Switzerland) and C (Republic of Korea)' under a headline naming the Committee: each person listed a member of
     * that Committee for the term, 'elected' a participle after its noun as 'who were elected' is.
     */
    @Test
    void membersElectedParticipleThenColon() throws Exception {
        GenreCase.load("members-elected-participle-then-colon").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'the Meeting elected Ambassador A of Chile as its Chair, and Ambassador B of Poland as Vice-Chair' in a release
     * on a States parties' election to a committee: the meeting's own officers, no members of the committee the text
     * is about.
     */
    @Test
    void officersOfTheMeetingThatElects() throws Exception {
        GenreCase.load("officers-of-the-meeting-that-elects").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'welcomed the election by the UN General Assembly on 10 October of Burundi, Ghana and Morocco as members of the
     * Human Rights Council for the period 2024-2026': the election named as a noun, past its electors and day, each
     * state a member for the term.
     */
    @Test
    void electionByTheAssemblyOnADayOfStates() throws Exception {
        GenreCase.load("election-by-the-assembly-on-a-day-of-states").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }

    /**
     * 'served as the Representative of Thailand to the AICHR for the term 2019-2021': a member of the body of
     * representatives for the term; a Permanent Representative to the United Nations Office is an envoy, no member.
     */
    @Test
    void representativeToABodyOfRepresentatives() throws Exception {
        GenreCase.load("representative-to-a-body-of-representatives").findsExactlyTheExpectedFacts().agreesOnStatedSlots()
                .carriesProvenance();
    }
}
