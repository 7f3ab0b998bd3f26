package io.rapporteur.extractor.rules.meeting;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who met: the subjects of a sentence's meeting verbs, read one verb after the other, since a second predicate ("X
 * called on A, ..., and met B") shares the first one's subject. One instance per sentence.
 */
final class Hosts {

    /** Pronouns that never are a verb's subject: object and possessive forms. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("her", "him", "them", "his", "its", "their");

    /** The most tokens of an adverbial between "and" and its verb: "and, on the same day, met". */
    private static final int MAX_AND_ADVERBIAL = 7;

    private static final Set<String> ADVERBIAL_WORDS = Set.of("later", "that", "the", "same", "day", "then", "also", "subsequently",
            "afterwards", "evening", "afternoon", "morning");

    private final SentenceView v;
    /** The subjects of the sentence's last meeting verb that had any. */
    private List<Mention> previousSubjects = List.of();
    /** Whether a meeting verb came before in the sentence. */
    private boolean afterMeeting = false;

    Hosts(SentenceView v) {
        this.v = v;
    }

    /**
     * The resolved subjects of the meeting verb {@code cue} (a list the caller may change), or null where the verb has
     * none this rule can read.
     */
    List<Mention> of(CueMatch cue) {
        // (also past an adverbial: "..., and later that day held a working meeting with ...")
        int andBefore = andBeforeAdverbial(v, cue.tokStart());
        boolean secondPredicate = afterMeeting && andBefore >= 0;
        afterMeeting = true;
        int cs = v.clauseStart(cue.tokStart());
        // "Mary Robinson visited China in November 2000 and met with ...": China is what she visited
        // nor "The delegation, which visited at the invitation of the Royal Government, met ...": a relative clause's
        Mention last = v.nearestLeft(cue.tokStart(), m -> Roles.AGENT.test(m) && !v.isObject(m)
                && !v.inRelativeClause(m.tokStart(), cue.tokStart()));
        // "X visits the headquarters of the African Union in Addis Ababa, Ethiopia, and holds talks with ...":
        // the visitor holds them, not the place visited
        // also "X addressed the high-level segment of the session of the Council ... and, on the same day, met the
        // High Commissioner": the speaker met, not the Council
        int and = andBeforePredicate(v, cue.tokStart());
        CueMatch visitVerb = and < 0 ? null : v.lastCue(CueKind.VISIT, cs, and);
        if (visitVerb == null && and >= 0) {
            visitVerb = v.lastCue(CueKind.ATTENDANCE, cs, and);
        }
        if (visitVerb != null && last != null && last.tokStart() >= visitVerb.tokEnd()) {
            Mention visitor = v.nearestLeft(visitVerb.tokStart(), m -> Roles.AGENT.test(m) && !v.isObject(m)
                    && m.kind() != MentionKind.CITY);
            last = visitor; // none named ("The Minister addressed ..."): not the body addressed
        }
        // "X called on A, ..., and met B": the second predicate shares the first one's subject
        boolean sharedSubject = andBefore >= 0 && !previousSubjects.isEmpty();
        if (last == null && !sharedSubject) {
            return null;
        }
        if (secondPredicate && !sharedSubject) {
            // "she was received by Mr. A, Minister of Foreign Affairs, and held working sessions with ...": the
            // first predicate's subject, unresolved, is this one's too; not Mr. A, who received her
            return null;
        }
        List<Mention> subjects = new ArrayList<>();
        for (Mention m : sharedSubject ? previousSubjects : v.coordinatedLeft(last, Roles.AGENT)) {
            if (!sharedSubject && m != last && v.isObject(m)) {
                continue; // "A met with him, and B held talks with him": "him" is A's guest, not B's fellow host
            }
            if (m != last && m.kind() == MentionKind.PRONOUN
                    && OBJECT_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
                continue; // "During her stay in China, A and B met with her": "her" is no subject
            }
            Mention r = v.resolved(m, Set.of());
            if (r != null && r.id() != null) {
                subjects.add(r);
            }
        }
        previousSubjects = List.copyOf(subjects);
        return subjects;
    }

    /** The "and" that opens a second predicate ending at {@code verb} ("and met", "and, on the same day, met"), or -1. */
    private static int andBeforePredicate(SentenceView v, int verb) {
        if (v.tokenIs(verb - 1, "and")) {
            return verb - 1;
        }
        if (!v.tokenIs(verb - 1, ",")) {
            return -1;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - MAX_AND_ADVERBIAL); k--) {
            if (v.tokenIs(k, ",") && v.tokenIs(k - 1, "and")) {
                return k - 1;
            }
            if (!v.token(k).isWord() && !v.token(k).isNumber()) {
                return -1;
            }
        }
        return -1;
    }

    /** The "and" right before the verb, past an adverbial ("and later that day held"), else -1. */
    private static int andBeforeAdverbial(SentenceView v, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 5); k--) {
            if (v.tokenIs(k, "and")) {
                return k;
            }
            if (!ADVERBIAL_WORDS.contains(v.token(k).norm())) {
                return -1;
            }
        }
        return -1;
    }
}
