package io.rapporteur.ingest.extraction;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionIdsTest {

    static final String DOC = "doc-0123456789abcdef0123";

    static Fact ratification(String date, String evidence, String actorText) {
        return new Fact(null, FactType.TREATY_ACTION,
                Map.of("action", "RATIFICATION", "actor", new EntityRef("CHN", actorText),
                        "treaty", new EntityRef("treaty:ICESCR", "the Covenant")),
                date, null, evidence, null, 0.9, null, "test");
    }

    @Test
    void eachFactGetsItsMentionId() {
        Fact fact = ratification("2001-03-27", "China ratified the Covenant on 27 March 2001.", "China");
        List<Fact> identified = MentionIds.assign(DOC, List.of(fact));
        assertEquals(1, identified.size());
        assertTrue(identified.get(0).id().matches("mnt-[0-9a-f]{20}"));
        assertEquals(FactIdentity.mentionId(DOC, fact), identified.get(0).id());
        assertNotEquals(FactIdentity.mentionId("doc-ffffffffffffffffffff", fact), identified.get(0).id(),
                "the same fact in another document is another mention");
    }

    @Test
    void theSameFactTwiceInOneDocumentIsKeptOnceTheFirstTime() {
        Fact first = ratification("2001-03-27", "China ratified the Covenant on 27 March 2001.", "China");
        // the same key fields, said again later in other words
        Fact again = ratification("2001-03-27", "The PRC's ratification of the Covenant (27 March 2001) ...", "the PRC");
        Fact other = ratification("2001-02-28", "The NPC Standing Committee approved it on 28 February 2001.", "China");
        List<Fact> identified = MentionIds.assign(DOC, List.of(first, again, other));
        assertEquals(2, identified.size());
        assertEquals(first.evidence(), identified.get(0).evidence());
        assertEquals(other.evidence(), identified.get(1).evidence());
    }

    @Test
    void noFactsNoMentions() {
        assertEquals(List.of(), MentionIds.assign(DOC, List.of()));
    }
}
