package io.rapporteur.ingest.submission;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to an accepted submission or withdrawal request: the document id and where to follow it. The links point
 * to the query API, which serves the document and its facts once the pipeline has processed it.
 */
public record AcceptedDocument(String id, String title, String status, Map<String, String> links) {

    public static final String ACCEPTED = "accepted";
    public static final String WITHDRAWAL_REQUESTED = "withdrawal-requested";

    static AcceptedDocument accepted(String id, String title) {
        return new AcceptedDocument(id, title, ACCEPTED, links(id));
    }

    static AcceptedDocument withdrawalRequested(String id) {
        return new AcceptedDocument(id, null, WITHDRAWAL_REQUESTED, links(id));
    }

    static String location(String id) {
        return "/api/documents/" + id;
    }

    private static Map<String, String> links(String id) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", location(id));
        links.put("facts", "/api/facts?document=" + id);
        return links;
    }
}
