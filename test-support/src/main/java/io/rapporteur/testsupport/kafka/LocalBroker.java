package io.rapporteur.testsupport.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The broker of {@code ./rapporteur up}: one KRaft process on a fixed port, data kept in a directory across runs.
 * Usage: {@code java -cp ... io.rapporteur.testsupport.kafka.LocalBroker [--port 9092] [--data-dir DIR]}.
 */
public final class LocalBroker {

    private LocalBroker() {
    }

    public static void main(String[] args) throws Exception {
        int port = 9092;
        Path dataDir = Path.of(".rapporteur", "kafka");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: LocalBroker [--port N] [--data-dir DIR]");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(dataDir);
        KafkaBroker broker = new KafkaBroker(port, dataDir.toAbsolutePath(), false);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "local-broker-shutdown"));
        broker.start();
        System.out.println("Kafka broker (KRaft) ready on " + broker.bootstrapServers() + ", data in " + dataDir);
        Thread.currentThread().join();
    }
}
