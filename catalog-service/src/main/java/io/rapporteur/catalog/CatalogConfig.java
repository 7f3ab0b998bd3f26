package io.rapporteur.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** The catalog's own settings (prefix {@code catalog.}); every one can be overridden by -D or environment variable. */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    Consumer consumer();

    Topics topics();

    Relay relay();

    interface Consumer {
        @WithName("group-id")
        @WithDefault("rapporteur-catalog")
        String groupId();

        @WithName("max-poll-records")
        @WithDefault("500")
        int maxPollRecords();

        @WithName("poll-timeout")
        @WithDefault("PT0.5S")
        Duration pollTimeout();

        @WithName("retry-initial")
        @WithDefault("PT0.2S")
        Duration retryInitial();

        @WithName("retry-max")
        @WithDefault("PT10S")
        Duration retryMax();

        /**
         * Whether the next batch is read and written while the previous one settles and commits (two transactions in
         * flight, committed in order); false applies one batch at a time.
         */
        @WithName("pipelined")
        @WithDefault("true")
        boolean pipelined();
    }

    interface Topics {
        @WithDefault("3")
        int partitions();
    }

    interface Relay {
        @WithName("batch-size")
        @WithDefault("2000")
        int batchSize();

        /** How long relayed outbox rows stay in the table (for inspection) before the relay deletes them. */
        @WithName("keep-sent")
        @WithDefault("P7D")
        Duration keepSent();

        @WithName("idle-wait")
        @WithDefault("PT0.2S")
        Duration idleWait();

        @WithName("retry-max")
        @WithDefault("PT10S")
        Duration retryMax();
    }
}
