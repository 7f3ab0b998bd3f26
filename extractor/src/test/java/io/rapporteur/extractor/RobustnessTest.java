package io.rapporteur.extractor;

import io.rapporteur.contract.fact.Fact;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd input gives no facts and no exception; big input stays linear. */
class RobustnessTest {

    private final Extractor extractor = Extractors.standard();

    @Test
    void emptyAndBlankTextGiveNoFacts() {
        assertEquals(List.of(), extractor.extract("", DocumentMetadata.NONE));
        assertEquals(List.of(), extractor.extract("   \n\n\t ", DocumentMetadata.NONE));
        assertEquals(List.of(), extractor.extract(null, DocumentMetadata.NONE));
    }

    @Test
    void binaryJunkGivesNoFacts() {
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0xFFFF));
        }
        assertEquals(List.of(), extractor.extract(junk.toString(), DocumentMetadata.NONE));
    }

    @Test
    void anotherLanguageGivesNoFacts() {
        String chinese = "中国政府一贯尊重《联合国宪章》促进和保护人权的宗旨和原则。2000年2月和9月，中国与欧盟分别举行了第九次和第十次人权对话。";
        String french = "Le gouvernement chinois a signé le Pacte en octobre 1997. La Chine a tenu des consultations.";
        assertEquals(List.of(), extractor.extract(chinese, new DocumentMetadata(null, null, "zh")));
        assertEquals(List.of(), extractor.extract(french, new DocumentMetadata(null, null, "fr")));
    }

    @Test
    void proseWithoutEventsGivesNoFacts() {
        String text = "The progress of human rights is an important aspect of the social development of all countries. "
                + "China is a developing country with a huge population. China will, as always, actively participate "
                + "in international activities in the realm of human rights and carry out exchanges with other countries.";
        assertEquals(List.of(), extractor.extract(text, DocumentMetadata.NONE));
    }

    @Test
    void fiveMegabytesStayLinear() {
        String paragraph = "In May, China and Norway jointly held the fourth round-table meeting on human rights and "
                + "the rule of law. Mary Robinson, the UN High Commissioner for Human Rights, made a special trip to "
                + "China. The Chinese government signed the International Covenant on Civil and Political Rights in "
                + "October 1998.\n\n";
        StringBuilder big = new StringBuilder();
        int year = 1950;
        while (big.length() < 5_000_000) {
            big.append("In ").append(year).append(", the work went on.\n\n").append(paragraph);
            year = year == 2049 ? 1950 : year + 1;
        }
        String text = big.toString();
        List<Fact> facts = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> extractor.extract(text, DocumentMetadata.NONE));
        assertTrue(facts.size() >= 100, "a fact per year at least: " + facts.size());
        String noPunctuation = "word ".repeat(1_000_000);
        assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extractor.extract(noPunctuation, DocumentMetadata.NONE)));
    }

    @Test
    void aMonthWithoutAnEstablishedYearIsNotDatedFromThePublication() {
        List<Fact> facts = extractor.extract("In October, China and Canada held the sixth dialogue on human rights.",
                new DocumentMetadata("Progress", "2001-04", "en"));
        assertEquals(1, facts.size());
        assertEquals(null, facts.get(0).date());
    }
}
