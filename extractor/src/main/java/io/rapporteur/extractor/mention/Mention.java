package io.rapporteur.extractor.mention;

import io.rapporteur.contract.fact.EntityRef;

/**
 * An entity mentioned in a sentence.
 *
 * @param kind        what it is
 * @param id          canonical id (null for titles and unresolved pronouns)
 * @param tokStart    first token
 * @param tokEnd      token after the last
 * @param start       char offset in the document
 * @param end         char offset in the document
 * @param text        the surface form
 * @param country     ISO3 of the state it belongs to (a state, a city, a national body), else null
 * @param affiliation for a person or an office: the org id they speak for, if known
 * @param inferred    resolved from an anaphor ("the former covenant", "It"), not named
 */
public record Mention(MentionKind kind, String id, int tokStart, int tokEnd, int start, int end, String text,
                      String country, String affiliation, boolean inferred) {

    public EntityRef ref() {
        return new EntityRef(id, text);
    }

    public boolean isStateLike() {
        return kind == MentionKind.STATE || kind == MentionKind.NATIONAL_BODY;
    }

    /** The state that acts when this mention acts: a state itself, or the state of a national body. */
    public String actingState() {
        return kind == MentionKind.STATE ? id : kind == MentionKind.NATIONAL_BODY ? country : null;
    }

    public Mention withId(String newId, MentionKind newKind) {
        return new Mention(newKind, newId, tokStart, tokEnd, start, end, text, country, affiliation, true);
    }

    /** This entity, as referred to by the pronoun or anaphor at {@code other}'s place. */
    public Mention widenTo(Mention other) {
        return new Mention(kind, id, other.tokStart, other.tokEnd, other.start, other.end, other.text, country,
                affiliation, true);
    }
}
