package io.rapporteur.extractor;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.extractor.testing.Gold;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** One shared instance, many threads, same answers. */
class ConcurrencyTest {

    @Test
    void theStandardInstanceIsSharedAndThreadSafe() throws Exception {
        assertSame(Extractors.standard(), Extractors.standard());
        String text = Gold.corpus("prc-hr-2000-ch7");
        List<String> alone = render(Extractors.standard().extract(text, DocumentMetadata.NONE));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> render(Extractors.standard().extract(text, DocumentMetadata.NONE))));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> render(List<Fact> facts) {
        return facts.stream().map(f -> FactJson.toJson(f).toString()).toList();
    }
}
