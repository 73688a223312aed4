package dev.lede.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article of Lede's entity evaluation set ({@code samples/eval/entities/*.txt}): its text with the
 * markup removed, and the names marked in it. The format is described at the top of each set file.
 *
 * @param id       the article's id in the set
 * @param language edition language (title and summary)
 * @param bodyLanguage language of the body (differs on Dutch-edition pages with an English body)
 * @param title    title text
 * @param summary  summary text
 * @param body     body text; gold offsets refer to it
 * @param names    every marked name, in the title, summary and body
 */
public record LabelledArticle(String id, String language, String bodyLanguage, String title, String summary,
                              String body, List<GoldName> names) {

    /** Where a marked name is. */
    public enum Part { TITLE, SUMMARY, BODY }

    /**
     * One marked name.
     *
     * @param part      title, summary or body
     * @param start     offset in that part
     * @param end       end offset, exclusive
     * @param text      the marked text
     * @param kind      {@code person}, {@code company}, an organisation kind, or {@code product}
     * @param canonical the entity's full name (the marked text unless the markup gives one)
     */
    public record GoldName(Part part, int start, int end, String text, String kind, String canonical) {
        /** The CoNLL type: PER for people, ORG for companies and organisations, null for products. */
        public String spanType() {
            return switch (kind) {
                case "person" -> NameSpan.PER;
                case "product" -> null;
                default -> NameSpan.ORG;
            };
        }
    }

    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([A-Z]+)(?::([a-z]+))?(?:\\|([^\\]]+))?]]");

    public LabelledArticle {
        names = List.copyOf(names);
    }

    /** Reads a set file; a malformed mark is an error naming the file and line. */
    public static List<LabelledArticle> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledArticle> articles = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.startsWith("=== ")) {
                i++;
                continue;
            }
            String id = line.substring(4).strip();
            String language = "en";
            String bodyLanguage = null;
            String title = "";
            String summary = "";
            i++;
            while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("=== ")) {
                String h = lines.get(i);
                int colon = h.indexOf(':');
                if (colon < 0) {
                    throw new IOException(file + ":" + (i + 1) + ": expected 'key: value' in the header of " + id);
                }
                String value = h.substring(colon + 1).strip();
                switch (h.substring(0, colon).strip()) {
                    case "lang" -> language = value;
                    case "body-lang" -> bodyLanguage = value;
                    case "title" -> title = value;
                    case "summary" -> summary = value;
                    default -> throw new IOException(file + ":" + (i + 1) + ": unknown header " + h);
                }
                i++;
            }
            int bodyStart = i;
            while (i < lines.size() && !lines.get(i).startsWith("=== ")) {
                i++;
            }
            String bodyText = String.join("\n", lines.subList(bodyStart, i)).strip();
            List<GoldName> names = new ArrayList<>();
            String plainTitle = strip(title, Part.TITLE, names, file, id);
            String plainSummary = strip(summary, Part.SUMMARY, names, file, id);
            String plainBody = strip(bodyText, Part.BODY, names, file, id);
            articles.add(new LabelledArticle(id, language, bodyLanguage == null ? language : bodyLanguage,
                    plainTitle, plainSummary, plainBody, names));
        }
        return articles;
    }

    private static String strip(String marked, Part part, List<GoldName> names, Path file, String id) throws IOException {
        StringBuilder plain = new StringBuilder();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            plain.append(marked, last, m.start());
            String text = m.group(1);
            String kind = switch (m.group(2)) {
                case "PER" -> "person";
                case "COM" -> "company";
                case "PRODUCT" -> "product";
                case "ORG" -> m.group(3) == null ? "other" : m.group(3);
                default -> throw new IOException(file + ": " + id + ": unknown name type " + m.group(2));
            };
            int start = plain.length();
            plain.append(text);
            names.add(new GoldName(part, start, plain.length(), text, kind, m.group(4) == null ? text : m.group(4)));
            last = m.end();
        }
        plain.append(marked.substring(last));
        if (plain.indexOf("[[") >= 0) {
            throw new IOException(file + ": " + id + ": malformed mark near '"
                    + plain.substring(plain.indexOf("[["), Math.min(plain.length(), plain.indexOf("[[") + 40)) + "'");
        }
        return plain.toString();
    }
}
