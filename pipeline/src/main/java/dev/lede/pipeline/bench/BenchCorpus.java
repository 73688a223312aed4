package dev.lede.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.LedeJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A benchmark corpus of article pages, generated deterministically from a seed and written to a directory.
 *
 * <p>Every page is one of the sample site's article pages (both templates: semantic markup and "div
 * soup"; English, Dutch, and Dutch-edition pages over an English body; all their chrome, Further Reading
 * lists and FAQ blocks) with a new title, summary, URL and body: 300 to 3,000 words of {@link NewsText}
 * prose mixed with the samples' own paragraphs, headings in the page's own heading markup, and data
 * tables as HTML tables, as markdown in {@code <pre>} or as markdown lines in a paragraph, each followed
 * by its takeaway. The same seed gives the same pages, byte for byte, so runs compare.
 */
final class BenchCorpus {
    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 3000;
    private static final String BODY_MARK = "data-bench-body";
    private static final String TITLE_MARK = "data-bench-title";
    private static final String DEK_MARK = "data-bench-dek";
    private static final Set<String> DUTCH_WORDS = Set.of("de", "het", "een", "van", "en", "dat", "niet", "voor", "met", "zijn");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "a", "of", "and", "that", "not", "for", "with", "is", "to");

    /** One generated page: the file, the URL it stands for, its edition and body language. */
    record Page(Path file, String url, String edition, String bodyLanguage) {
    }

    /** A sample page prepared as a template: where its title, summary and body go, and its paragraphs. */
    private record Shell(Document page, String name, String edition, String bodyLanguage, List<String> paragraphs,
                         Element heading) {
    }

    private final List<Page> pages;
    private final long bytes;

    private BenchCorpus(List<Page> pages, long bytes) {
        this.pages = List.copyOf(pages);
        this.bytes = bytes;
    }

    List<Page> pages() {
        return pages;
    }

    /** Total size of the pages on disk. */
    long bytes() {
        return bytes;
    }

    /**
     * Writes {@code count} pages into {@code dir}, built on the article pages found under {@code site}.
     *
     * @throws IllegalArgumentException when {@code site} holds no article page
     */
    static BenchCorpus generate(Path site, int count, long seed, Path dir) throws IOException {
        List<Shell> shells = shells(site);
        if (shells.isEmpty()) {
            throw new IllegalArgumentException("no article pages under " + site);
        }
        List<String> englishPool = new ArrayList<>();
        List<String> dutchPool = new ArrayList<>();
        for (Shell s : shells) {
            ("nl".equals(s.bodyLanguage()) ? dutchPool : englishPool).addAll(s.paragraphs());
        }
        Files.createDirectories(dir);
        List<Page> pages = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            Shell shell = shells.get(i % shells.size());
            String url = "http://bench.lede.test/" + shell.edition() + "/2026/" + String.format(Locale.ROOT, "%02d", 1 + i % 12)
                    + "/" + shell.name() + "-" + i + ".html";
            String html = page(shell, url, random, "nl".equals(shell.bodyLanguage()) ? dutchPool : englishPool);
            Path file = dir.resolve(i + ".html");
            byte[] encoded = html.getBytes(StandardCharsets.UTF_8);
            Files.write(file, encoded);
            bytes += encoded.length;
            pages.add(new Page(file, url, shell.edition(), shell.bodyLanguage()));
        }
        return new BenchCorpus(pages, bytes);
    }

    private static String page(Shell shell, String url, Random random, List<String> samplePool) {
        NewsText text = new NewsText(random);
        Document doc = shell.page().clone();
        String edition = shell.edition();
        String title = text.title(edition);
        String summary = text.sentence(edition);
        Element titleElement = doc.selectFirst("[" + TITLE_MARK + "]");
        titleElement.removeAttr(TITLE_MARK).text(title);
        Element dek = doc.selectFirst("[" + DEK_MARK + "]");
        if (dek != null) {
            dek.removeAttr(DEK_MARK).text(summary);
        }
        Element title1 = doc.selectFirst("title");
        if (title1 != null) {
            title1.text(title + " | NeuralPost");
        }
        setAttr(doc, "meta[name=description], meta[property=og:description]", "content", summary);
        setAttr(doc, "meta[property=og:title]", "content", title);
        setAttr(doc, "meta[property=og:url]", "content", url);
        setAttr(doc, "link[rel=canonical]", "href", url);
        for (Element script : doc.select("script[type=application/ld+json]")) {
            rewriteJsonLd(script, title, summary, url);
        }
        Element body = doc.selectFirst("[" + BODY_MARK + "]");
        List<Element> notes = new ArrayList<>(body.select("> .lang-note, > .notice")); // "shown in English" stays
        body.removeAttr(BODY_MARK).empty();
        notes.forEach(body::appendChild);
        fillBody(body, shell, text, random, samplePool);
        return doc.outerHtml();
    }

    /** Paragraphs, headings and tables until the page's word budget (300 to 3,000, most near 1,000) is spent. */
    private static void fillBody(Element body, Shell shell, NewsText text, Random random, List<String> samplePool) {
        String language = shell.bodyLanguage();
        String other = "nl".equals(language) ? "en" : "nl";
        double u = random.nextDouble();
        int budget = MIN_WORDS + (int) ((MAX_WORDS - MIN_WORDS) * u * u);
        int tables = random.nextInt(10) < 6 ? 1 + random.nextInt(2) : 0;
        int words = 0;
        int sinceHeading = 0;
        int paragraphs = 0;
        while (words < budget) {
            if (sinceHeading >= 3 + random.nextInt(4)) {
                heading(body, shell, text.heading(language));
                sinceHeading = 0;
            }
            String p;
            int roll = random.nextInt(100);
            if (roll < 35 && !samplePool.isEmpty()) {
                p = text.pick(samplePool);
            } else if (roll < 42) {
                p = text.paragraph(other); // a quote or a passage in the other language, as mixed pages have
            } else {
                p = text.paragraph(language);
            }
            body.appendElement("p").text(p);
            words += wordCount(p);
            sinceHeading++;
            paragraphs++;
            if (tables > 0 && paragraphs % 4 == 2) {
                words += table(body, text.table(language), random.nextInt(3));
                tables--;
            }
        }
    }

    private static void heading(Element body, Shell shell, String heading) {
        Element template = shell.heading();
        if (template == null) {
            body.appendElement("h2").text(heading);
        } else if (template.tagName().equals("p")) {
            body.appendElement("p").appendElement("b").text(heading);
        } else {
            Element h = body.appendElement(template.tagName()).text(heading);
            if (!template.className().isEmpty()) {
                h.addClass(template.className());
            }
        }
    }

    /** Appends a table in one of three forms (HTML, markdown in pre, markdown lines in a paragraph); returns its words. */
    private static int table(Element body, NewsText.Table table, int form) {
        if (form == 0) {
            Element t = body.appendElement("table").addClass("data");
            Element head = t.appendElement("thead").appendElement("tr");
            table.header().forEach(h -> head.appendElement("th").text(h));
            Element rows = t.appendElement("tbody");
            for (List<String> row : table.rows()) {
                Element tr = rows.appendElement("tr");
                row.forEach(c -> tr.appendElement("td").text(c));
            }
        } else {
            List<String> lines = new ArrayList<>();
            lines.add("| " + String.join(" | ", table.header()) + " |");
            lines.add("|" + "---|".repeat(table.header().size()));
            for (List<String> row : table.rows()) {
                lines.add("| " + String.join(" | ", row) + " |");
            }
            if (form == 1) {
                body.appendElement("pre").text(String.join("\n", lines));
            } else {
                Element p = body.appendElement("p");
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        p.appendElement("br");
                    }
                    p.appendText(lines.get(i));
                }
            }
        }
        body.appendElement("p").text(table.takeaway());
        int words = wordCount(table.takeaway());
        for (List<String> row : table.rows()) {
            words += wordCount(String.join(" ", row));
        }
        return words;
    }

    private static void setAttr(Document doc, String css, String attr, String value) {
        for (Element e : doc.select(css)) {
            e.attr(attr, value);
        }
    }

    private static void rewriteJsonLd(Element script, String title, String summary, String url) {
        try {
            JsonNode node = LedeJson.mapper().readTree(script.data());
            if (node instanceof ObjectNode o) {
                if (o.has("headline")) {
                    o.put("headline", title);
                }
                if (o.has("description")) {
                    o.put("description", summary);
                }
                if (o.has("mainEntityOfPage")) {
                    o.put("mainEntityOfPage", url);
                }
                if (o.has("url")) {
                    o.put("url", url);
                }
                script.empty().appendChild(new DataNode(LedeJson.mapper().writeValueAsString(o)));
            }
        } catch (IOException e) {
            script.remove(); // a sample we cannot rewrite would give every page the same headline
        }
    }

    /** The sample site's article pages, prepared as shells, in a stable order. */
    private static List<Shell> shells(Path site) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Shell> shells = new ArrayList<>();
        for (Path f : files) {
            Document doc = Jsoup.parse(f.toFile(), "UTF-8", "http://lede.test/");
            Shell s = shell(doc, f.getFileName().toString().replace(".html", ""));
            if (s != null) {
                shells.add(s);
            }
        }
        return shells;
    }

    /** A shell from a page, or null when the page is no article (a listing, a topic page). */
    private static Shell shell(Document doc, String name) {
        Element container = null;
        int best = 0;
        for (Element e : doc.body().getAllElements()) {
            int n = 0;
            for (Element child : e.children()) {
                if (child.tagName().equals("p") && wordCount(child.text()) >= 15) {
                    n++;
                }
            }
            if (n > best) {
                best = n;
                container = e;
            }
        }
        Element title = doc.body().selectFirst("h1");
        if (best < 3 || title == null) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        Element heading = null;
        for (Element child : container.children()) {
            String t = child.text();
            if (child.tagName().equals("p") && wordCount(t) >= 15 && !t.startsWith("Data")) {
                paragraphs.add(t);
            }
            if (heading == null && isHeading(child)) {
                heading = child.clone();
            }
        }
        String edition = language(doc.selectFirst("html").attr("lang"));
        String bodyLanguage = dutchShare(String.join(" ", paragraphs)) > 0.5 ? "nl" : "en";
        container.attr(BODY_MARK, "");
        title.attr(TITLE_MARK, "");
        Element dek = doc.body().selectFirst("p.dek, div.intro, .standfirst, .summary");
        if (dek != null) {
            dek.attr(DEK_MARK, "");
        }
        return new Shell(doc, name, edition, bodyLanguage, paragraphs, heading);
    }

    private static boolean isHeading(Element e) {
        String tag = e.tagName();
        if (tag.equals("h2") || tag.equals("h3") || e.hasClass("kop")) {
            return true;
        }
        Elements bold = e.children();
        return tag.equals("p") && bold.size() == 1 && bold.get(0).tagName().equals("b")
                && bold.get(0).text().equals(e.text());
    }

    private static String language(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        return l.startsWith("nl") ? "nl" : "en";
    }

    private static double dutchShare(String text) {
        int dutch = 0;
        int english = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (DUTCH_WORDS.contains(w)) {
                dutch++;
            } else if (ENGLISH_WORDS.contains(w)) {
                english++;
            }
        }
        return dutch + english == 0 ? 0 : (double) dutch / (dutch + english);
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Deletes the corpus directory. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
