package io.rapporteur.query.treaties;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a treaty action makes of a state (signatory, party), read from {@code treaty-actions.tsv}. */
public final class TreatyStandings {

    /** Strongest last. */
    private static final List<String> ORDER = List.of("SIGNATORY", "PARTY");
    private static final Map<String, String> BY_ACTION = load();

    private TreatyStandings() {
    }

    /** The strongest standing the actions give, or null when none of them is known. */
    public static String standing(Collection<String> actions) {
        String best = null;
        for (String action : actions) {
            String standing = BY_ACTION.get(action);
            if (standing != null && (best == null || ORDER.indexOf(standing) > ORDER.indexOf(best))) {
                best = standing;
            }
        }
        return best;
    }

    private static Map<String, String> load() {
        Map<String, String> byAction = new HashMap<>();
        try (InputStream in = TreatyStandings.class.getResourceAsStream("treaty-actions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("treaty-actions.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                byAction.put(cols[0].trim(), cols[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byAction);
    }
}
