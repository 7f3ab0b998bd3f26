package io.rapporteur.catalog.api;

import io.rapporteur.service.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a list in key order, with an opaque cursor for the next page (null on the last page).
 * The cursor is the last key served, base64url-encoded: stable under inserts, unlike an offset.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** The page size asked for (null: the default); anything but a whole number from 1 to the maximum is a 400. */
    public static int limit(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(requested.trim());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit '" + requested + "' must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    public static String encodeCursor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key after which the page starts, or null for the first page. */
    public static String decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("cursor '" + cursor + "' is not one this API gave out; use nextCursor as returned");
        }
    }
}
