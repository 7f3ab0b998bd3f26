package io.rapporteur.testsupport.kafka;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real single-node Kafka broker in KRaft mode (Kafka's own KafkaRaftServer, through SmallRye's EmbeddedKafkaBroker),
 * running in this JVM. Its port and log directory stay the same across {@link #stop()} and {@link #start()}, so a
 * test can restart the broker and clients reconnect to the same data.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "rapporteur-local-kraft1";

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final boolean deleteOnClose;
    private EmbeddedKafkaBroker broker;

    public KafkaBroker(int port, Path logDir, boolean deleteOnClose) {
        this.port = port == 0 ? freePort() : port;
        this.controllerPort = freePort();
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
    }

    /** A broker on a free port with a fresh temporary log directory, deleted on close. */
    public static KafkaBroker ephemeral() {
        try {
            return new KafkaBroker(0, Files.createTempDirectory("rapporteur-kafka-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized KafkaBroker start() {
        if (broker != null && broker.isRunning()) {
            return this;
        }
        KafkaLogging.quietUnlessConfigured();
        broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withClusterId(CLUSTER_ID)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(props -> {
                    // log.dir as well: without it EmbeddedKafkaBroker makes a temporary directory of its own
                    // on every start, which log.dirs then overrides and nothing ever deletes
                    props.put("log.dir", logDir.toString());
                    props.put("log.dirs", logDir.toString());
                    props.put("num.partitions", "3");
                    props.put("offsets.topic.replication.factor", "1");
                    props.put("transaction.state.log.replication.factor", "1");
                    props.put("transaction.state.log.min.isr", "1");
                    props.put("group.initial.rebalance.delay.ms", "0");
                    props.put("auto.create.topics.enable", "true");
                });
        broker.start();
        return this;
    }

    /** Stops the broker, keeping its data for a later {@link #start()}. */
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public boolean isRunning() {
        return broker != null && broker.isRunning();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logDir() {
        return logDir;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            deleteRecursively(logDir);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
