package io.rapporteur.query.http;

/** The export media types of the list endpoints. */
public final class MediaTypes {
    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    private MediaTypes() {
    }
}
