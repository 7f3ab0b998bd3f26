package io.rapporteur.query.treaties;

import io.rapporteur.contract.data.DataFiles;

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
        for (String[] cols : DataFiles.rows(TreatyStandings.class, "treaty-actions.tsv")) {
            byAction.put(cols[0].trim(), cols[1].trim());
        }
        return Map.copyOf(byAction);
    }
}
