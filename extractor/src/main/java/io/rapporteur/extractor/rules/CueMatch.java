package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.kb.Cue;
import io.rapporteur.extractor.kb.CueKind;

import java.util.List;

/** A cue phrase found in a sentence, with all its meanings (e.g. "signed": a treaty action or an agreement). */
public record CueMatch(List<Cue> meanings, int tokStart, int tokEnd, int start, int end) {

    public boolean is(CueKind kind) {
        return value(kind) != null;
    }

    /** The value of the meaning of that kind, or null when the phrase has no such meaning. */
    public String value(CueKind kind) {
        for (Cue cue : meanings) {
            if (cue.kind() == kind) {
                return cue.value();
            }
        }
        return null;
    }
}
