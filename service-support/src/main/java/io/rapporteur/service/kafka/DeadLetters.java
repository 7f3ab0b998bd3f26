package io.rapporteur.service.kafka;

import io.rapporteur.contract.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parks a record that a consumer cannot read on that consumer's dead-letter topic, with the reason and the origin in
 * headers, and waits for the broker's acknowledgement so that the consumer may then commit past it: nothing is lost.
 */
public final class DeadLetters {

    public static final String ORIGIN_TOPIC = "dead-letter-topic";
    public static final String ORIGIN_PARTITION = "dead-letter-partition";
    public static final String ORIGIN_OFFSET = "dead-letter-offset";

    private final Producer<String, String> producer;
    private final String deadLetterTopic;

    public DeadLetters(Producer<String, String> producer, String deadLetterTopic) {
        this.producer = producer;
        this.deadLetterTopic = deadLetterTopic;
    }

    public void park(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> parked = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        for (Header header : record.headers()) {
            parked.headers().add(header.key(), header.value());
        }
        parked.headers().add(Topics.DLQ_REASON_HEADER, bytes(reason == null ? "unknown" : reason));
        parked.headers().add(ORIGIN_TOPIC, bytes(record.topic()));
        parked.headers().add(ORIGIN_PARTITION, bytes(Integer.toString(record.partition())));
        parked.headers().add(ORIGIN_OFFSET, bytes(Long.toString(record.offset())));
        try {
            producer.send(parked).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a record", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not park a record on " + deadLetterTopic, e);
        }
    }

    public String topic() {
        return deadLetterTopic;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
