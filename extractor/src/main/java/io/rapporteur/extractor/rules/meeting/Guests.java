package io.rapporteur.extractor.rules.meeting;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who was met: where the object of a meeting verb starts ("met with", "held talks on 10 September with", "was
 * received by", "met the members of"), the first one met, and the list of those met that it opens.
 */
final class Guests {

    /** Words for the people who speak for a body met: "officials of", "representatives of", "members of". */
    private static final Set<String> REPRESENTATIVES = Set.of("members", "officials", "representatives", "leadership",
            "staff", "heads", "leaders", "delegation", "delegations", "plenary"); // "received by the plenary of Komnas HAM"

    /** The longest office title before its holder's name: "the Minister of Justice of Colombia, ..." */
    static final int MAX_TITLE_TOKENS = 18;

    /** The most tokens of a date and place between a meeting verb and its "with" ("held meetings on 10 September with"). */
    private static final int MAX_ADVERBIAL = 9; // "held talks in New York on 24 June 2019 with"

    /** The most tokens of a title after a state's possessive: "Kazakhstan's new Commissioner for Human Rights". */
    private static final int MAX_POSSESSED_TITLE = 10;

    /** The most words before "of" that name a body's people: "senior officials of", "the leadership of". */
    static final int MAX_PEOPLE_OF_A_BODY = 3;

    private Guests() {
    }

    /** Whether the meeting verb is passive: "was (also) received", a chronology's "he is received by". */
    static boolean passive(SentenceView v, CueMatch cue) {
        int aux = v.tokenIs(cue.tokStart() - 1, "also") ? cue.tokStart() - 2 : cue.tokStart() - 1; // "was also received"
        return v.tokenIs(aux, "was") || v.tokenIs(aux, "were")
                || v.tokenIs(aux, "is") || v.tokenIs(aux, "are"); // a chronology's "he is received by"
    }

    /** Where the object of the meeting verb {@code cue} starts: past "with", "by", adverbials and "the members of". */
    static int objectStart(SentenceView v, CueMatch cue, int ce, boolean passive) {
        // "met with visiting UN Under-Secretary-General ...": the guest's title and name follow "visiting"
        int objectFrom = v.tokenIs(cue.tokEnd(), "visiting") ? cue.tokEnd() + 1
                : v.tokenIs(cue.tokEnd(), "the") && v.tokenIs(cue.tokEnd() + 1, "visiting") ? cue.tokEnd() + 2 : cue.tokEnd();
        if (v.tokenIs(objectFrom, ",") && (v.tokenIs(objectFrom + 1, "separately") || v.tokenIs(objectFrom + 1, "jointly")
                || v.tokenIs(objectFrom + 1, "also")) && v.tokenIs(objectFrom + 2, ",")) {
            objectFrom += 3; // "The following day I met, separately, the Secretary of Foreign Affairs, A"
        }
        objectFrom = v.pastTitleAdjectives(objectFrom); // "met the new UN High Commissioner ..., Louise Arbour"
        if (!v.tokenIs(cue.tokEnd() - 1, "with") && !v.tokenIs(objectFrom, "with")) {
            // "held separate meetings on 10 September with the Minister of Justice": after a date or place
            int with = v.findWord("with", objectFrom, Math.min(ce, objectFrom + MAX_ADVERBIAL));
            if (with > objectFrom && v.mentionsIn(objectFrom, with, Roles.AGENT).isEmpty()) {
                objectFrom = with + 1;
            }
        } else if (v.tokenIs(objectFrom, "with")) {
            objectFrom++;
        }
        if (passive && v.tokenIs(cue.tokEnd(), "by")) {
            objectFrom = cue.tokEnd() + 1; // "during which he was received by Deputy Minister ... Ha Kim Ngoc"
        } else if (passive) { // "she was received in Banjul by President Adama Barrow"
            int by = v.findWord("by", cue.tokEnd(), Math.min(ce, cue.tokEnd() + MAX_ADVERBIAL));
            if (by > 0 && v.mentionsIn(cue.tokEnd(), by, Roles.AGENT).isEmpty()) {
                objectFrom = by + 1;
            }
        }
        // "met with the members of the Working Group", "held meetings with senior officials of the Ministry of
        // Justice", "with representatives of the National Commission", "received by the plenary of Komnas HAM":
        // the body they are of
        return pastPeopleOf(v, objectFrom, Math.min(ce, objectFrom + MAX_PEOPLE_OF_A_BODY + 1), false);
    }

    /**
     * Past "members of", "senior officials of": where the body whose people they are is named, else {@code from}.
     * With {@code anyOf} the words may go on past an "of" of other words ("the heads of state of") to the people's.
     */
    static int pastPeopleOf(SentenceView v, int from, int end, boolean anyOf) {
        for (int k = from; k < end && v.token(k) != null; k++) {
            Token t = v.token(k);
            if (t.is("of") && k > from) {
                if (REPRESENTATIVES.contains(v.token(k - 1).norm())) {
                    return k + 1;
                }
                if (!anyOf) {
                    return from;
                }
            }
            if (!t.isWord() || t.isCapitalised() && !REPRESENTATIVES.contains(t.norm())) {
                return from; // (but "met Members of the European Parliament's Subcommittee on Human Rights")
            }
        }
        return from;
    }

    /**
     * The first one met from {@code from}: a known agent within {@code knownEnd}, else a person named after an office
     * title, else the holder named after an office in apposition. Null where none of these opens there.
     */
    static Mention first(SentenceView v, int from, int knownEnd, int ce) {
        Mention object = v.firstRight(from, knownEnd, Roles.AGENT);
        if (object == null) {
            object = titledObject(v, from, ce);
        }
        if (object == null) {
            object = OfficeHolders.apposedHolder(v, from, ce);
        }
        return object;
    }

    /**
     * "met Kazakhstan's new Commissioner for Human Rights, Elvira Azimova", "met the Ombudsman, A": the holder a name in
     * apposition gives for an office held by one person; else the object as found.
     */
    static Mention holderNamedAfter(SentenceView v, Mention object, int ce) {
        if (object == null || object.kind() == MentionKind.PERSON) {
            return object;
        }
        // an office held by one person, whose holder a name in apposition gives
        Pattern soleHolderOffice = v.kb.officeTitles("sole-holder-offices");
        int comma = -1;
        if (soleHolderOffice.matcher(object.text()).find()) {
            comma = v.tokenIs(object.tokEnd(), ",") ? object.tokEnd() : -1;
        } else if (object.kind() == MentionKind.STATE && v.possessive(object)
                && v.tokenIs(object.tokEnd() + 1, "s")) {
            int k = v.findWord(",", object.tokEnd() + 2, Math.min(ce, object.tokEnd() + MAX_POSSESSED_TITLE));
            boolean titled = k > 0 && soleHolderOffice.matcher(v.text(object.tokEnd() + 2, k)).find()
                    && v.findWord("and", object.tokEnd() + 2, k) < 0;
            comma = titled ? k : -1;
        }
        if (comma < 0) {
            return object;
        }
        Mention holder = v.firstRight(comma + 1, comma + 2, m -> m.kind() == MentionKind.PERSON);
        boolean closed = holder != null && (holder.tokEnd() >= ce || v.tokenIs(holder.tokEnd(), ",") || v.tokenIs(holder.tokEnd(), "."));
        return closed ? holder : object;
    }

    /** Those met, listed from the first one met ({@code object}); whether the list says each was met on their own. */
    record Listed(List<Mention> objects, boolean separate) {
    }

    /**
     * Those met from {@code object} on: coordinated, or listed each with an office title, and the officials a list
     * goes on to; none of the hosts ({@code ids}), nor one who opens a meeting clause of their own.
     */
    static Listed listed(SentenceView v, Mention object, List<Mention> subjects, Set<String> ids, int ce) {
        boolean separate = false;
        List<Mention> objects = new ArrayList<>();
        List<Mention> listed = v.coordinatedRight(object, Roles.AGENT);
        List<Mention> officials = object.kind() == MentionKind.PERSON ? listedOfficials(v, object, v.tokens.size()) : List.of(); // past a ";" too
        if (officials.size() > listed.size()) {
            listed = officials;
            separate = subjects.size() == 1;
        }
        List<Mention> further = new ArrayList<>(listed);
        for (Mention m : OfficeHolders.holdersListedAfter(v, listed.get(listed.size() - 1), v.tokens.size())) {
            if (further.stream().noneMatch(l -> l.tokStart() == m.tokStart() && l.tokEnd() == m.tokEnd())) {
                further.add(m);
            }
        }
        listed = further;
        for (Mention m : listed) {
            if (m != object && v.cues(CueKind.MEETING).stream().anyMatch(c -> c.tokStart() == m.tokEnd())) {
                break; // "met with him, and Foreign Minister B held talks ...": B opens a clause of its own
            }
            if (m.kind() == MentionKind.STATE && m.tokEnd() < ce && v.token(m.tokEnd()).isWord()
                    && v.token(m.tokEnd()).isCapitalised()) {
                continue; // "the Government Committee for Religious Affairs": a body the lexicon lacks, not the state
            }
            Mention r = v.resolved(m, ids);
            if (r != null && r.id() != null && !ids.contains(r.id())) {
                objects.add(r);
            }
        }
        return new Listed(objects, separate);
    }

    /**
     * "called on the Minister for Foreign Affairs, the Hon Julie Bishop MP, and met ...": a person called on, not
     * asked "to" do something.
     */
    static boolean courtesyCall(SentenceView v, Mention object, int ce) {
        if (object == null || object.kind() != MentionKind.PERSON) {
            return false;
        }
        for (int i = object.tokEnd(); i < Math.min(ce, object.tokEnd() + 3); i++) {
            if (v.tokenIs(i, "to")) {
                return false;
            }
        }
        return true;
    }

    /** The longest stretch of title words between one listed official and the next. */
    private static final int MAX_LISTED_TITLE_TOKENS = 24;

    /**
     * "met with Foreign Minister A, the Chairman of the Committee on Religious Affairs, B, and the Ombudsperson, C",
     * "held talks with A, Director of ..., and with the Chairman of ..., D": officials listed each with an office
     * title, first first. Each is met on their own (one meeting each), which a bare "met with A and B" does not say.
     */
    private static List<Mention> listedOfficials(SentenceView v, Mention first, int ce) {
        List<Mention> out = new ArrayList<>(List.of(first));
        Mention current = first;
        for (Mention next : v.mentions) {
            if (next.tokStart() < current.tokEnd() || next.tokStart() >= ce) {
                continue;
            }
            if (next.kind() != MentionKind.PERSON && next.kind() != MentionKind.PRONOUN) {
                continue; // "the Chairman of the Muslim Board of Uzbekistan": a title's own words
            }
            if (next.kind() != MentionKind.PERSON || !titleWordsOnly(v, current.tokEnd(), next.tokStart())) {
                break;
            }
            out.add(next);
            current = next;
        }
        return out;
    }

    /** Adverbs that may stand in a list's joint: "received by A, and separately by B", "and later by C". */
    private static final java.util.Set<String> LIST_ADVERBS = java.util.Set.of("separately", "also", "later", "then",
            "subsequently");

    /** Whether the tokens are a list joint with office titles: ", the Chairman of the Committee on ...," */
    private static boolean titleWordsOnly(SentenceView v, int from, int to) {
        if (to - from > MAX_LISTED_TITLE_TOKENS || to - from < 1 || !v.tokenIs(from, ",") && !v.tokenIs(from, "and")
                && !v.tokenIs(from, ";")) { // "A; the Minister of Justice, B; and ..."
            return false;
        }
        boolean titled = false;
        for (int i = from; i < to; i++) {
            Token t = v.token(i);
            // (also "received by the Vice-President, A, and by the Minister of Education, B")
            boolean function = t.is("the") || t.is("of") || t.is("for") || t.is("on") || t.is("and") || t.is("with")
                    || t.is("by") || LIST_ADVERBS.contains(t.norm()) // "..., and separately by H.E. B, ..."
                    || t.is("as") || t.is("well") || t.is(",") || t.is(";") || t.is("(") || t.is(")") || t.is("-");
            if (t.isWord() && t.isCapitalised()) {
                titled = true;
            } else if (!function) {
                return false;
            }
        }
        return titled || to - from <= 2;
    }

    /**
     * "met with the Minister of Justice of Colombia, Néstor Osuna,", "met with Minister of Justice Néstor Osuna": an
     * office title the knowledge base does not hold whole, then the person who holds it. Only titles (and the state
     * of an "of <state>" in the title) may come before the person.
     */
    static Mention titledObject(SentenceView v, int from, int ce) {
        int first = v.tokenIs(from, "the") ? from + 1 : from;
        if (first >= ce || v.token(first) == null || !v.token(first).isCapitalised()) {
            return null; // the object must open with a title: "the Minister ...", "Minister ..."
        }
        for (Mention m : v.mentions) {
            if (m.tokStart() < from) {
                continue;
            }
            if (m.tokStart() >= Math.min(ce, from + MAX_TITLE_TOKENS)) {
                return null;
            }
            if (m.kind() == MentionKind.TITLE || (m.kind() == MentionKind.STATE || m.kind() == MentionKind.NATIONAL_BODY
                    || m.kind() == MentionKind.ORG) && (v.tokenIs(m.tokStart() - 1, "of") || v.tokenIs(m.tokStart(), "of"))) {
                continue; // "Minister of Justice of Colombia", "the Chairperson of the National Centre (NHRC) of ..."
            }
            return m.kind() == MentionKind.PERSON ? m : null;
        }
        return null;
    }

}
