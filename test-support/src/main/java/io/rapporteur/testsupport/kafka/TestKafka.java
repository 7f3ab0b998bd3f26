package io.rapporteur.testsupport.kafka;

/**
 * The broker shared by every test of one JVM: started on first use, stopped when the JVM exits.
 * Starting a KRaft broker takes about two seconds, so tests share one and keep apart by topic, group and database.
 */
public final class TestKafka {

    private static KafkaBroker broker;

    private TestKafka() {
    }

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.ephemeral().start();
            KafkaBroker started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-kafka-shutdown"));
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }
}
