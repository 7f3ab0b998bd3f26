package io.rapporteur.extractor.rules.membership;

import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.SentenceView;

/**
 * Where a sentence names the body a member joins, told from the bodies it names for other reasons (the electors, the
 * owner of a session), and the body a sentence leaves out (the committee the release is about, the election just
 * reported).
 */
final class Bodies {

    /** The most tokens from a verb to the body it joins: "was elected to the 47-member Human Rights Council". */
    static final int BODY_WINDOW = 10;

    /** The most adjective words between "of the" and a body: "of the newly established UN Human Rights Council". */
    private static final int MAX_BODY_ADJECTIVES = 3;

    private Bodies() {
    }

    /** Whether "of" (then "the" and lower-case words) stands right before the body. */
    static boolean ofBefore(SentenceView v, Mention body) {
        for (int k = body.tokStart() - 1; k >= Math.max(0, body.tokStart() - 2 - MAX_BODY_ADJECTIVES); k--) {
            if (v.tokenIs(k, "of")) {
                return true;
            }
            if (!v.token(k).isWord() || v.token(k).isCapitalised() && !v.tokenIs(k, "the")) {
                return false;
            }
        }
        return false;
    }

    /** "to the Geneva-based Human Rights Council", "to the 47-member Council": "to" a few words before, no comma. */
    static boolean toPastAdjectives(SentenceView v, int tok) {
        for (int k = tok - 1; k >= Math.max(0, tok - 6); k--) {
            if (v.tokenIs(k, "to")) {
                return v.tokenIs(k + 1, "the");
            }
            if (v.tokenIs(k, ",") || v.tokenIs(k, "by")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a body is named as the owner of a session or meeting ("at the 63rd Session of the UN General Assembly"). */
    static boolean sessionOwner(SentenceView v, Mention body) {
        int of = v.tokenIs(body.tokStart(), "the") ? body.tokStart() - 1 : v.tokenIs(body.tokStart() - 1, "the")
                ? body.tokStart() - 2 : body.tokStart() - 1;
        return v.tokenIs(of, "of") && (v.tokenIs(of - 1, "session") || v.tokenIs(of - 1, "meeting")
                || v.tokenIs(of - 1, "sessions"));
    }

    /** The committee whose release this is, else the body last the subject of a sentence, as a mention at [from, to). */
    static Mention bodyTheTextIsAbout(SentenceView v, int from, int to) {
        String id = v.discourse.committee() != null ? v.discourse.committee() : v.discourse.lastSubjectBody();
        return id == null ? null : v.inferred(MentionKind.ORG, id, from, to);
    }

    /**
     * The body of an election reported before, as the words at [tokStart, tokEnd) stand for it ("Those elected", the
     * verb): under its name as written before.
     */
    static Mention ofTheElection(SentenceView v, Discourse.Election election, int tokStart, int tokEnd) {
        return ofTheElection(election, tokStart, tokEnd, v.token(tokStart).start(), v.token(tokEnd - 1).end());
    }

    /** The body of an election reported before, standing at these tokens and characters. */
    static Mention ofTheElection(Discourse.Election election, int tokStart, int tokEnd, int start, int end) {
        return new Mention(MentionKind.ORG, election.body(), tokStart, tokEnd, start, end, election.bodyText(), null,
                null, true);
    }
}
