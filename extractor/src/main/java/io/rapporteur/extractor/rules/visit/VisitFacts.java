package io.rapporteur.extractor.rules.visit;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.function.Predicate;

/**
 * What every reader of visits shares: who may be a visitor, a city's state as the destination, a visit's draft and
 * the invitation the host's government extended for it.
 */
final class VisitFacts {

    private VisitFacts() {
    }

    /** The cue value of the host's view of a visit: "received a visit by". */
    static final String RECEIVED = "RECEIVED";

    /** Who may visit: a person, an international body or a national one (a state's visit is its delegation's). */
    static final Predicate<Mention> VISITOR = m -> m.kind() == MentionKind.PERSON
            || m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY;

    /** A visit of {@code visitor} to {@code destination}, held unless said otherwise. */
    static FactDraft visitOf(Mention visitor, Mention destination) {
        return new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", destination);
    }

    /** A visit to a city is a visit to its state. */
    static Mention asState(Mention destination) {
        return destination.kind() == MentionKind.CITY
                ? destination.withId(destination.country(), MentionKind.STATE) : destination;
    }

    /**
     * "At the invitation of the Government": a cue that names no inviter of its own (not "at the invitation of X") is
     * the host's invitation, which {@code fact} takes, the cue's words as the host's name. Nothing otherwise.
     */
    static void invitedByTheHost(SentenceView v, FactDraft fact, CueMatch invited, String host) {
        if (invited != null && !"OF".equals(invited.value(CueKind.INVITED_BY))) {
            fact.fields.put("invitedBy", new EntityRef(host, v.doc.substring(invited.start(), invited.end())));
        }
    }

    /**
     * The date written right after a visitor, past the holder's name set off by commas ("the Independent Expert on
     * minority issues, Ms. Gay McDougall, from 5 to 15 July"); null if none.
     */
    static DateMention ownDateAfter(SentenceView v, Mention visitor, int ce) {
        int k = visitor.tokEnd();
        if (v.tokenIs(k, ",")) {
            final int at = k + 1;
            Mention holder = v.firstRight(at, at + 2, m -> m.kind() == MentionKind.PERSON && m.tokStart() <= at + 1);
            if (holder != null && (v.tokenIs(holder.tokEnd(), ",") || v.tokenIs(holder.tokEnd(), "("))) {
                k = holder.tokEnd();
            }
        }
        return ownDateAt(v, k, ce);
    }

    /**
     * A visitor's own date, starting at token {@code k} past a comma and "in", "on" or "from" ("of A in October 2017",
     * "B, in June 2004", "and C from 3 to 12 September"); else null.
     */
    static DateMention ownDateAt(SentenceView v, int k, int ce) {
        int in = v.tokenIs(k, ",") || v.tokenIs(k, "(") ? k + 1 : k; // (also in brackets: "the Working Group (9 to 18 November 2015)")
        final int from = v.tokenIs(in, "in") || v.tokenIs(in, "on") || v.tokenIs(in, "from") ? in + 1 : in;
        return v.datesIn(from, ce).stream().filter(d -> d.iso() != null
                        && (v.tokenAt(d.start()) == from || v.tokenAt(d.start()) == from - 1)) // (a span's "from")
                .findFirst().orElse(null);
    }
}
