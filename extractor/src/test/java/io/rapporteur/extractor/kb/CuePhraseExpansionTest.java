package io.rapporteur.extractor.kb;

import io.rapporteur.extractor.segment.Token;
import io.rapporteur.extractor.segment.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CuePhraseExpansionTest {

    @Test
    void alternativesAndWildcardRangesStandForEveryCombination() {
        List<String> phrases = KnowledgeBase.expanded("at the {end,close} of {a,her} *{0-1} visit");
        assertEquals(8, phrases.size());
        assertTrue(phrases.contains("at the end of a visit"));
        assertTrue(phrases.contains("at the close of her * visit"));
    }

    @Test
    void aPlainPhraseStandsForItself() {
        assertEquals(List.of("paid a visit to"), KnowledgeBase.expanded("paid a visit to"));
    }

    @Test
    void theEndOfAVisitIsMatchedWhateverWordsStandBetween() {
        String text = "at the end of her first official visit to Peru";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        PhraseTrie.Match<List<Cue>> match = KnowledgeBase.load().cues().longestAt(tokens, 0);
        assertEquals(9, match.end()); // through "to", before "Peru"
        assertTrue(match.value().contains(new Cue(CueKind.VISIT, "HELD")));
    }
}
