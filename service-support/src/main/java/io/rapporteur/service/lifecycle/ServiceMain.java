package io.rapporteur.service.lifecycle;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every service. Before Quarkus starts, it turns off Quarkus's own check of request targets, which
 * answers a target that is not a valid URI (a stray {@code %} in a path or query) with an empty 400 before any route
 * sees it. The router then refuses such a request itself, and {@code MalformedRequests} answers it with a
 * problem+json body like every other bad input. The check is a JVM system property read once, when Quarkus's HTTP
 * classes load: it cannot come from application.properties.
 */
@QuarkusMain
public final class ServiceMain {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private ServiceMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION_OFF) == null) {
            System.setProperty(URI_VALIDATION_OFF, "true");
        }
        Quarkus.run(args);
    }
}
