package io.rapporteur.catalog.health;

import io.rapporteur.catalog.consume.CatalogConsumer;
import io.rapporteur.catalog.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the consumer is applying records and the relay is publishing; DOWN while either waits for a dependency. */
@Readiness
@ApplicationScoped
public class CatalogReadiness implements HealthCheck {

    private final CatalogConsumer consumer;
    private final OutboxRelay relay;

    public CatalogReadiness(CatalogConsumer consumer, OutboxRelay relay) {
        this.consumer = consumer;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        CatalogConsumer.State state = consumer.state();
        return HealthCheckResponse.named("catalog-pipeline")
                .status(state == CatalogConsumer.State.RUNNING && relay.healthy())
                .withData("consumer", state.name())
                .withData("detail", consumer.stateDetail())
                .withData("outboxRelay", relay.healthy() ? "UP" : "RETRYING")
                .build();
    }
}
