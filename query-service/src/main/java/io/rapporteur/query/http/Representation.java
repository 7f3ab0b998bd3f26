package io.rapporteur.query.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** What a list endpoint answers with, chosen from the Accept header: JSON pages unless CSV or NDJSON is preferred. */
public enum Representation {
    JSON, CSV, NDJSON;

    public static Representation of(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return JSON;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardSubtype()) {
                return JSON;
            }
            if (accepted.isCompatible(MediaType.valueOf(MediaTypes.NDJSON)) && !accepted.isWildcardSubtype()) {
                return NDJSON;
            }
            if (accepted.isCompatible(MediaType.valueOf(MediaTypes.CSV))) {
                return CSV;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
        }
        return JSON;
    }
}
