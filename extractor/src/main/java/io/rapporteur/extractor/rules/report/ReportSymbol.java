package io.rapporteur.extractor.rules.report;

import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UN document symbol of a state's report to a treaty body, as treaty-body documents cite them: "CRC/C/MNG/5-6" is
 * Mongolia's fifth and sixth reports under the Convention on the Rights of the Child. The prefixes live in the
 * knowledge base (report-symbols.tsv); a "/CO/" symbol (concluding observations) is no report.
 *
 * @param treaty   the treaty id the prefix stands for
 * @param state    the ISO 3166-1 alpha-3 code in the symbol
 * @param reports  the report numbers, a range expanded ("5-6" -> [5, 6])
 * @param tokStart first token of the symbol
 * @param tokEnd   token after the symbol
 */
record ReportSymbol(String treaty, String state, List<Integer> reports, int tokStart, int tokEnd) {

    /** Ranges longer than this are no report numbers ("1-99" is a typo or a paragraph range). */
    private static final int MAX_REPORTS_IN_ONE_SYMBOL = 6;
    /** The pattern of each prefix's symbols, compiled once: symbols are looked for in every report's sentence. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /** "CRC/C" -> "CRC/C/MNG/5-6": the prefix, the state's code, one report number or a range. */
    private static Pattern symbolPattern(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "/([A-Z]{3})/(\\d{1,2})(?:\\s*[-\u2013]\\s*(\\d{1,2}))?");
    }

    /**
     * The treaty this symbol names ("E/C.12/CHN/2": the ICESCR), in place of {@code named}, unless {@code named} is a
     * treaty written outside the symbol (an acronym inside it, "CRC/C/...", is the symbol's own).
     */
    Mention treatyOr(SentenceView v, Mention named) {
        boolean inside = named != null && named.tokStart() >= tokStart && named.tokEnd() <= tokEnd;
        return named == null || inside ? v.inferred(MentionKind.TREATY, treaty, tokStart, tokEnd) : named;
    }

    /** The first report symbol between the tokens, or null. */
    static ReportSymbol find(SentenceView v, int fromTok, int toTok) {
        String text = v.text(fromTok, toTok);
        if (text.isEmpty() || text.indexOf('/') < 0) {
            return null;
        }
        int offset = v.token(fromTok).start();
        for (Map.Entry<String, String> prefix : v.kb.reportSymbols().entrySet()) {
            Matcher m = PATTERNS.computeIfAbsent(prefix.getKey(), ReportSymbol::symbolPattern).matcher(text);
            if (!m.find()) {
                continue;
            }
            int first = Integer.parseInt(m.group(2));
            int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
            if (last < first || last - first >= MAX_REPORTS_IN_ONE_SYMBOL) {
                continue;
            }
            List<Integer> reports = new ArrayList<>();
            for (int n = first; n <= last; n++) {
                reports.add(n);
            }
            int tokStart = v.tokenAt(offset + m.start());
            int tokEnd = v.tokenAt(offset + m.end() - 1) + 1;
            return new ReportSymbol(prefix.getValue(), m.group(1), reports, tokStart, tokEnd);
        }
        return null;
    }
}
