package io.rapporteur.extractor.rules.membership;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * MEMBERSHIP: "<member>[, <member> and <member>] was|were [re-]elected [a|as] member|chair of <body> [for the
 * 2021-2023 term]", "became a member of <body>", "served as member|chair of <body> [for the term]", "was a member of
 * <body> [from 2014 to 2016]", and the active "<body> elected <member> as its chair". The date is the term where
 * stated, else the date of election.
 *
 * <p>Besides those verbs ({@link MembershipVerbs}), a membership is told as an election story over several sentences
 * ({@link ElectionStory}, {@link ElectionResults}), in passing ({@link MembershipsInPassing}), as a body's officers
 * ({@link Officers}), as an office held for a year ({@link ChairsForAYear}), or as a list after a colon
 * ({@link ListsAfterAColon}).
 */
public final class MembershipRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        Discourse.AppointmentList list = v.discourse.appointmentList();
        if (list != null && ListsAfterAColon.itemOfAList(v)) {
            ListsAfterAColon.itemOfTheFollowing(v, list, out);
            return;
        }
        v.discourse.appointmentList(null);
        Officers.announced(v);
        read(v, out);
        datedAsTheOfficersElection(v, out.subList(before, out.size()));
        forTheSamePeriod(v, out.subList(before, out.size()));
    }

    /**
     * "..., and C (Ukraine) as Vice-President and Rapporteur, to serve alongside the President for the same period":
     * the memberships of the sentence that have no term of their own hold the term told last; and the term told here
     * is the one the next "same period" repeats.
     */
    private static void forTheSamePeriod(SentenceView v, List<FactDraft> read) {
        String told = v.discourse.lastMembershipTerm();
        boolean same = false;
        for (int k = 0; k + 2 < v.tokens.size(); k++) {
            same |= v.tokenIs(k, "the") && v.tokenIs(k + 1, "same") && (v.tokenIs(k + 2, "period") || v.tokenIs(k + 2, "term"));
        }
        for (FactDraft fact : read) {
            if (fact.type() != FactType.MEMBERSHIP) {
                continue;
            }
            if (same && told != null && (fact.date() == null || !fact.date().contains("/"))) {
                fact.date(told, true);
            } else if (fact.date() != null && fact.date().contains("/")) {
                v.discourse.lastMembershipTerm(fact.date());
            }
        }
    }

    /** Every reading of the sentence, in the order their facts are written and their discourse is kept. */
    private static void read(SentenceView v, List<FactDraft> out) {
        // an election told over several sentences
        ElectionStory.termOfTheElectionJustReported(v);
        ElectionResults.votes(v, out);
        ElectionResults.seats(v, out);
        MembershipsInPassing.membershipNamed(v, out);
        ElectionStory.termOfThoseElected(v, out);
        // memberships named in passing, lists of those elected
        MembershipsInPassing.electionOf(v, out);
        MembershipsInPassing.frontedElection(v, out);
        ListsAfterAColon.countedElection(v, out);
        MembershipsInPassing.electedToWhich(v, out);
        ElectionStory.thoseElected(v, out);
        MembershipsInPassing.asMemberForATerm(v, out);
        ElectionStory.solemnDeclaration(v, out);
        // offices held for a year, a body's composition
        ChairsForAYear.officeForAYear(v, out);
        ChairsForAYear.chairmanshipOfAnOrganisation(v, out);
        Officers.composition(v, out);
        ElectionStory.outgoingMembers(v, out);
        // lists of "the following" and of officers, each sentence read by one of them at most
        boolean followingList = ListsAfterAColon.theFollowing(v, out);
        boolean officersRead = followingList || Officers.byRole(v, out);
        if (!officersRead) { // one reading of an officers' list: "its officers ...: A as Chairperson; B and C as ..."
            officersRead = Officers.listed(v, out);
        }
        if (!officersRead) {
            Officers.bureau(v, out);
        }
        // each verb of membership not read whole above
        MembershipVerbs.read(v, officersRead, followingList, out);
    }

    /**
     * "The Committee then elected its officers ... . A was elected Chairperson. B and C were elected
     * Vice-Chairpersons": the officers named in the sentences after it were elected on its day; "The Committee then
     * elected by acclamation A ... as Chairperson": undated officers of this sentence, on the day it announced.
     */
    private static void datedAsTheOfficersElection(SentenceView v, List<FactDraft> read) {
        String announced = v.discourse.officersElectedBefore(v.sentence().index());
        if (announced != null && v.dates.stream().noneMatch(d -> d.end() > d.start())) {
            for (FactDraft fact : read) {
                if (fact.type() == FactType.MEMBERSHIP && fact.fields().get("role") != null) {
                    fact.date(announced, true);
                }
            }
        }
        String here = v.discourse.officersElectedIn(v.sentence().index());
        if (here == null) {
            return;
        }
        for (FactDraft fact : read) {
            if (fact.type() == FactType.MEMBERSHIP && fact.date() == null) {
                fact.date(here, true);
            }
        }
    }
}
