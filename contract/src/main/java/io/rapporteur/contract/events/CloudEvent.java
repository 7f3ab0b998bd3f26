package io.rapporteur.contract.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * CloudEvents 1.0 attributes in Kafka binary mode: each attribute is a {@code ce_} header, the body is the JSON data.
 */
public record CloudEvent(String id, String type, String source, Instant time, String subject) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static CloudEvent of(String type, String source, String subject) {
        return new CloudEvent(UUID.randomUUID().toString(), type, source, Instant.now(), subject);
    }

    /** Headers to put on the Kafka record, in order. */
    public Map<String, byte[]> toHeaders() {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", bytes(SPEC_VERSION));
        headers.put("ce_id", bytes(id));
        headers.put("ce_type", bytes(type));
        headers.put("ce_source", bytes(source));
        headers.put("ce_time", bytes(time.toString()));
        if (subject != null) {
            headers.put("ce_subject", bytes(subject));
        }
        headers.put("content-type", bytes(CONTENT_TYPE));
        return headers;
    }

    /** Reads the attributes back; throws {@link IllegalArgumentException} when a required one is missing. */
    public static CloudEvent fromHeaders(Map<String, byte[]> headers) {
        String version = string(headers, "ce_specversion");
        if (!SPEC_VERSION.equals(version)) {
            throw new IllegalArgumentException("not a CloudEvents 1.0 record (ce_specversion=" + version + ")");
        }
        String time = string(headers, "ce_time");
        return new CloudEvent(required(headers, "ce_id"), required(headers, "ce_type"), required(headers, "ce_source"),
                time == null ? null : Instant.parse(time), string(headers, "ce_subject"));
    }

    private static String required(Map<String, byte[]> headers, String name) {
        String value = string(headers, name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("CloudEvents header " + name + " is missing");
        }
        return value;
    }

    private static String string(Map<String, byte[]> headers, String name) {
        byte[] value = headers.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
