package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;

import java.util.function.Predicate;

/** Which mentions may fill which roles. */
public final class Roles {

    private Roles() {
    }

    /** States, and national bodies acting for their state. */
    public static final Predicate<Mention> STATE_ACTOR = Mention::isStateLike;

    /** Sides of an exchange or an agreement: states, international and national bodies. */
    public static final Predicate<Mention> PARTY = m -> m.kind() == MentionKind.STATE || m.kind() == MentionKind.ORG
            || m.kind() == MentionKind.NATIONAL_BODY;

    /** Someone who acts: a person (or a pronoun for one), a body or a state. */
    public static final Predicate<Mention> AGENT = m -> m.kind() == MentionKind.PERSON || m.kind() == MentionKind.PRONOUN
            || PARTY.test(m);

    public static final Predicate<Mention> TREATY = m -> m.kind() == MentionKind.TREATY;

    public static final Predicate<Mention> DESTINATION = m -> m.kind() == MentionKind.STATE || m.kind() == MentionKind.CITY;
}
