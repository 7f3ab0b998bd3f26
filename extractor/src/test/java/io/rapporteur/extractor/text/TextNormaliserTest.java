package io.rapporteur.extractor.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormaliserTest {

    @Test
    void windowsAndOldMacLineEndsBecomeLineFeeds() {
        assertEquals("one\ntwo\nthree", TextNormaliser.normalise("one\r\ntwo\rthree"));
    }

    @Test
    void nonBreakingAndOtherUnicodeSpacesBecomePlainSpacesAndRunsCollapse() {
        assertEquals("10 December 2000, Beijing",
                TextNormaliser.normalise("10\u00A0December\u202F2000,\t \u2003Beijing"));
    }

    @Test
    void softHyphensAndZeroWidthCharactersAreRemoved() {
        assertEquals("international cooperation", TextNormaliser.normalise("inter\u00ADnational co\u200Boperation\uFEFF"));
    }

    @Test
    void paragraphsAreSeparatedByExactlyOneBlankLineAndLinesAreTrimmed() {
        String raw = "  Title  \n\n\n\n   First paragraph,\n  second line.   \n \t \n\fSecond paragraph.  \n\n";
        assertEquals("Title\n\nFirst paragraph,\nsecond line.\n\nSecond paragraph.", TextNormaliser.normalise(raw));
    }

    @Test
    void decomposedLettersAreComposedEvenWhenASoftHyphenSeparatedThem() {
        // "Re´" written as e + soft hyphen + combining acute: once the hyphen is gone the pair must compose to é
        assertEquals("Ren\u00E9 Cassin", TextNormaliser.normalise("Rene\u00AD\u0301 Cassin"));
        assertEquals("S\u00E3o Tom\u00E9", TextNormaliser.normalise("Sa\u0303o Tome\u0301"));
    }

    @Test
    void strayControlCharactersAreDropped() {
        assertEquals("a bell", TextNormaliser.normalise("a \u0007bell\u0000"));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String once = TextNormaliser.normalise(" A\u00A0 b\r\n\r\n\r\nc\u00AD d \u2029 e\u2028f ");
        assertEquals("A b\n\nc d\n\ne\nf", once);
        assertEquals(once, TextNormaliser.normalise(once));
    }

    @Test
    void emptyAndWhiteSpaceOnlyTextNormaliseToEmpty() {
        assertEquals("", TextNormaliser.normalise(""));
        assertEquals("", TextNormaliser.normalise(" \n\u00A0\t\r\n "));
    }
}
