package io.rapporteur.extractor.rules;

import java.util.List;

/** Reads the facts of one type from one sentence. Rules are stateless; the discourse travels in the view. */
public interface Rule {
    void apply(SentenceView sentence, List<FactDraft> out);
}
