package io.rapporteur.catalog.pipeline;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.rapporteur.catalog.pipeline.Documents.exchange;
import static io.rapporteur.catalog.pipeline.Documents.ref;

/**
 * A run of documents for fault tests: document i states one fact of its own (a meeting with delegate i) and one of
 * {@code shared} facts that several documents state (round k of a dialogue), so the expected numbers of documents,
 * mentions and canonical facts, and the mentions of each canonical fact, are known in advance.
 */
final class Workload {

    final List<Documents> documents = new ArrayList<>();
    /** canonical id -> number of documents that state it */
    final Map<String, Integer> expectedMentions = new HashMap<>();

    Workload(String tag, int count, int shared) {
        for (int i = 0; i < count; i++) {
            int round = i % shared + 1;
            Documents document = new Documents("Fault run " + tag + " #" + i)
                    .says("Delegate " + i + " of run " + tag + " met Chinese officials in 2000.", FactType.MEETING,
                            Map.of("participants", List.of(ref("person:delegate-" + tag + "-" + i, "Delegate " + i),
                                    ref("CHN", "Chinese"))), "2000", 0.9)
                    .says("China and host " + tag + " held round " + round + " of their dialogue in 2001 (" + i + ").",
                            FactType.EXCHANGE, exchange("DIALOGUE", round, ref("CHN", "China"),
                                    ref("person:host-" + tag, "host " + tag)), "2001", 0.5 + (i % 5) / 10.0);
            documents.add(document);
            document.facts().forEach(f -> expectedMentions.merge(FactIdentity.canonicalId(f), 1, Integer::sum));
        }
    }

    int mentionTotal() {
        return documents.size() * 2;
    }
}
