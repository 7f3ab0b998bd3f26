package io.rapporteur.ingest.submission;

import io.rapporteur.service.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionMetadataTest {

    @ParameterizedTest
    @ValueSource(strings = {"2000", "2000-02", "2000-02-29", "1948-12-10"})
    void isoDatesAtAnyPrecisionAreAccepted(String published) {
        assertEquals(published, new SubmissionMetadata(null, null, published, null).validated().published());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001-02-29", "2000-13", "2000-00", "20000", "00", "2000/2001", "10 May 2005", "2000-2-1"})
    void otherDatesAreRefusedNamingTheField(String published) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new SubmissionMetadata(null, null, published, null).validated());
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("'published'"));
        assertTrue(e.getMessage().contains(published));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.ohchr.org/en/press-releases/2005/09", "http://example.org", "HTTPS://EXAMPLE.ORG/a?b=c"})
    void webUrlsAreAccepted(String source) {
        assertEquals(source, new SubmissionMetadata(null, source, null, null).validated().source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/x", "example.org", "https://", "mailto:a@example.org", "http://exa mple.org"})
    void otherSourcesAreRefused(String source) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new SubmissionMetadata(null, source, null, null).validated());
        assertTrue(e.getMessage().contains("'source'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "zh-Hans", "en-GB"})
    void languageTags(String language) {
        assertEquals(language, new SubmissionMetadata(null, null, null, language).validated().language());
    }

    @Test
    void aLanguageThatIsNotATagIsRefused() {
        assertThrows(ProblemException.class, () -> new SubmissionMetadata(null, null, null, "English!").validated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "Report\nof the Committee", "bell\u0007"})
    void aTitleWithAControlCharacterIsRefused(String title) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new SubmissionMetadata(title, null, null, null).validated());
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("'title'"), e.getMessage());
    }

    @Test
    void aTitleMayHoldTabsAndAnyScript() {
        String title = "Rapport\tdu Comité — 中国人权";
        assertEquals(title, new SubmissionMetadata(title, null, null, null).validated().title());
    }

    @Test
    void blankValuesCountAsAbsent() {
        SubmissionMetadata metadata = new SubmissionMetadata("  ", "", " \t", null).validated();
        assertNull(metadata.title());
        assertNull(metadata.source());
        assertNull(metadata.published());
    }

    @Test
    void anOverlongTitleIsRefused() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new SubmissionMetadata("x".repeat(501), null, null, null).validated());
        assertTrue(e.getMessage().contains("'title'"));
    }

    @Test
    void theDefaultTitleIsTheFirstLineCutAtAWord() {
        assertEquals("VII. Exchanges", SubmissionReader.firstLine("VII. Exchanges\n\nThe Chinese government ..."));
        String longLine = "word ".repeat(100).strip();
        String title = SubmissionReader.firstLine(longLine);
        assertTrue(title.length() <= SubmissionReader.DEFAULT_TITLE_LENGTH);
        assertTrue(title.endsWith("word\u2026"), title);
    }
}
