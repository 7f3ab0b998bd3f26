package io.rapporteur.extractor.segment;

import io.rapporteur.extractor.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(KnowledgeBase.load().abbreviations());

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("Mr. Türk met the U.N. envoy in St. Gallen.", "He left."),
                split("Mr. Türk met the U.N. envoy in St. Gallen. He left."));
        assertEquals(List.of("Convention No. 138 was ratified by J. Smith.", "Next."),
                split("Convention No. 138 was ratified by J. Smith. Next."));
    }

    @Test
    void aPlaceAbbreviationEndsASentenceBeforeACapital() {
        assertEquals(List.of("The dialogue took place in Washington, D.C.", "China also held talks with Russia."),
                split("The dialogue took place in Washington, D.C. China also held talks with Russia."));
        assertEquals(List.of("It met in Washington, D.C., on 5 May."), split("It met in Washington, D.C., on 5 May."));
    }

    @Test
    void headingsAndParagraphsAreSeparate() {
        String text = "VII. Actively Carrying Out Exchanges\n\nChina held talks. It went well.\n\nNew paragraph here.";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(4, sentences.size());
        assertTrue(sentences.get(0).heading());
        assertEquals("VII. Actively Carrying Out Exchanges", sentences.get(0).text(text));
        assertEquals(sentences.get(1).paragraph(), sentences.get(2).paragraph());
        assertTrue(sentences.get(3).paragraph() > sentences.get(2).paragraph());
    }

    @Test
    void proseWrappedAtAFixedWidthIsNoHeading() {
        String text = "The tenth round took place in Beijing in\nSeptember 2000. In 2001, the High Commissioner, Mary\n"
                + "Robinson, visited China.\nUN rights chief wraps up visit\nGENEVA - The visit ended.";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(List.of("The tenth round took place in Beijing in\nSeptember 2000.",
                "In 2001, the High Commissioner, Mary\nRobinson, visited China.", "UN rights chief wraps up visit",
                "GENEVA - The visit ended."), sentences.stream().map(x -> x.text(text)).toList());
        assertTrue(sentences.get(2).heading());
        assertEquals(List.of(false, false, true, false), sentences.stream().map(Sentence::heading).toList());
    }

    @Test
    void bulletsAreItemsOfTheirOwnUnderTheirHeading() {
        String text = "2015\n- 1 October 2015: Resolution 30/1 is adopted\n- 9-18 November 2015: The Working Group visits"
                + "\n\u2022 10 December 2015: Nepal signs the Convention.\n\nA closing line - not a list.";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(List.of("2015", "1 October 2015: Resolution 30/1 is adopted", "9-18 November 2015: The Working Group visits",
                "10 December 2015: Nepal signs the Convention.", "A closing line - not a list."),
                sentences.stream().map(x -> x.text(text)).toList());
        assertTrue(sentences.get(0).heading());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one.  Second one?\nThird!";
        for (Sentence s : splitter.split(text)) {
            assertEquals(s.text(text).strip(), s.text(text));
        }
        assertEquals(List.of("First one.", "Second one?", "Third!"), split(text));
    }
}
