package io.rapporteur.query.http;

import io.rapporteur.service.problem.ProblemException;

/** Page sizes of the list endpoints. */
public final class Limits {
    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private Limits() {
    }

    public static int pageSize(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest("limit '" + limit + "' must be a whole number from 1 to " + MAX);
    }

    /** Exports stream everything unless a limit is asked for. 0 = no limit. */
    public static int exportSize(String limit) {
        return limit == null || limit.isBlank() ? 0 : pageSize(limit);
    }
}
