package io.rapporteur.extractor.rules.membership;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.rapporteur.extractor.rules.membership.MembershipFact.MEMBER;

/**
 * A membership told by a verb of its own, one membership cue at a time: "<member>[, <member> and <member>] was|were
 * [re-]elected [a|as] member|chair of <body> [for the 2021-2023 term]", "became a member of <body>", "served as
 * member|chair of <body> [for the term]", "was a member of <body> [from 2014 to 2016]", "joined <body>", and the
 * active "<body> elected <member> as its chair", "the Council appointed A as Special Rapporteur on ...". The date is
 * the term where stated, else the date of election.
 */
final class MembershipVerbs {

    /** The longest aside between "elected" and those elected: ", for a term of two years,". */
    private static final int MAX_ASIDE = 10;
    /**
     * The most tokens from the verb to "member of <body>": "was elected by the seventy-first session of the General
     * Assembly, for the first time, as a member of the Human Rights Council".
     */
    private static final int ROLE_WINDOW = 24;

    /** Those a cue says joined, and the body they joined (null where the sentence names none). */
    private record Joining(List<Mention> members, Mention body) {
    }

    private final SentenceView v;
    private final List<FactDraft> out;
    /** The body and member the last cue read: "China was elected a member of the Council, and in 2009 it was re-elected". */
    private Mention lastBody;
    private Mention lastMember;

    private MembershipVerbs(SentenceView v, List<FactDraft> out) {
        this.v = v;
        this.out = out;
    }

    /**
     * Reads each membership cue of the sentence, but not the active ones (nor any, after a list of "the following")
     * where a reading of officers or of a list has read the sentence whole.
     */
    static void read(SentenceView v, boolean officersRead, boolean followingList, List<FactDraft> out) {
        MembershipVerbs verbs = new MembershipVerbs(v, out);
        for (CueMatch cue : v.cues(CueKind.MEMBERSHIP)) {
            int ce = v.clauseEnd(cue.tokEnd());
            boolean active = "ACTIVE".equals(cue.value(CueKind.MEMBERSHIP));
            if (officersRead && (active || followingList)) {
                continue; // read whole before
            }
            if (active && MembershipsInPassing.timelineElided(v, cue, ce, out)) {
                continue;
            }
            String opening = v.text(cue.tokStart(), cue.tokEnd()).toLowerCase(java.util.Locale.ROOT);
            if (opening.matches("(re-?)?election to") && !v.opensTimelineEntry(cue.tokStart())) {
                continue; // "Election to ..." heads a chronology's entry; not "intends to stand for election to"
            }
            Joining joining = active ? verbs.electedBy(cue, ce) : verbs.electedOrJoined(cue, ce);
            if (joining != null) {
                verbs.join(cue, ce, joining.members(), joining.body());
            }
        }
    }

    /**
     * "<body> elected <member> [to <body>]": those elected and the body they join. Null when the cue is read already
     * (as the election just reported) or names no one elected (an election whose members come later).
     */
    private Joining electedBy(CueMatch cue, int ce) {
        Mention electing = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.ORG);
        // "elected by acclamation Noureddine Amir", "elected unanimously X"
        int object = v.tokenIs(cue.tokEnd(), "by") && v.tokenIs(cue.tokEnd() + 1, "acclamation") ? cue.tokEnd() + 2
                : v.tokenIs(cue.tokEnd(), "unanimously") ? cue.tokEnd() + 1 : cue.tokEnd();
        if (v.tokenIs(object, ",")) { // "elected by acclamation, for a term of two years, Mr. A (Colombia) as Chair"
            int close = v.findWord(",", object + 1, Math.min(ce, object + MAX_ASIDE));
            if (close > object && v.mentionsIn(object + 1, close, MEMBER).isEmpty()) {
                object = close + 1;
            }
        }
        Mention elected = v.firstRight(object, Math.min(ce, object + 2), MEMBER);
        // "elected 18 countries, among them Fiji, Bahrain and Eritrea, to the Council"
        int among = elected != null ? -1 : ElectionStory.countedThenNamed(v, cue.tokEnd(), ce);
        if (among >= 0) {
            elected = v.firstRight(among, Math.min(ce, among + 2), MEMBER);
        }
        if (elected == null) { // also "the meeting of the States parties to the Convention ... elected five"
            ElectionStory.rememberElection(v, cue, ce);
        }
        Discourse.Election context = v.discourse.lastElection();
        if (electing == null && elected != null && context != null) {
            membersOfTheElectionJustReported(cue, elected, context);
            return null;
        }
        if (electing == null || elected == null) {
            return null;
        }
        List<Mention> members = new ArrayList<>(v.coordinatedRight(elected, MEMBER));
        // "the General Assembly elected A, B and C to serve on the Human Rights Council": the Council's members
        Mention last = members.get(members.size() - 1);
        members = throughRegionalGroups(members);
        int to = among >= 0 && v.tokenIs(last.tokEnd(), ",") ? last.tokEnd() + 1 : last.tokEnd();
        Mention servedOn = v.firstRight(to, Math.min(ce, to + Bodies.BODY_WINDOW), // "to the 47-member Geneva-based ..."
                m -> m.kind() == MentionKind.ORG && v.tokenIs(to, "to"));
        if (servedOn == null && !v.tokenIs(to, "to")) {
            // the list ran on past a name not known ("..., South Africa, <a state not known> and Viet Nam to serve on
            // the Human Rights Council"): the body the clause's "to serve on" names
            int serve = v.findWord("serve", to, ce);
            servedOn = serve > 0 && v.tokenIs(serve - 1, "to") && v.tokenIs(serve + 1, "on")
                    ? v.firstRight(serve + 2, Math.min(ce, serve + 2 + Bodies.BODY_WINDOW), m -> m.kind() == MentionKind.ORG)
                    : null;
        }
        // "elected Kazakhstan a member of the Human Rights Council", "elected China, with 176 votes, a member
        // of ...": the body of the role, not the one that elects
        // (past a comma: "elected Nepal, for the first time, as a member of the Human Rights Council")
        Mention ofRole = servedOn != null ? null : v.firstRight(to, Math.min(v.tokens.size(), to + ROLE_WINDOW),
                m -> m.kind() == MentionKind.ORG && v.tokenIs(m.tokStart() - 1, "of")
                        && v.firstCue(CueKind.MEMBERSHIP_ROLE, to, m.tokStart()) != null);
        if (servedOn == null && ofRole == null && among >= 0) {
            // "elected 18 States to the Human Rights Council for the term 2022-2024, among them A, B and C": the body
            // named before those elected
            servedOn = v.firstRight(cue.tokEnd(), among, m -> m.kind() == MentionKind.ORG && m.id() != null
                    && v.tokenIs(m.tokStart() - 1, "to"));
        }
        if (servedOn == null && ofRole == null && "org:UNGA".equals(electing.id())) {
            // the Assembly elects members to another body, never to itself: "elected A, B and C to fill the five seats
            // of the Asia-Pacific Group on the Human Rights Council", else the body the text's elections are to
            servedOn = v.firstRight(last.tokEnd(), ce, m -> m.kind() == MentionKind.ORG && m.id() != null
                    && !"org:UNGA".equals(m.id()));
            Discourse.Election told = v.discourse.electionBody();
            if (servedOn == null && told != null && !"org:UNGA".equals(told.body())) {
                servedOn = Bodies.ofTheElection(v, told, cue.tokStart(), cue.tokEnd());
            }
            String council = servedOn == null ? v.discourse.lastBody("Council") : null;
            if (council != null && !"org:UNGA".equals(council)) {
                // "On 13 October 2020, the General Assembly re-elected Nepal for a second consecutive term": to the
                // Council the text is about
                servedOn = v.inferred(MentionKind.ORG, council, cue.tokStart(), cue.tokEnd());
            }
            if (servedOn == null) {
                return null;
            }
        }
        return new Joining(members, servedOn != null ? servedOn : ofRole != null ? ofRole : electing);
    }

    /**
     * "The General Assembly today elected 14 Member States to serve on the Human Rights Council. ... the 193-member
     * Assembly elected Brazil, China, ...": the states elected join the body of the election just reported, for the
     * term the sentence gives, else the election's.
     */
    private void membersOfTheElectionJustReported(CueMatch cue, Mention elected, Discourse.Election context) {
        List<Mention> members = throughRegionalGroups(v.coordinatedRight(elected, MEMBER));
        int next = members.get(members.size() - 1).tokEnd();
        next = v.tokenIs(next, ",") ? next + 1 : next;
        if (v.tokenIs(next, "as") && v.tokenIs(next + 1, "well") && v.tokenIs(next + 2, "as")) {
            Mention more = v.firstRight(next + 3, next + 5, MEMBER); // "..., as well as A and B"
            if (more != null) {
                members.addAll(v.coordinatedRight(more, MEMBER));
            }
        }
        Mention reported = Bodies.ofTheElection(v, context, cue.tokStart(), cue.tokEnd());
        String term = Terms.termOf(v, cue.tokEnd(), v.tokens.size());
        for (Mention m : members) {
            Mention member = v.resolved(m, Set.of());
            if (member == null || member.id() == null || member.kind() != MentionKind.STATE) {
                continue;
            }
            out.add(MembershipFact.of(member, reported).date(term != null ? term : context.term(), true));
        }
    }

    /** The most tokens of a regional group's name: "from the Group of Latin American and Caribbean States". */
    private static final int GROUP_NAME_TOKENS = 12;

    /**
     * The states elected, group by group: "elected Egypt and Rwanda from the Group of African States; China and Japan
     * from the Group of Asia-Pacific States; and the United Kingdom ... from the Group of Western European and other
     * States" is the lists of all the groups, not the first alone.
     */
    private List<Mention> throughRegionalGroups(List<Mention> first) {
        List<Mention> all = new ArrayList<>(first);
        while (true) {
            int from = all.get(all.size() - 1).tokEnd();
            int semicolon = v.findWord(";", from, Math.min(v.tokens.size(), from + GROUP_NAME_TOKENS));
            if (!(v.tokenIs(from, "from") || v.tokenIs(from, "for")) || semicolon < 0
                    || v.findWord("group", from, semicolon) < 0 && v.findWord("states", from, semicolon) < 0) {
                return all;
            }
            int next = v.tokenIs(semicolon + 1, "and") ? semicolon + 2 : semicolon + 1;
            Mention more = v.firstRight(next, next + 2, MEMBER);
            if (more == null || more.kind() != MentionKind.STATE) {
                return all;
            }
            all.addAll(v.coordinatedRight(more, MEMBER));
        }
    }

    /**
     * "<member> was elected [to|as member of] <body>", "<member> joined <body>", "<member> served as chair of
     * <body>": the members written before the verb and the body after it (null where none is named). Null when no
     * member is written, the cue then perhaps an election of members counted ("The 14 States ... were elected").
     */
    private Joining electedOrJoined(CueMatch cue, int ce) {
        Joining ofWhichIt = ofWhichIt(cue);
        if (ofWhichIt != null) {
            return ofWhichIt;
        }
        // not "(Ghana)" after a member's name: the member's nationality
        Mention last = v.nearestLeft(cue.tokStart(), m -> MEMBER.test(m)
                && !(v.tokenIs(m.tokStart() - 1, "(") && v.tokenIs(m.tokEnd(), ")")));
        if (last == null && v.opensTimelineEntry(cue.tokStart())) {
            // a chronology's verbless entry, "12 November 2013 - Re-election to the Human Rights Council for the term
            // 2014-2016": the state the chronology is about
            last = v.mainState(cue);
        }
        if (last == null) {
            ElectionStory.countedPassive(v, cue);
            // "nine members were elected for the term 2019-2022, among them A (Paraguay), B (Egypt) and C (Japan)":
            // those named after the count
            int named = ElectionStory.namedAfterTheCount(v, cue.tokEnd(), ce);
            Mention first = named < 0 ? null : v.firstRight(named, Math.min(ce, named + 2), MEMBER);
            // (each with a nationality in brackets, which is not a member: "A (Paraguay), B (Egypt) and C (Japan)")
            return first == null ? null : new Joining(new ArrayList<>(v.mentionsIn(first.tokStart(), ce,
                    m -> m.kind() == first.kind() && m.id() != null && !v.tokenIs(m.tokStart() - 1, "("))), null);
        }
        if (last.kind() == MentionKind.STATE && v.tokenIs(last.tokStart() - 1, "of")) {
            // "Ambassador Omar Zniber of Morocco was elected": the person, not the state
            final int of = last.tokStart() - 1;
            Mention person = v.nearestLeft(of, m -> m.kind() == MentionKind.PERSON && m.tokEnd() == of);
            last = person != null ? person : last;
        }
        if (last.kind() == MentionKind.STATE && (v.tokenIs(cue.tokStart() - 1, ",")
                || v.tokenIs(cue.tokStart() - 1, "who") && v.tokenIs(cue.tokStart() - 2, ","))) {
            // "Ms. Shameem Khan, Permanent Representative of Fiji to the United Nations Office at Geneva, was
            // elected President": the person the apposition describes, not the state it names (also "..., who was
            // elected President")
            int comma = last.tokStart() - 1;
            while (comma > 0 && !v.tokenIs(comma, ",")) {
                comma--;
            }
            final int before = comma;
            Mention person = comma <= 0 ? null
                    : v.nearestLeft(before, m -> m.kind() == MentionKind.PERSON && m.tokEnd() == before);
            last = person != null ? person : last;
        }
        List<Mention> members = new ArrayList<>();
        if (last.kind() == MentionKind.PERSON && v.tokenIs(last.tokEnd(), "(")) {
            // "Ms. A (Argentina) and Mr. B (Ghana) were elected": the people named in the clause
            members.addAll(v.mentionsIn(v.clauseStart(cue.tokStart()), cue.tokStart(),
                    m -> m.kind() == MentionKind.PERSON));
        } else {
            members.addAll(v.coordinatedLeft(last, MEMBER));
        }
        return new Joining(members, bodyJoined(cue, ce, members));
    }

    /**
     * "Kazakhstan thus returns to the Council, of which it was a member from 2013 to 2015": the body the relative clause
     * hangs on, and the state that opens the sentence ("it"); null where the cue does not follow "of|on which it".
     */
    private Joining ofWhichIt(CueMatch cue) {
        int it = cue.tokStart() - 1;
        if (!(v.tokenIs(it, "it") && v.tokenIs(it - 1, "which") && (v.tokenIs(it - 2, "of") || v.tokenIs(it - 2, "on")))) {
            return null;
        }
        int comma = v.tokenIs(it - 3, ",") ? it - 3 : it - 2;
        Mention body = v.nearestLeft(comma, m -> m.kind() == MentionKind.ORG && m.id() != null && m.tokEnd() == comma);
        Mention subject = body == null ? null : v.firstRight(0, Math.min(body.tokStart(), 3), m -> m.kind() == MentionKind.STATE);
        return subject == null ? null : new Joining(new ArrayList<>(List.of(subject)), body);
    }

    /** The most tokens from "Representative" to the body: "Representative of the Lao PDR to the". */
    private static final int MAX_REPRESENTATIVE_TO_BODY = 8;

    /**
     * "served as the Representative of Indonesia to the AICHR for the term 2016-2018": a state's representative on a
     * body of representatives is its member (not a Permanent or Special Representative, an envoy to an organisation).
     */
    private boolean representativeTo(CueMatch cue, Mention body) {
        int k = v.tokenIs(cue.tokEnd(), "the") || v.tokenIs(cue.tokEnd(), "a") ? cue.tokEnd() + 1 : cue.tokEnd();
        return v.tokenIs(k, "representative") && v.tokenIs(k + 1, "of") && v.tokenIs(body.tokStart() - 1, "to")
                && body.tokStart() > k && body.tokStart() - k <= MAX_REPRESENTATIVE_TO_BODY;
    }

    /** The body the members before a verb join: after the verb, or the one a relative clause hangs on; else null. */
    private Mention bodyJoined(CueMatch cue, int ce, List<Mention> members) {
        // "joined the Human Rights Council", not "joined 26 international human rights instruments"
        int window = v.tokenIs(cue.tokEnd() - 1, "joined") ? 2 : Bodies.BODY_WINDOW;
        Mention body = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + window), m -> m.kind() == MentionKind.ORG);
        if (body == null && !members.isEmpty()) {
            // "the UN Human Rights Council, of which China is a member for the 2017-2019 term": the body the
            // relative clause hangs on
            int first = members.get(0).tokStart();
            if (v.tokenIs(first - 1, "which") && (v.tokenIs(first - 2, "of") || v.tokenIs(first - 2, "on"))) {
                int comma = v.tokenIs(first - 3, ",") ? first - 3 : first - 2;
                body = v.nearestLeft(comma, m -> m.kind() == MentionKind.ORG && m.tokEnd() == comma);
            }
        }
        if (body == null || !v.tokenIs(body.tokStart() - 1, "to")) {
            // "was elected by the (71st session of the) General Assembly ... as a member of the Human Rights
            // Council": the body of the role, not the electors (also past a longer aside, where the electors
            // lie beyond the body window)
            final int after = cue.tokEnd();
            // (past adjectives: "a member of the newly established UN Human Rights Council")
            Mention ofRole = v.firstRight(after, Math.min(v.tokens.size(), after + ROLE_WINDOW),
                    m -> m.kind() == MentionKind.ORG && Bodies.ofBefore(v, m)
                            && v.firstCue(CueKind.MEMBERSHIP_ROLE, after, m.tokStart()) != null);
            body = ofRole != null ? ofRole : body;
        }
        if (body != null && Bodies.sessionOwner(v, body)) {
            body = null; // "re-elected with 167 votes at the 63rd Session of the UN General Assembly": the venue
        }
        if (body != null && v.tokenIs(body.tokStart() - 1, "by")) {
            // "was appointed by the Human Rights Council in 2022", "elected by the General Assembly to the
            // Council": who appoints or elects is not what the member joins
            final Mention appointer = body;
            body = v.firstRight(appointer.tokEnd(), ce, m -> m.kind() == MentionKind.ORG
                    && (v.tokenIs(m.tokStart() - 1, "to") || v.tokenIs(m.tokStart() - 1, "of")
                    || v.tokenIs(m.tokStart() - 1, "as"))); // "... as Special Rapporteur on ...": the mandate
        }
        return body;
    }

    /**
     * The members join the body, where the sentence names none, the body the text implies (the one the last cue read,
     * the election just reported, the committee of its officers) or the mandate of an appointee; with the role the
     * cue names, for the term the clause gives.
     */
    private void join(CueMatch cue, int ce, List<Mention> members, Mention body) {
        boolean active = "ACTIVE".equals(cue.value(CueKind.MEMBERSHIP));
        if ((body == null || body.id() == null) && lastBody != null && v.tokenIs(cue.tokStart() - 1, "it")) {
            body = lastBody; // "China was elected a member of the Council, and in 2009 it was re-elected"
            members.clear();
            members.add(lastMember);
        }
        Discourse.Election election = v.discourse.lastElection();
        if (election == null && !members.isEmpty() && (members.stream().allMatch(m -> m.kind() == MentionKind.STATE)
                || members.stream().allMatch(m -> m.kind() == MentionKind.PERSON)
                && v.text(cue.tokStart(), cue.tokEnd()).toLowerCase(Locale.ROOT).contains("elected"))) {
            // an election story's groups, told after its states were first named: "In the African Group, Algeria,
            // Morocco, South Africa and Sudan were elected unopposed."; or its later rounds, told after those elected
            // first: "A (France) was elected to the twelfth seat in a second round of balloting"
            election = v.discourse.electionBody();
        }
        String electionTerm = null;
        if ((body == null || body.id() == null) && election != null && !active
                && (members.stream().allMatch(m -> m.kind() == MentionKind.PERSON)
                || members.stream().allMatch(m -> m.kind() == MentionKind.STATE) && (election.term() != null
                && election.term().contains("/") || termOfTheClause(cue, ce) != null))) {
            // "... elected five members of the Committee against Torture for ... . Ms. A (Argentina) and Mr. B
            // (Ghana) were elected for the first time, and ... were re-elected": the election just reported (also its
            // states with the term they were elected for: "... elected 18 States to the Human Rights Council. In the
            // Asia-Pacific Group, A, B and C were elected for the period 2019-2021")
            body = Bodies.ofTheElection(v, election, cue.tokStart(), cue.tokEnd());
            electionTerm = election.term();
        }
        if ((body == null || body.id() == null) && election == null && !active && v.discourse.committee() != null
                && !members.isEmpty() && members.stream().allMatch(m -> m.kind() == MentionKind.PERSON)
                && ElectionStory.namedAfterTheCount(v, cue.tokEnd(), ce) >= 0) {
            // (a committee's release: its members elected by the States parties)
            body = v.inferred(MentionKind.ORG, v.discourse.committee(), cue.tokStart(), cue.tokEnd());
        }
        Mention committee = (body == null || body.id() == null) && !active ? committeeOfItsOfficers(cue, ce, members) : null;
        boolean officer = committee != null;
        if (officer) {
            body = committee;
        }
        // "the Council appointed A of Thailand as the first Independent Expert on ...", "A was appointed Special
        // Rapporteur on the right to education": the mandate, which annotators record as held by its appointee
        // (not a biography's "was appointed by the Human Rights Council in 2022", which annotators pass over)
        Mention mandate = v.token(cue.tokStart()).norm().equals("appointed") && !v.tokenIs(cue.tokStart() - 1, "was")
                && !v.tokenIs(cue.tokStart() - 1, "been") && !v.tokenIs(cue.tokStart() - 1, "were")
                ? Mandates.mandateAppointedTo(v, cue, members, ce) : null;
        if (mandate != null) {
            body = mandate;
        }
        if (body == null || body.id() == null || v.kb.isOffice(body.id()) && mandate == null) {
            return; // "Special Rapporteur X was elected to chair the Coordination Committee": an office held
        }
        // an officer's role follows the verb, the committee being only inferred: "was elected Chairperson"
        int roleTo = active ? Math.min(ce, cue.tokEnd() + 12)
                : officer ? Math.min(ce, cue.tokEnd() + 3) : body.tokStart();
        CueMatch roleCue = v.firstCue(CueKind.MEMBERSHIP_ROLE, cue.tokEnd(), roleTo);
        if (roleCue == null && "ROLE".equals(cue.value(CueKind.MEMBERSHIP)) && !representativeTo(cue, body)) {
            return; // "served as host of ...": only "served as <role> of <body>" is a membership
        }
        String role = null;
        if (roleCue != null && !"member".equals(roleCue.value(CueKind.MEMBERSHIP_ROLE))) {
            role = roleCue.value(CueKind.MEMBERSHIP_ROLE);
        }
        if (mandate != null) { // "as Special Rapporteur on the right to education": the title, before its mandate
            role = Mandates.titleOfMandate(mandate);
        }
        List<String> dates = datesOf(cue, ce, officer, electionTerm);
        // "Austria and Italy previously served on the Council from 2011 to 2014 and from 2007 to 2010, respectively":
        // each member its own term
        boolean paired = members.size() > 1 && dates.size() == members.size() && v.respectively();
        for (Mention m : members) {
            Mention member = v.resolved(m, Set.of());
            if (member == null || member.id() == null) {
                continue;
            }
            List<String> own = paired ? List.of(dates.get(members.indexOf(m))) : dates;
            for (String when : own) {
                FactDraft fact = MembershipFact.of(member, body);
                if (role != null) {
                    fact.text("role", role, 0, 0);
                }
                out.add(fact.date(when, false));
            }
            lastBody = body;
            lastMember = member;
        }
    }

    /**
     * A committee's session release: "Ahmed Amin Fathalla (Egypt) was elected Chairperson.", "A (Guyana), B (Japan) and
     * C (France) were elected Vice-Chairpersons": the committee whose officers the people are, where a role follows
     * the verb; else null.
     */
    private Mention committeeOfItsOfficers(CueMatch cue, int ce, List<Mention> members) {
        if (members.isEmpty() || !members.stream().allMatch(m -> m.kind() == MentionKind.PERSON)
                || v.firstCue(CueKind.MEMBERSHIP_ROLE, cue.tokEnd(), Math.min(ce, cue.tokEnd() + 3)) == null) {
            return null;
        }
        String committee = v.discourse.committee() != null ? v.discourse.committee() : v.discourse.lastBody("Committee");
        return committee != null && v.kb.monitoredTreaty(committee) != null
                ? v.inferred(MentionKind.ORG, committee, cue.tokStart(), cue.tokEnd()) : null;
    }

    /**
     * The dates of the membership: the term the clause gives (with the further terms listed after it), else a term
     * told by its length, else the term of the election just reported ({@code electionTerm}), else the day of the
     * election (for an officer, the day the text last gave), else the last day of a session at whose close it was.
     */
    private List<String> datesOf(CueMatch cue, int ce, boolean officer, String electionTerm) {
        DateMention term = termOfTheClause(cue, ce);
        DateMention date = term != null ? term : v.nearestDate(cue.tokStart());
        if (date == null && officer && v.discourse.lastDay() != null) { // elected at the meeting the text dated
            var day = v.discourse.lastDay();
            var release = v.discourse.dateline();
            if (release != null && release.day() != null && day.iso() != null && release.iso() != null
                    && day.iso().compareTo(release.iso()) > 0) {
                day = release; // not the end of a term told since ("serve ... to 31 December 2021"): no later than the release
            }
            date = new DateMention(v.token(cue.tokStart()).start(), v.token(cue.tokEnd() - 1).end(), day, null, false);
        }
        String meetingDay = date == null ? ListsAfterAColon.sessionMeetingDay(v, cue) : null;
        String termIso = term == null ? Terms.termFromLength(v, cue.tokEnd(), ce) : null;
        if (term == null && electionTerm != null) {
            termIso = electionTerm;
        }
        List<String> dates = new ArrayList<>();
        dates.add(termIso != null ? termIso : date == null ? meetingDay : date.iso());
        if (termIso == null && term != null) {
            dates.addAll(Terms.furtherTerms(v, term, ce)); // "having served on it in 2006-2009 and 2009-2012"
        } else if (termIso == null && date != null && v.tokenAt(date.start()) > cue.tokStart()) {
            dates.addAll(Terms.furtherYears(v, date, ce)); // "elected ... four times, in 2006, 2009, 2013 and 2016"
        }
        return dates;
    }

    /**
     * The term the cue's clause gives: its span nearest after the verb ("which served on the Council in 2013-2015,
     * announced its candidacy for 2022-2024"), else the last before it; else a year the office is "for" ("elected
     * Ambassador A of Austria as its President for 2020": the year of the office, not the day of the vote).
     */
    private DateMention termOfTheClause(CueMatch cue, int ce) {
        DateMention term = null;
        for (DateMention d : v.datesIn(v.clauseStart(cue.tokStart()), ce)) {
            if (d.to() != null && d.iso() != null) {
                term = d;
                if (v.tokenAt(d.start()) >= cue.tokEnd()) {
                    return term;
                }
            }
        }
        if (term == null) {
            for (DateMention d : v.datesIn(cue.tokEnd(), ce)) {
                if (d.to() == null && d.iso() != null && d.iso().length() == 4 && v.tokenIs(v.tokenAt(d.start()) - 1, "for")) {
                    term = d;
                }
            }
        }
        return term;
    }
}
