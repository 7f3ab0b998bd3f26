package io.rapporteur.testsupport.kafka;

import org.jboss.logmanager.Logger;

import java.util.List;
import java.util.logging.Level;

/**
 * Kafka's loggers at INFO when nothing configured them. Outside a Quarkus JVM (the local broker of
 * {@code ./rapporteur up}, the benchmarks) JBoss LogManager enables every level by default, and the broker then
 * formats a TRACE line for every request and record batch only for the handler to drop it: that cost the
 * benchmarks' broker most of a core (and the clients of the benchmarks' Kafka floor a TRACE line per record). A JVM
 * whose logging is configured (a Quarkus test) keeps its own levels.
 */
public final class KafkaLogging {

    private static final List<String> KAFKA_LOGGERS = List.of("kafka", "org.apache.kafka", "state.change.logger");

    private KafkaLogging() {
    }

    public static void quietUnlessConfigured() {
        for (String name : KAFKA_LOGGERS) {
            Logger logger = Logger.getLogger(name);
            if (logger.isLoggable(Level.FINEST)) {
                logger.setLevel(Level.INFO);
            }
        }
    }
}
