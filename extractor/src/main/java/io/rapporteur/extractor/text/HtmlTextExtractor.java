package io.rapporteur.extractor.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Set;

/**
 * The visible text of an HTML page, as a reader sees it: script, style and other non-rendered content dropped,
 * block elements (paragraphs, headings, list items, table rows...) separated as paragraphs, {@code <br>} as a line
 * break, source-formatting white space collapsed except inside {@code <pre>}.
 */
final class HtmlTextExtractor {

    /** Elements whose content a browser does not show as text. */
    private static final Set<String> NOT_RENDERED = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
            "canvas", "audio", "video", "select", "datalist");

    /** Elements that a browser lays out as blocks: their text is a paragraph of its own. */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    /** Table cells sit side by side: a space between them keeps their words apart. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlTextExtractor() {
    }

    static String visibleText(byte[] content, Charset declared) {
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(content),
                    declared == null ? null : declared.name(), "");
            return visibleText(document);
        } catch (IOException e) {
            // reading from a byte array does not fail; keep the signature honest anyway
            throw new UncheckedIOException(e);
        }
    }

    static String visibleText(String html) {
        return visibleText(Jsoup.parse(html));
    }

    private static String visibleText(Document document) {
        StringBuilder text = new StringBuilder();
        document.filter(new NodeFilter() {
            private int preDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(preDepth > 0 ? textNode.getWholeText() : collapse(textNode.getWholeText()));
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if (NOT_RENDERED.contains(name) || element.hasAttr("hidden")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name.equals("br")) {
                        text.append('\n');
                    } else if (BLOCKS.contains(name)) {
                        text.append("\n\n");
                    } else if (CELLS.contains(name)) {
                        text.append(' ');
                    }
                    if (name.equals("pre")) {
                        preDepth++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String name = element.normalName();
                    if (BLOCKS.contains(name)) {
                        text.append("\n\n");
                    } else if (CELLS.contains(name)) {
                        text.append(' ');
                    }
                    if (name.equals("pre")) {
                        preDepth--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return text.toString();
    }

    /** Source line breaks and indentation in HTML are not line breaks on the page. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\n' || c == '\r' || c == '\t' || c == '\f' ? ' ' : c);
        }
        return out.toString();
    }
}
