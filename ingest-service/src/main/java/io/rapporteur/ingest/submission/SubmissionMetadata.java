package io.rapporteur.ingest.submission;

import io.rapporteur.service.problem.ProblemException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the submitter tells about a document besides its content. Every component may be null; {@link #validated()}
 * refuses values that downstream services could not use, with a detail that names the field and the expected form.
 *
 * @param source    where the document was published: an absolute http(s) URL
 * @param published its publication date, ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD
 * @param language  a BCP 47 language tag such as "en" or "zh-Hans"
 */
public record SubmissionMetadata(String title, String source, String published, String language) {

    static final int MAX_TITLE_LENGTH = 500;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** Blank values count as absent; surrounding white space is dropped. */
    public SubmissionMetadata {
        title = blankToNull(title);
        source = blankToNull(source);
        published = blankToNull(published);
        language = blankToNull(language);
    }

    /** This metadata if every given value is well formed; otherwise a 400 problem naming the first bad field. */
    public SubmissionMetadata validated() {
        if (title != null && title.length() > MAX_TITLE_LENGTH) {
            throw ProblemException.badRequest("'title' is " + title.length() + " characters long; at most "
                    + MAX_TITLE_LENGTH + " are accepted");
        }
        int control = title == null ? -1 : firstControlCharacter(title);
        if (control >= 0) {
            throw ProblemException.badRequest(String.format("'title' holds the control character U+%04X at offset %d: "
                    + "a title is one line of text", (int) title.charAt(control), control));
        }
        if (source != null && !isWebUrl(source)) {
            throw ProblemException.badRequest("'source' must be an absolute http or https URL such as "
                    + "https://www.ohchr.org/en/press-releases/..., not '" + abbreviate(source) + "'");
        }
        if (published != null && !isIsoDate(published)) {
            throw ProblemException.badRequest("'published' must be an ISO 8601 date at the precision known: "
                    + "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2000-02-17), not '" + abbreviate(published) + "'");
        }
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            throw ProblemException.badRequest("'language' must be a BCP 47 language tag such as en, fr or zh-Hans, not '"
                    + abbreviate(language) + "'");
        }
        return this;
    }

    /** The same metadata with another title (the default title taken from the text). */
    public SubmissionMetadata withTitle(String newTitle) {
        return new SubmissionMetadata(newTitle, source, published, language);
    }

    static boolean isWebUrl(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isIsoDate(String candidate) {
        try {
            if (YEAR.matcher(candidate).matches()) {
                return true;
            }
            if (YEAR_MONTH.matcher(candidate).matches()) {
                YearMonth.parse(candidate);
                return true;
            }
            if (DATE.matcher(candidate).matches()) {
                LocalDate.parse(candidate);
                return true;
            }
            return false;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The offset of the first control character other than a tab, or -1 (the catalog cannot store a NUL). */
    static int firstControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
