package io.rapporteur.ingest.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A whole document (up to 5 MB of text) travels in one record, and so do all its facts; the broker's default record
 * limit is 1 MB. Raises {@code max.message.bytes} on our topics, whoever created them (every service creates the topics
 * it uses, without per-topic settings). Setting it again to the same value changes nothing.
 */
final class TopicLimits {

    private TopicLimits() {
    }

    static void raiseMessageLimit(String bootstrapServers, Collection<String> topics, int maxMessageBytes) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
            AlterConfigOp set = new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxMessageBytes)),
                    AlterConfigOp.OpType.SET);
            for (String topic : topics) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(set));
            }
            admin.incrementalAlterConfigs(changes).all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while configuring topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not raise max.message.bytes on " + topics + ": " + e, e);
        }
    }
}
