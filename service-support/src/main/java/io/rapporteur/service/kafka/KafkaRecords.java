package io.rapporteur.service.kafka;

import io.rapporteur.contract.events.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.util.LinkedHashMap;
import java.util.Map;

/** CloudEvents in Kafka binary mode: ce_* headers and a JSON body. */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    public static ProducerRecord<String, String> cloudEvent(String topic, String key, CloudEvent event, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        event.toHeaders().forEach((name, value) -> record.headers().add(name, value));
        return record;
    }

    public static Map<String, byte[]> headers(ConsumerRecord<?, ?> record) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }

    /** The record's CloudEvents attributes; throws IllegalArgumentException when they are missing or broken. */
    public static CloudEvent cloudEventOf(ConsumerRecord<?, ?> record) {
        return CloudEvent.fromHeaders(headers(record));
    }
}
