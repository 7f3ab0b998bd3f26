package io.rapporteur.extractor.rules.membership;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * An election told over several sentences: one reports it with its body and term but counts those elected without
 * naming them ("elected 15 States ... to the Human Rights Council"), later ones give the term or name them ("Those
 * elected included ...", "They are: ..."). The election waits in the discourse until they do.
 */
final class ElectionStory {

    /** The longest participle phrase opening a sentence before its subject. */
    static final int MAX_FRONTED_PHRASE = 24;

    private ElectionStory() {
    }

    /**
     * "elected 18 countries, among them Fiji, ...", "elected 15 States, including Chile, ...": the token where the
     * named ones start after a count, or -1.
     */
    static int countedThenNamed(SentenceView v, int from, int ce) {
        int k = from;
        if (k < ce && (v.token(k).isNumber() || v.kb.cardinal(v.token(k).norm()) != null)) {
            k++;
        }
        if (k == from || !(v.tokenIs(k, "countries") || v.tokenIs(k, "states") || v.tokenIs(k, "members"))) {
            return -1;
        }
        k++;
        if (!v.tokenIs(k, ",") && !v.tokenIs(k, "among") && !v.tokenIs(k, "including")) {
            // (past the body and term: "elected 18 States to the Human Rights Council for the term 2022-2024, among
            // them Eritrea, ...")
            return namedAfterTheCount(v, k, ce);
        }
        if (v.tokenIs(k, ",")) {
            k++;
        }
        if (v.tokenIs(k, "among") && v.tokenIs(k + 1, "them")) {
            return k + 2;
        }
        return v.tokenIs(k, "including") ? k + 1 : -1;
    }

    /**
     * "nine members were elected for the term 2019-2022, among them A, B and C", "..., including A and B": the token
     * where the named ones start after ", among them" or ", including" in the clause from {@code from}; else -1.
     */
    static int namedAfterTheCount(SentenceView v, int from, int ce) {
        int comma = v.findWord(",", from, ce);
        if (comma < 0) {
            return -1;
        }
        if (v.tokenIs(comma + 1, "among") && v.tokenIs(comma + 2, "them")) {
            return comma + 3;
        }
        return v.tokenIs(comma + 1, "including") ? comma + 2 : -1;
    }

    /**
     * "the General Assembly elected 15 States by secret ballot to serve on the Human Rights Council for the 2024-2026
     * term": those elected are named in the next sentence, if at all; the body and term wait for them.
     */
    static void rememberElection(SentenceView v, CueMatch cue, int ce) {
        if (countedThenNamed(v, cue.tokEnd(), ce) >= 0 || !(v.token(cue.tokEnd()).isNumber()
                || v.kb.cardinal(v.token(cue.tokEnd()).norm()) != null)) {
            return;
        }
        // (also past adjectives: "to the Geneva-based Human Rights Council")
        Mention body = v.firstRight(cue.tokEnd(), ce, m -> m.kind() == MentionKind.ORG && m.id() != null
                && (v.tokenIs(m.tokStart() - 1, "on") || v.tokenIs(m.tokStart() - 1, "to") || v.tokenIs(m.tokStart() - 1, "of")
                || Bodies.toPastAdjectives(v, m.tokStart())));
        if (body == null) {
            body = committeeOfTheStatesParties(v, cue, ce);
        }
        if (body != null && !v.kb.isOffice(body.id())) {
            v.discourse.lastElection(new Discourse.Election(body.id(), body.text(), Terms.termOf(v, 0, v.tokens.size())));
        }
    }

    /**
     * "the meeting of States parties to the Convention on the Elimination of All Forms of Discrimination against Women
     * elected twelve members of the Committee": the body that monitors the treaty whose parties met; else null.
     */
    private static Mention committeeOfTheStatesParties(SentenceView v, CueMatch cue, int ce) {
        int committee = v.findWord("committee", cue.tokEnd(), ce);
        if (committee < 2 || !v.tokenIs(committee - 1, "the") || !v.tokenIs(committee - 2, "of")
                || v.findWord("parties", 0, cue.tokStart()) < 0) {
            return null;
        }
        Mention treaty = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.TREATY && m.id() != null);
        String monitoring = treaty == null ? null : v.kb.monitoringBody(treaty.id());
        return monitoring == null ? null : v.inferred(MentionKind.ORG, monitoring, committee - 1, committee + 1);
    }

    /**
     * "The 14 States that will join the Council on 1 January 2020 were elected by the General Assembly ... for a
     * three-year term ending on 31 December 2022": an election of members counted, not named, whose names come next.
     */
    static void countedPassive(SentenceView v, CueMatch cue) {
        int cs = v.clauseStart(cue.tokStart());
        for (int k = cs; k + 1 < cue.tokStart(); k++) {
            boolean count = v.token(k).isNumber() || v.kb.cardinal(v.token(k).norm()) != null;
            if (count && (v.tokenIs(k + 1, "states") || v.tokenIs(k + 1, "countries") || v.tokenIs(k + 1, "members"))) {
                Mention body = v.firstRight(k + 2, v.tokens.size(), m -> m.kind() == MentionKind.ORG && m.id() != null
                        && !v.kb.isOffice(m.id()) && (Terms.TERM_STARTS.contains(v.token(m.tokStart() - 1).norm())
                        || v.tokenIs(m.tokStart() - 1, "to")
                        || v.tokenIs(m.tokStart() - 1, "on") || v.tokenIs(m.tokStart() - 1, "of")));
                if (body != null) {
                    v.discourse.lastElection(new Discourse.Election(body.id(), body.text(), Terms.termOf(v, 0, v.tokens.size())));
                }
                return;
            }
        }
    }

    /**
     * "The General Assembly today elected 14 Member States to the Human Rights Council ... . Each of the newly elected
     * members will serve a three-year term from 2020 to 2022.": the term of the election just reported, which the
     * stories of its regional groups then give their members.
     */
    static void termOfTheElectionJustReported(SentenceView v) {
        Discourse.Election election = v.discourse.lastElection();
        if (election == null || election.term() != null
                || v.findWord("term", 0, v.tokens.size()) < 0 && v.findWord("terms", 0, v.tokens.size()) < 0
                // (or "Their terms will run from 1 January 2019 to 31 December 2021.")
                || v.findWord("elected", 0, v.tokens.size()) < 0
                && !(v.tokenIs(0, "their") && (v.tokenIs(1, "term") || v.tokenIs(1, "terms")))
                || !v.mentionsIn(0, v.tokens.size(), MembershipFact.MEMBER).isEmpty()) {
            return;
        }
        String term = Terms.spanOf(v, 0, v.tokens.size());
        if (term != null) {
            v.discourse.lastElection(new Discourse.Election(election.body(), election.bodyText(), term));
        }
    }

    /**
     * "The new members will serve three-year terms beginning on 1 January 2017 and ending on 31 December 2019.": the
     * term of those the sentence before elected without one, which the engine then dates.
     */
    static void termOfThoseElected(SentenceView v, List<FactDraft> out) {
        // (also "Both were elected by the States parties ... for a term of office running from 1 July 2019 to 30 June
        // 2023", after "two new members of the Committee, A and B, made their solemn declarations")
        boolean electedThen = (v.tokenIs(0, "both") || v.tokenIs(0, "they")) && v.tokenIs(1, "were")
                && (v.tokenIs(2, "elected") || v.tokenIs(2, "re-elected"));
        boolean serve = electedThen || v.tokens.stream().anyMatch(t -> t.is("serve") || t.is("serves"));
        // (also "All twelve will serve four-year terms beginning on 1 January 2023 ...")
        // (or "All will serve ...", "The experts elected today will serve ...")
        boolean subject = v.tokenIs(0, "they") || v.tokenIs(0, "both") || v.tokenIs(0, "all") && v.token(1) != null
                && (v.kb.cardinal(v.token(1).norm()) != null || v.token(1).isNumber() || v.tokenIs(1, "of")
                || v.tokenIs(1, "will"))
                || v.tokens.subList(0, Math.min(v.tokens.size(), 5)).stream()
                .anyMatch(t -> v.kb.words("those-elected-nouns").contains(t.norm()));
        if (!serve || !subject || out.stream().anyMatch(f -> f.type() == FactType.MEMBERSHIP)) {
            return;
        }
        String term = Terms.spanOf(v, 0, v.tokens.size());
        if (term != null) {
            v.discourse.termOfThoseElected(term);
            Discourse.Election election = v.discourse.lastElection();
            if (election != null && election.term() == null) {
                // "The General Assembly today elected 14 Member States to the Human Rights Council. The newly elected
                // members will serve three-year terms, from 2020 to 2022 ...": the term of those named next
                v.discourse.lastElection(new Discourse.Election(election.body(), election.bodyText(), term));
            }
        }
    }

    /**
     * "Those elected included Albania, Brazil and Japan.", "Among those elected were the United States, which ..., as
     * well as Cameroon and Eritrea", "They are: Armenia, Brazil, ...": the states of the election reported just before.
     */
    static void thoseElected(SentenceView v, List<FactDraft> out) {
        Discourse.Election election = v.discourse.lastElection();
        int at = v.tokenIs(0, "among") ? 1 : 0;
        boolean those = v.tokenIs(at, "those") && v.tokenIs(at + 1, "elected");
        // (or "The new members - A of Ghana, B of Brazil and C of Jamaica - will serve for terms running from ...")
        boolean newMembers = at == 0 && v.tokenIs(0, "the") && v.tokenIs(1, "new") && v.tokenIs(2, "members")
                && (v.tokenIs(3, "-") || v.tokenIs(3, ",") || v.tokenIs(3, ":"));
        boolean they = at == 0 && (v.tokenIs(0, "they") || v.tokenIs(0, "these")) || newMembers;
        Discourse.UnnamedOath oath = v.discourse.unnamedOath();
        boolean sworn = election == null && they && oath != null && oath.sentence() == v.sentence().index() - 1;
        if (sworn) {
            election = oath.election(); // "... made the solemn declaration. They are A (Morocco), B (Bangladesh), ..."
        }
        // "Elected by secret ballot in New York were Albania, Brazil, ...": the subject after its verb
        int were = v.tokenIs(0, "elected") || v.tokenIs(0, "re-elected")
                ? v.findWord("were", 1, Math.min(v.tokens.size(), 1 + MAX_FRONTED_PHRASE)) : -1;
        if (election == null || !those && !they && were < 0) {
            return;
        }
        int verb = were >= 0 ? were : those ? at + 2 : newMembers ? 3 : 1;
        if (!newMembers && !(v.tokenIs(verb, "included") || v.tokenIs(verb, "were") || v.tokenIs(verb, "are")
                || v.tokenIs(verb, "include"))) {
            return;
        }
        int from = v.tokenIs(verb + 1, ":") ? verb + 2 : verb + 1;
        Mention first = v.firstRight(from, Math.min(v.tokens.size(), from + 2), m -> m.kind() == MentionKind.STATE);
        // "They are A (Ukraine), B (Togo) and C (Sweden)": the experts of a committee's election
        MentionKind kind = first == null ? MentionKind.PERSON : MentionKind.STATE;
        if (first == null) {
            first = v.firstRight(from, Math.min(v.tokens.size(), from + 3), m -> m.kind() == MentionKind.PERSON);
        }
        if (first == null) {
            return;
        }
        v.discourse.lastElection(null);
        // the body is not written here: the words "Those elected" stand for it, under its name as written before
        int standsFrom = were >= 0 ? 0 : at;
        Mention body = Bodies.ofTheElection(v, election, standsFrom, standsFrom + 2);
        List<Mention> members = v.mentionsIn(first.tokStart(), v.tokens.size(), m -> m.kind() == kind
                && !v.inRelativeClause(m.tokStart(), v.tokens.size()));
        // "Elected for four-year terms beginning on 1 March 2017 and ending on 28 February 2021 were: ...": the term
        // the sentence gives them, over the election's
        String stated = were >= 0 ? Terms.spanOf(v, 1, were) : null;
        if (stated == null && they) {
            // "They are A (Morocco), ... and E (Ecuador), whose terms of office run from 1 January 2018 to ...": the
            // term told after the names, where the election gave none
            stated = Terms.spanOf(v, first.tokEnd(), v.tokens.size());
        }
        if (sworn && stated == null) {
            return; // their term is told further on ("All five members elected on that occasion serve from ... to ...")
        }
        for (Mention member : members) {
            if (member.id() != null) {
                out.add(MembershipFact.of(member, body).date(stated != null ? stated : election.term(), true));
            }
        }
    }

    /**
     * In an election story, "The new members will replace the following States, whose terms of membership began on 1
     * January 2017 and expire on 31 December 2019: China, Croatia, ..., as well as the seat left vacant by ...": the
     * members listed after the colon, for the term the clause gives, of the body the election was for.
     */
    static void outgoingMembers(SentenceView v, List<FactDraft> out) {
        Discourse.Election election = v.discourse.electionBody();
        int whose = v.findWord("whose", 0, v.tokens.size());
        if (election == null || whose < 0 || !(v.tokenIs(whose + 1, "terms") || v.tokenIs(whose + 1, "term")
                || v.tokenIs(whose + 2, "terms") || v.tokenIs(whose + 2, "term"))) {
            return;
        }
        int colon = v.findWord(":", whose, v.tokens.size());
        String term = colon < 0 ? null : Terms.spanOf(v, whose, colon);
        if (term == null) {
            return;
        }
        int until = v.findWord("well", colon, v.tokens.size()); // "..., as well as the seat left vacant by ..."
        int end = until > 0 ? until - 1 : v.tokens.size();
        // (experts, each with their country: "They will join the five members whose current terms run from ... to
        // ...: Claude Heller (Mexico), Ana Racu (Republic of Moldova), ...")
        Mention first = v.firstRight(colon + 1, Math.min(end, colon + 3), m -> m.id() != null
                && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.PERSON));
        MentionKind kind = first != null && first.kind() == MentionKind.PERSON ? MentionKind.PERSON : MentionKind.STATE;
        List<Mention> members = v.mentionsIn(colon + 1, end, m -> m.kind() == kind && m.id() != null);
        Mention body = Bodies.ofTheElection(v, election, whose, whose + 2);
        for (Mention member : members) {
            out.add(MembershipFact.of(member, body).date(term, false));
        }
    }

    /** The day of the election told before "solemn" ("elected by the States parties ... on 23 June 2016"), or null. */
    private static DateMention electionDay(SentenceView v, int solemn) {
        int elected = v.findWord("elected", 0, solemn);
        return elected < 0 ? null
                : v.datesIn(elected, solemn).stream().filter(DateMention::isDay).findFirst().orElse(null);
    }

    /**
     * "Four new members of the Committee, elected ... for terms running from 1 January 2025 to 31 December 2028, made
     * their solemn declarations: A (Chile) and B (Nepal)", "Five experts ..., among them C (Peru), made the solemn
     * declaration": those who take the oath of a treaty body are its members, for the term the sentence gives. Where
     * the sentence names none, "They are ..." next does, so the body and term wait for them as an election's.
     */
    static void solemnDeclaration(SentenceView v, List<FactDraft> out) {
        int solemn = v.findWord("solemn", 0, v.tokens.size());
        if (solemn < 0 || !(v.tokenIs(solemn + 1, "declaration") || v.tokenIs(solemn + 1, "declarations"))
                || v.discourse.committee() == null) {
            return;
        }
        String term = Terms.spanOf(v, 0, v.tokens.size());
        Mention body = v.inferred(MentionKind.ORG, v.discourse.committee(), solemn, solemn + 2);
        List<Mention> members = v.mentionsIn(0, v.tokens.size(), m -> m.kind() == MentionKind.PERSON && m.id() != null);
        if (members.isEmpty()) {
            if (term != null) { // (not a headline's "New Members Make Solemn Declaration", which gives no term)
                v.discourse.lastElection(new Discourse.Election(body.id(), body.text(), term));
            } else if (!v.sentence().heading()) {
                // the names and the term may come next: "They are A (Morocco), ..., whose terms of office run from ..."
                v.discourse.unnamedOath(new Discourse.UnnamedOath(new Discourse.Election(body.id(), body.text(), null),
                        v.sentence().index()));
            }
            return;
        }
        // "Seven new Committee members, elected by the States parties to the Covenant on 23 June 2016, then made their
        // solemn declarations: A of Paraguay, ...": with no term stated, the day of their election (a term the next
        // sentences give is for members named there, still undated)
        DateMention day = term != null ? null : electionDay(v, solemn);
        for (Mention member : members) {
            out.add(MembershipFact.of(member, body).date(term != null ? term : day != null ? day.iso() : null, false));
        }
    }
}
