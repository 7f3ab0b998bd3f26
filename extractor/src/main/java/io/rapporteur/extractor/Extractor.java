package io.rapporteur.extractor;

import io.rapporteur.contract.fact.Fact;

import java.util.List;

/**
 * Turns a document's normalised plain text into the facts of FACTS.md.
 * Every fact carries its evidence sentence, provenance spans into {@code text}, a confidence and this extractor's version.
 * Facts come back with a null id: the caller assigns ids (see FactIdentity).
 */
public interface Extractor {

    /** The version recorded on every fact, e.g. "rapporteur-extractor/0.1.0+kb.20". */
    String version();

    /** Never throws on odd input (empty, huge, binary junk, another language): such text gives no facts. */
    List<Fact> extract(String text, DocumentMetadata metadata);
}
