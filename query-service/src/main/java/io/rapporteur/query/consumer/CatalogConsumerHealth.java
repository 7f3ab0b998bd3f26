package io.rapporteur.query.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the catalog consumer is polling and its last batch reached the database. */
@Readiness
@ApplicationScoped
public class CatalogConsumerHealth implements HealthCheck {

    @Inject
    CatalogConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("catalog-consumer").status(consumer.healthy()).build();
    }
}
