package io.rapporteur.ingest.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The service is not alive if its extraction loop has died: documents would pile up unread. */
@Liveness
@ApplicationScoped
public class ExtractionWorkerHealth implements HealthCheck {

    private final ExtractionWorker worker;

    ExtractionWorkerHealth(ExtractionWorker worker) {
        this.worker = worker;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("extraction-worker")
                .status(worker.healthy())
                .withData("enabled", worker.enabled());
        if (worker.lastFailure() != null) {
            response.withData("lastFailure", worker.lastFailure());
        }
        return response.build();
    }
}
