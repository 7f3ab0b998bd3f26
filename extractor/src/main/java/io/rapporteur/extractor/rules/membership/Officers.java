package io.rapporteur.extractor.rules.membership;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.IsoDates;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A body's officers, each with their role: its Bureau elected in one sentence ("A of Mexico as Chairperson; B, C and
 * D as Vice-Chairpersons; and E as Rapporteur"), listed after the words that name them ("The Committee's officers ...
 * are: ..."), or an election of officers announced for the sentences that name them; and a body's composition, its
 * experts listed with the office written after each name.
 */
final class Officers {

    /** The words that open a list of a body's officers after its subject: "are", "consists of", "comprises". */
    private static final Set<String> LIST_VERBS = Set.of("are", "is", "consists", "comprises", "comprise", "include");
    /** The most tokens between a passive election's subject and its verb: "A (Lithuania) was elected". */
    private static final int SUBJECT_TO_PASSIVE = 4;
    private static final Set<String> COMPOSED = Set.of("composed", "comprised", "made", "consists", "consisting");

    private Officers() {
    }

    /** Words for a gathering that elects its own officers: "the Meeting elected A as its Chair". */
    private static final Set<String> GATHERINGS = Set.of("meeting", "conference");

    /**
     * Whether the one who elects is a gathering with no body of its own ("the Meeting of States Parties", "the
     * Meeting"), whose officers are no members of the committee the text is about.
     */
    private static boolean electedByAMeeting(SentenceView v, CueMatch elected) {
        int subject = elected.tokStart() - 1;
        return subject > 0 && "ACTIVE".equals(elected.value(CueKind.MEMBERSHIP)) && v.token(subject) != null
                && GATHERINGS.contains(v.token(subject).norm()) && v.tokenIs(subject - 1, "the");
    }

    /**
     * "The Committee then elected by acclamation, for a term of two years, Mr. A (Colombia) as Chairperson, Ms. B
     * (Morocco) and Mr. C (Turkiye) as Vice-Chairpersons, and Ms. D (Senegal) as Rapporteur": a body's officers, each
     * group of people closed by "as <role>" (two such groups at least). The election's date is the sentence's, else
     * the day the sentence before gave, else, after "then", the day the text last gave. Whether it read the sentence.
     */
    static boolean byRole(SentenceView v, List<FactDraft> out) {
        CueMatch elected = v.cues(CueKind.MEMBERSHIP).stream()
                .filter(c -> "ACTIVE".equals(c.value(CueKind.MEMBERSHIP)) || "HELD".equals(c.value(CueKind.MEMBERSHIP)))
                .findFirst().orElse(null);
        if (elected == null) {
            return false;
        }
        // "Olga Vasilenko was elected by acclamation as Chair, A and B as Vice-Chairs, ...": the passive's subjects
        // are the first group
        List<Mention> subjects = "HELD".equals(elected.value(CueKind.MEMBERSHIP)) ? electedSubjects(v, elected) : List.of();
        if ("HELD".equals(elected.value(CueKind.MEMBERSHIP)) && subjects.isEmpty()) {
            return false;
        }
        Mention body = v.nearestLeft(elected.tokStart(), m -> m.kind() == MentionKind.ORG && m.id() != null
                && !v.kb.isOffice(m.id()));
        if (body == null && electedByAMeeting(v, elected)) {
            return true; // "the Meeting elected Ambassador A as its Chair, and B as Vice-Chair": the meeting's own officers
        }
        if (body == null) { // "Olga Vasilenko was elected by acclamation as Chair, ...": by the committee the text is about
            body = Bodies.bodyTheTextIsAbout(v, elected.tokStart(), elected.tokEnd());
        }
        if (body == null) {
            return false;
        }
        List<FactDraft> facts = new ArrayList<>();
        List<Mention> pending = new ArrayList<>(subjects);
        int groups = 0;
        boolean roleOfABody = false; // "as members of the Advisory Committee": a body named after the role
        for (int i = elected.tokEnd(); i < v.tokens.size(); i++) {
            final int at = i;
            Mention person = v.mentions.stream().filter(m -> m.tokStart() == at && m.kind() == MentionKind.PERSON
                    && m.id() != null).findFirst().orElse(null);
            if (person != null) {
                pending.add(person);
                i = person.tokEnd() - 1;
                continue;
            }
            // (also "as its Chair", "as the Rapporteur")
            int roleAt = v.tokenIs(i + 1, "its") || v.tokenIs(i + 1, "the") ? i + 2 : i + 1;
            CueMatch role = v.tokenIs(i, "as") ? v.firstCue(CueKind.MEMBERSHIP_ROLE, roleAt, Math.min(v.tokens.size(), roleAt + 1)) : null;
            if (role != null && !pending.isEmpty()) {
                roleOfABody |= v.tokenIs(role.tokEnd(), "of");
                for (Mention member : pending) {
                    FactDraft fact = MembershipFact.of(member, body);
                    MembershipFact.role(fact, role);
                    facts.add(fact);
                }
                pending.clear();
                groups++;
            }
        }
        if (groups < 2 && !(groups == 1 && facts.size() >= 2 && !roleOfABody)) {
            return false; // (one group of several: "the Council elected A (Finland), B (Maldives) and C (Croatia) as
                          // Vice-Presidents")
        }
        // "At the opening meeting on 2 April, ... . The Committee then|also elected ...": that day
        DateMention date = v.nearestDate(elected.tokStart());
        var before = v.discourse.spokeOfToday(v.sentence().index() - 1) && v.discourse.dateline() != null
                ? v.discourse.dateline() // "The session opened this morning ... . The Committee then elected ..."
                : v.discourse.dayWrittenIn(v.sentence().index() - 1);
        boolean then = v.tokenIs(elected.tokStart() - 1, "then");
        // (in a release about its own day, "then" goes on with that day: "opened this morning ... then elected")
        var thenDay = v.discourse.spokeOfToday() && v.discourse.dateline() != null ? v.discourse.dateline() : v.discourse.lastDay();
        String iso = date != null ? date.iso() : before != null ? before.iso() : then && thenDay != null ? thenDay.iso() : null;
        // the term they serve, where the sentence states one: "...; all will serve for the period 2019-2020"
        DateMention term = v.datesIn(elected.tokEnd(), v.tokens.size()).stream()
                .filter(d -> d.to() != null && d.iso() != null && d.iso().contains("/")).findFirst().orElse(null);
        if (term != null) {
            iso = term.iso();
        }
        if (iso == null) {
            // "At the opening meeting on 22 February, the Committee elected ... its Bureau. ... A, B and C were elected
            // as Vice-Chairpersons, and D as Rapporteur": the day the sentence's other readings of it found
            iso = out.stream().filter(f -> f.type() == FactType.MEMBERSHIP && f.date() != null).map(FactDraft::date)
                    .findFirst().orElse(null);
        }
        for (FactDraft fact : facts) {
            fact.date(iso, date == null && term == null);
            out.add(fact);
        }
        return true;
    }

    /**
     * The people a passive election is about, written before it: "Olga Vasilenko was elected ...", "A (Morocco), B
     * (Japan) and C (Serbia) were elected ..."; none where no person closes the subject.
     */
    private static List<Mention> electedSubjects(SentenceView v, CueMatch elected) {
        Mention last = v.nearestLeft(elected.tokStart(), m -> m.kind() == MentionKind.PERSON && m.id() != null);
        if (last == null || elected.tokStart() - last.tokEnd() > SUBJECT_TO_PASSIVE
                || v.findWord(",", last.tokEnd(), elected.tokStart()) >= 0) {
            return List.of();
        }
        return v.coordinatedLeft(last, m -> m.kind() == MentionKind.PERSON && m.id() != null);
    }

    /**
     * "The Committee's officers, elected on 23 April 2026 for a two-year term, are: A (Chile), Chair; B (Kenya) and C
     * (Peru), Vice-Chairs; and D (Japan), Rapporteur", "The Committee's Bureau, elected on 15 April 2026 ..., consists
     * of ...", "The officers of the Committee for the period 2025-2026 are A of Chile, Chairperson; ...", "elected by
     * acclamation the following officers for a term of two years: ...": a body's officers listed after the words that
     * name them, each part of the list closed by its role (two parts at least). The date is the term the sentence
     * states, else the day of their election. Whether it read the sentence.
     */
    static boolean listed(SentenceView v, List<FactDraft> out) {
        int officers = v.findWord("officers", 0, v.tokens.size());
        officers = officers >= 0 ? officers : v.findWord("bureau", 0, v.tokens.size());
        if (officers < 0) {
            return false;
        }
        int open = -1;
        for (int k = officers + 1; k < Math.min(v.tokens.size(), officers + ListsAfterAColon.MAX_TO_THE_FOLLOWING) && open < 0; k++) {
            if (v.tokenIs(k, ":")) {
                open = k + 1;
            } else if (LIST_VERBS.contains(v.token(k).norm())) {
                open = v.tokenIs(k + 1, ":") || v.tokenIs(k + 1, "of") ? k + 2 : k + 1;
            }
        }
        if (open < 0 || rolesListed(v, open) < 2) {
            return false;
        }
        // "The Committee's officers", "the Committee ... elected ... the following officers", "The officers of the
        // Committee"
        Mention body = v.nearestLeft(officers, m -> m.kind() == MentionKind.ORG && m.id() != null && !v.kb.isOffice(m.id()));
        if (body == null) {
            body = v.firstRight(officers + 1, open, m -> m.kind() == MentionKind.ORG && m.id() != null
                    && !v.kb.isOffice(m.id()) && Bodies.ofBefore(v, m));
        }
        if (body == null && v.discourse.committee() != null) {
            body = v.inferred(MentionKind.ORG, v.discourse.committee(), officers, officers + 1);
        }
        if (body == null) {
            return false;
        }
        DateMention term = v.datesIn(0, open).stream().filter(d -> d.to() != null && d.iso() != null && d.iso().contains("/"))
                .findFirst().orElse(null);
        int elected = v.findWord("elected", 0, open);
        DateMention day = v.nearestDate(elected >= 0 ? elected : officers);
        String date = term != null ? term.iso() : day == null ? null : day.iso();
        ofTheParts(v, body, open, date, out);
        return true;
    }

    /** How many parts of the list from {@code from} (closed by ";") name people and their role. */
    private static int rolesListed(SentenceView v, int from) {
        int parts = 0;
        int part = from;
        while (part < v.tokens.size()) {
            int end = v.findWord(";", part, v.tokens.size());
            end = end < 0 ? v.tokens.size() : end;
            if (v.firstCue(CueKind.MEMBERSHIP_ROLE, part, end) != null
                    && !v.mentionsIn(part, end, m -> m.kind() == MentionKind.PERSON && m.id() != null).isEmpty()) {
                parts++;
            }
            part = end + 1;
        }
        return parts;
    }

    /**
     * "the Committee elected its Bureau for a two-year term: A of Mexico as Chairperson; B of ..., C of ... and D of
     * China as Vice-Chairpersons; and E of France as Rapporteur": each officer, with the role of their part of the
     * list, a member of the body that elected them on the day it did.
     */
    static void bureau(SentenceView v, List<FactDraft> out) {
        int elected = v.findWord("elected", 0, v.tokens.size());
        if (elected < 0 || v.findWord("bureau", elected, Math.min(v.tokens.size(), elected + 4)) < 0
                && v.findWord("officers", elected, Math.min(v.tokens.size(), elected + 5)) < 0) {
            return;
        }
        int colon = v.findWord(":", elected, v.tokens.size());
        Mention body = v.nearestLeft(elected, m -> m.kind() == MentionKind.ORG && m.id() != null
                && !v.kb.isOffice(m.id()));
        if (colon < 0 || body == null) {
            return;
        }
        DateMention date = v.nearestDate(elected);
        ofTheParts(v, body, colon + 1, date == null ? null : date.iso(), out);
    }

    /**
     * The officers listed from {@code from}, in parts closed by ";": "A (Denmark), Chair; B (Morocco) and C (Peru),
     * Vice-Chairs; and D (Japan), Rapporteur". Each person is a member of the body with the role of their part.
     */
    private static void ofTheParts(SentenceView v, Mention body, int from, String date, List<FactDraft> out) {
        int part = from;
        while (part < v.tokens.size()) {
            int end = v.findWord(";", part, v.tokens.size());
            end = end < 0 ? v.tokens.size() : end;
            CueMatch role = v.firstCue(CueKind.MEMBERSHIP_ROLE, part, end);
            for (Mention member : v.mentionsIn(part, end, m -> m.kind() == MentionKind.PERSON && m.id() != null)) {
                FactDraft fact = MembershipFact.of(member, body);
                if (role != null) {
                    MembershipFact.role(fact, role);
                }
                out.add(fact.date(date, false));
            }
            part = end + 1;
        }
    }

    /** Whether the day falls within the days of the session the text last reported. */
    private static boolean withinTheSession(SentenceView v, String day) {
        EventRecord session = v.discourse.lastEvent("SESSION");
        String span = session == null ? null : session.fact().date();
        return span != null && IsoDates.pointWithin(day, span);
    }

    /**
     * "The Committee then elected its officers for a two-year term.": an election whose officers the next sentences
     * name. Its day is the sentence's, else the release's own day in a release about it ("opened this morning ...
     * then elected"), else, after "then", the day the text last gave.
     */
    static void announced(SentenceView v) {
        int elected = v.findWord("elected", 0, v.tokens.size());
        boolean then = elected > 0 && v.tokenIs(elected - 1, "then");
        // "The Committee then elected its officers ...", or its chair first: "The Committee then elected by
        // acclamation A, its member from Egypt, as Chairperson"
        boolean officers = elected >= 0 && (v.findWord("officers", elected, Math.min(v.tokens.size(), elected + 3)) >= 0
                || v.findWord("bureau", elected, Math.min(v.tokens.size(), elected + 3)) >= 0);
        if (elected < 0 || !officers && !(then && v.mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERSON))
                || officers && v.mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERSON) && !then) {
            return;
        }
        DateMention date = v.nearestDate(elected);
        var dateline = v.discourse.dateline();
        var last = v.discourse.lastDay();
        var before = v.discourse.dayWrittenIn(v.sentence().index() - 1);
        if (before != null && dateline != null && before.iso().compareTo(dateline.iso()) < 0
                && !withinTheSession(v, before.iso())) {
            // a day the release looked back to ("had ratified the Convention on 14 June"), not one of the session it
            // closes ("At the opening meeting on 18 February, ... . The Committee then elected ...")
            before = null;
        }
        // "... then elected" goes on from the day the sentence before wrote, else the session's day the text last gave,
        // else the release's day (not a day it looked back to, nor the last day of a session it announced, "being
        // held from 4 to 29 March"), else the day the text last gave
        String thenDay = !then ? null : before != null ? before.iso()
                : last != null && last.iso() != null && withinTheSession(v, last.iso())
                        && (dateline == null || dateline.iso() == null || last.iso().compareTo(dateline.iso()) <= 0) ? last.iso()
                : dateline != null ? dateline.iso() : last == null ? null : last.iso();
        String iso = date != null ? date.iso() : thenDay;
        if (iso != null) {
            v.discourse.officersElected(iso, v.sentence().index());
        }
    }

    /**
     * "The Working Group ... is composed of five independent experts from all regions of the world: Aua Balde
     * (Guinea-Bissau), Chair-Rapporteur; Gabriella Citroni (Italy), Vice-Chair; ...": each expert named after the
     * colon is a member of the body, with the office written after their name; the text gives no term.
     */
    static void composition(SentenceView v, List<FactDraft> out) {
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            boolean verb = COMPOSED.contains(v.token(i).norm())
                    && (v.tokenIs(i + 1, "of") || v.tokenIs(i + 1, "up") && v.tokenIs(i + 2, "of"));
            if (!verb) {
                continue;
            }
            int colon = v.findWord(":", i, v.tokens.size());
            final int at = i;
            Mention body = v.nearestLeft(i, m -> m.kind() == MentionKind.ORG && m.id() != null && !v.kb.isOffice(m.id())
                    && m.tokStart() >= v.clauseStart(at));
            if (body == null && v.tokenIs(0, "it") && (v.tokenIs(1, "is") || v.tokenIs(1, "was"))) {
                body = Bodies.bodyTheTextIsAbout(v, 0, 1); // "It is composed of five independent experts: ..."
            }
            if (colon < 0 || body == null) {
                return;
            }
            List<Mention> members = v.mentionsIn(colon + 1, v.tokens.size(), m -> m.kind() == MentionKind.PERSON
                    && m.id() != null);
            for (int k = 0; k < members.size(); k++) {
                Mention member = members.get(k);
                FactDraft fact = MembershipFact.of(member, body);
                int until = k + 1 < members.size() ? members.get(k + 1).tokStart() : v.tokens.size();
                String role = roleAfterName(v, member.tokEnd(), until);
                if (role != null) {
                    fact.text("role", role, 0, 0);
                }
                out.add(fact.date(null, false));
            }
            return; // the first such verb only
        }
    }

    /** "(Italy), Vice-Chair;" or "(Chairperson)," after a member's name: the office, else null. */
    private static String roleAfterName(SentenceView v, int from, int until) {
        int k = from;
        if (v.tokenIs(k, "(")) {
            int close = v.findWord(")", k, until);
            if (close < 0) {
                return null;
            }
            if (v.mentionsIn(k + 1, close, m -> m.kind() == MentionKind.STATE).isEmpty() && close > k + 1) {
                return v.text(k + 1, close); // "(Chairperson)"
            }
            k = close + 1;
        }
        if (!v.tokenIs(k, ",") || v.token(k + 1) == null || !v.token(k + 1).isCapitalised()) {
            return null;
        }
        int end = k + 1;
        while (end < until && !v.tokenIs(end, ";") && !v.tokenIs(end, ",") && !v.tokenIs(end, ".")
                && !v.tokenIs(end, "and")) {
            end++;
        }
        return end > k + 1 && v.mentionsIn(k + 1, end, m -> m.kind() == MentionKind.PERSON
                || m.kind() == MentionKind.STATE || m.kind() == MentionKind.ORG && !v.kb.isOffice(m.id())).isEmpty()
                ? v.text(k + 1, end) : null;
    }
}
