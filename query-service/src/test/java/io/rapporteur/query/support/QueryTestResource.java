package io.rapporteur.query.support;

/** Every test class names the same resources, so that Quarkus starts the service (and its database) once. */
public final class QueryTestResource {
    public static final String DATABASE = "query";

    private QueryTestResource() {
    }
}
