package io.rapporteur.extractor.kb;

/**
 * What the knowledge base knows about one gazetteer phrase.
 *
 * @param kind        what it names
 * @param id          canonical id (CHN, org:OHCHR, treaty:ICCPR); for BODY_NAME the body code (MFA); null for titles
 * @param name        canonical name
 * @param office      an office held by one person, whose title can introduce a name
 * @param honorific   "Mr.", "Ms.": may introduce a bare surname
 * @param country     ISO3 of the state a city, national body or state belongs to
 * @param affiliation org id that a title's holder speaks for, if any
 */
public record EntityEntry(EntityKind kind, String id, String name, boolean office, boolean honorific, String country,
                          String affiliation) {

    static EntityEntry of(EntityKind kind, String id, String name) {
        return new EntityEntry(kind, id, name, false, false, null, null);
    }
}
