package io.rapporteur.testsupport;

import io.rapporteur.testsupport.kafka.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaBrokerTest {

    @Test
    void recordsSurviveABrokerRestart() throws Exception {
        try (KafkaBroker broker = KafkaBroker.ephemeral().start()) {
            send(broker, "before-restart");
            broker.stop();
            broker.start();
            send(broker, "after-restart");
            assertEquals(List.of("before-restart", "after-restart"), readAll(broker, 2));
        }
    }

    @Test
    void anEphemeralBrokerLeavesNoDirectoryBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = listing(tmp);
        Path logDir;
        try (KafkaBroker broker = KafkaBroker.ephemeral().start()) {
            logDir = broker.logDir();
            send(broker, "one");
            broker.stop();
            broker.start();
        }
        assertFalse(Files.exists(logDir), "the broker's log directory is deleted on close");
        Set<Path> left = listing(tmp);
        left.removeAll(before);
        left.removeIf(p -> !p.getFileName().toString().contains("kafka"));
        assertEquals(Set.of(), left, "directories a broker start left in " + tmp);
    }

    private static Set<Path> listing(Path dir) throws Exception {
        try (var entries = Files.list(dir)) {
            return entries.collect(Collectors.toCollection(HashSet::new));
        }
    }

    private static void send(KafkaBroker broker, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("restart-test", "k", value)).get();
        }
    }

    private static List<String> readAll(KafkaBroker broker, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("restart-test"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
