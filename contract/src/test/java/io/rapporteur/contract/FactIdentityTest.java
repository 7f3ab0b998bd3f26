package io.rapporteur.contract;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.contract.ids.TextFolding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactIdentityTest {

    private static Fact dialogue(List<EntityRef> participants, Integer ordinal, String date, String topic, String evidence) {
        return new Fact(null, FactType.EXCHANGE,
                ordinal == null
                        ? Map.of("format", "DIALOGUE", "participants", participants, "topic", topic)
                        : Map.of("format", "DIALOGUE", "participants", participants, "ordinal", ordinal, "topic", topic),
                date, null, evidence, null, 1.0, null, null);
    }

    private static final EntityRef CHINA = new EntityRef("CHN", "China");
    private static final EntityRef EU = new EntityRef("org:EU", "the European Union");

    @Test
    void participantsCompareAsASetAndSlotsAndSurfaceFormsDoNotCount() {
        Fact a = dialogue(List.of(CHINA, EU), 9, "2000-02", "human rights", "one sentence");
        Fact b = dialogue(List.of(new EntityRef("org:EU", "the EU"), new EntityRef("CHN", "Beijing")), 9, "2000-02",
                "judicial", "another sentence");
        assertEquals(FactIdentity.canonicalId(a), FactIdentity.canonicalId(b));
    }

    @Test
    void theDateIsPartOfTheIdentityButNotOfTheUndatedKey() {
        Fact february = dialogue(List.of(CHINA, EU), 9, "2000-02", "human rights", "x");
        Fact march = dialogue(List.of(CHINA, EU), 9, "2000-03", "human rights", "x");
        assertNotEquals(FactIdentity.canonicalId(february), FactIdentity.canonicalId(march));
        assertEquals(FactIdentity.undatedKey(february), FactIdentity.undatedKey(march));
    }

    @Test
    void theOrdinalSeparatesRounds() {
        assertNotEquals(FactIdentity.canonicalId(dialogue(List.of(CHINA, EU), 9, "2000", "human rights", "x")),
                FactIdentity.canonicalId(dialogue(List.of(CHINA, EU), 10, "2000", "human rights", "x")));
    }

    @Test
    void mentionIdsDependOnTheDocument() {
        Fact fact = dialogue(List.of(CHINA, EU), 9, "2000-02", "human rights", "x");
        assertNotEquals(FactIdentity.mentionId("doc-a", fact), FactIdentity.mentionId("doc-b", fact));
        assertEquals(FactIdentity.mentionId("doc-a", fact), FactIdentity.mentionId("doc-a", fact));
    }

    @Test
    void bothIdsOfAMentionAtOnceAreTheIdsComputedOneByOne() {
        Fact fact = dialogue(List.of(CHINA, EU), 12, "2003-02", "human rights", "x");
        FactIdentity.MentionIds ids = FactIdentity.mentionIds("doc-a", fact);
        assertEquals(FactIdentity.mentionId("doc-a", fact), ids.mentionId());
        assertEquals(FactIdentity.canonicalId(fact), ids.canonicalId());
        assertTrue(ids.mentionId().startsWith("mnt-") && ids.canonicalId().startsWith("fct-"));
    }

    @Test
    void foldingIgnoresCasePunctuationAndWhiteSpace() {
        assertEquals("sino african cooperative forum beijing declaration",
                TextFolding.fold("Sino- African  Cooperative Forum, Beijing Declaration."));
    }

    @Test
    void documentIdsAreContentAddressed() {
        String id = DocumentIds.of("China held the ninth dialogue.\n\nIt went well.");
        assertEquals(id, DocumentIds.of("  China held the ninth  dialogue.\nIt went well. "));
        assertNotEquals(id, DocumentIds.of("China held the tenth dialogue.\n\nIt went well."));
        assertTrue(DocumentIds.looksLikeId(id), id);
    }
}
