package io.rapporteur.ingest.kafka;

import io.quarkus.runtime.Startup;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.service.kafka.TopicSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The plain Kafka clients of the ingest service: one shared, idempotent producer (thread-safe, used by the HTTP
 * resources and the extraction worker alike) and a factory for the worker's consumers. Creates the topics the service
 * writes to before anything is sent, so that partition counts are ours and not the broker's defaults.
 */
@ApplicationScoped
public class KafkaClients {

    private static final Logger LOG = Logger.getLogger(KafkaClients.class);

    /** The topics this service produces to or consumes from. */
    public static final List<String> TOPICS = List.of(Topics.DOCUMENTS, Topics.FACTS, Topics.DLQ_EXTRACTION);

    /** Room for the largest document we accept (5 MB of text, more as JSON with escapes) in one record. */
    static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private final String bootstrapServers;
    private final int partitions;
    private final Duration publishTimeout;
    private final int linger;

    KafkaClients(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                 @ConfigProperty(name = "rapporteur.ingest.producer-linger-ms", defaultValue = "0") int linger,
                 @ConfigProperty(name = "rapporteur.ingest.topic-partitions", defaultValue = "3") int partitions,
                 @ConfigProperty(name = "rapporteur.ingest.publish-timeout", defaultValue = "10s") Duration publishTimeout) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.publishTimeout = publishTimeout;
        this.linger = linger;
    }

    /** Runs before the worker starts (it observes StartupEvent later) because the producer is created eagerly here. */
    @Produces
    @Singleton
    @Startup(10)
    Producer<String, String> producer() {
        TopicSetup.ensure(bootstrapServers, partitions, TOPICS);
        TopicLimits.raiseMessageLimit(bootstrapServers, TOPICS, MAX_RECORD_BYTES);
        LOG.infof("topics %s ready on %s", TOPICS, bootstrapServers);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "rapporteur-ingest");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // A whole document travels in one record: allow the largest document we accept, with room for the JSON.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Every send is awaited by someone (a POST waiting to answer 202, the worker before it commits): send at once
        // instead of lingering for company (the client's default since Kafka 4.0 is 5 ms). Batches still form while
        // requests are in flight.
        props.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        // A request thread must not hang on a broker that is away: fail fast and let the client retry.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) publishTimeout.toMillis());
        return new KafkaProducer<>(props);
    }

    void close(@Disposes Producer<String, String> producer) {
        producer.close(Duration.ofSeconds(5));
    }

    /**
     * A new consumer of the given group, with manual commits: the caller commits once its work is durable.
     *
     * @param maxPollInterval how long one batch may take before the group gives its partitions to another member
     */
    public KafkaConsumer<String, String> consumer(String groupId, int maxPollRecords, Duration maxPollInterval) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords,
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) maxPollInterval.toMillis(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_RECORD_BYTES,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    public Duration publishTimeout() {
        return publishTimeout;
    }
}
