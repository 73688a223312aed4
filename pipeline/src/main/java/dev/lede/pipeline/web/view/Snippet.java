package dev.lede.pipeline.web.view;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search snippet as plain-text pieces, some of them highlighted.
 *
 * <p>The index hands snippets over as escaped HTML with {@code <mark>} around the matches. The page never
 * writes that HTML through: it is split at the marks and unescaped to text here, and the template escapes
 * the text again and writes its own {@code <mark>}. So a snippet can never carry markup into the page,
 * whatever the index or the article did to it.
 *
 * @param parts the pieces in reading order
 */
public record Snippet(List<Part> parts) {
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** One stretch of snippet text. */
    public record Part(String text, boolean highlighted) {
    }

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** Reads an index snippet (escaped HTML with {@code <mark>} around matches). */
    public static Snippet fromIndexHtml(String html) {
        List<Part> parts = new ArrayList<>();
        if (html == null) {
            return new Snippet(parts);
        }
        Matcher m = MARK.matcher(html);
        int last = 0;
        while (m.find()) {
            addText(parts, html.substring(last, m.start()), false);
            addText(parts, m.group(1), true);
            last = m.end();
        }
        addText(parts, html.substring(last), false);
        return new Snippet(parts);
    }

    private static void addText(List<Part> parts, String escapedHtml, boolean highlighted) {
        if (!escapedHtml.isEmpty()) {
            parts.add(new Part(Parser.unescapeEntities(escapedHtml, false), highlighted));
        }
    }
}
