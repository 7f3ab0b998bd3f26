package io.rapporteur.extractor.kb;

/** One meaning of a cue phrase: its kind and the value the rules read (an action code, a format, a status...). */
public record Cue(CueKind kind, String value) {
}
