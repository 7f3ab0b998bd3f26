package io.rapporteur.extractor.kb;

import io.rapporteur.extractor.segment.Token;
import io.rapporteur.extractor.segment.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PhraseTrieTest {

    private static PhraseTrie.Match<String> at(PhraseTrie<String> trie, String text, int token) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        return trie.longestAt(tokens, token);
    }

    @Test
    void longestMatchWinsAndHyphensAreOptional() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add("Vice-Premier", "short");
        trie.add("Vice-Premier of the State Council", "long");
        assertEquals("long", at(trie, "Vice Premier of the State Council Qian", 0).value());
        assertEquals("short", at(trie, "Vice-Premier Qian", 0).value());
    }

    @Test
    void acronymsMatchExactlyAndCapitalisedPhrasesNeedACapital() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add("US", "USA");
        trie.add("Chad", "TCD");
        assertNull(at(trie, "let us go", 1));
        assertEquals("USA", at(trie, "the US side", 1).value());
        assertNull(at(trie, "a chad", 1));
    }

    @Test
    void wildcardMatchesOneWord() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add("paid a * visit to", "VISIT");
        assertEquals("VISIT", at(trie, "paid a state visit to Japan", 0).value());
        assertEquals(5, at(trie, "paid a state visit to Japan", 0).end());
    }

    @Test
    void aTrailingHyphenIsNotPartOfTheMatch() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add("China", "CHN");
        PhraseTrie.Match<String> m = at(trie, "China-US dialogue", 0);
        assertEquals(1, m.end());
    }
}
