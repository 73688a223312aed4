package dev.lede.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.DataTable;
import dev.lede.extract.SampleArchive;
import dev.lede.model.FaqEntry;
import dev.lede.model.FurtherReading;
import dev.lede.model.LedeJson;
import dev.lede.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The HTML stage against the sample archive's golden files: title, summary, date, authors, body (block by
 * block), sections, Further Reading, FAQ, topics and HTML tables, for every article page of both templates.
 */
class HtmlArticleExtractorGoldenTest {
    private static final String BASE = "http://lede.test/";
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static Stream<Path> goldenFiles() throws IOException {
        return SampleArchive.goldenFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void pageMatchesItsGoldenFile(Path goldenFile) throws IOException {
        JsonNode g = LedeJson.mapper().readTree(goldenFile.toFile());
        String page = g.get("page").asText();
        // bytes in, charset from the page itself (one sample page is windows-1252), as a crawl reads it
        Document doc = Jsoup.parse(SampleArchive.samples().resolve("site").resolve(page).toFile(), null, BASE + page);
        PageExtraction p = extractor.extract(doc, BASE + page);
        assertAll(page,
                () -> assertEquals(g.get("title").asText(), p.title(), "title"),
                () -> assertEquals(g.get("summary").asText(), p.summary(), "summary"),
                () -> assertEquals(text(g.get("publishedAt")), p.publishedAt(), "publishedAt"),
                () -> assertEquals(strings(g.get("authors")), p.authors(), "authors"),
                () -> assertEquals(blocks(g.get("body").asText()), blocks(p.body()), "body, block by block"),
                () -> assertEquals(g.get("body").asText(), p.body(), "body, exactly"),
                () -> assertEquals(strings(g.get("topics")), p.topics(), "topics"),
                () -> assertEquals(furtherReading(g.get("furtherReading")), p.furtherReading(), "furtherReading"),
                () -> assertEquals(faq(g.get("faq")), p.faq(), "faq"),
                () -> assertEquals(htmlTables(g.get("tables")), tableCells(p.tables()), "html tables"),
                () -> assertSectionsCoverBody(p),
                () -> assertEquals(null, p.failure(), "failure"));
    }

    private static void assertSectionsCoverBody(PageExtraction p) {
        for (Section s : p.sections()) {
            assertEquals(s.text(), p.body().substring(s.start(), s.end()), "section offsets of " + s.heading());
        }
        List<String> headings = new ArrayList<>();
        for (Section s : p.sections()) {
            if (!s.heading().isEmpty()) {
                headings.add(s.heading());
                assertEquals(true, p.body().contains(s.heading() + "\n\n") || p.body().endsWith(s.heading()),
                        "heading is a block of the body: " + s.heading());
            }
        }
    }

    private static List<String> blocks(String body) {
        List<String> out = new ArrayList<>();
        for (String b : body.split("\n\n")) {
            out.add(b.lines().map(l -> l.strip().replaceAll("\\s+", " ")).reduce((a, c) -> a + "\n" + c).orElse(""));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static List<FurtherReading> furtherReading(JsonNode n) {
        List<FurtherReading> out = new ArrayList<>();
        n.forEach(x -> out.add(new FurtherReading(x.get("title").asText(), x.get("url").asText(), x.get("snippet").asText())));
        return out;
    }

    private static List<FaqEntry> faq(JsonNode n) {
        List<FaqEntry> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(new FaqEntry(x.get("question").asText(), x.get("answer").asText())));
        }
        return out;
    }

    private static List<List<List<String>>> htmlTables(JsonNode n) {
        List<List<List<String>>> out = new ArrayList<>();
        for (JsonNode t : n) {
            if (!"html".equals(t.get("source").asText())) {
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            cells.add(strings(t.get("header")));
            t.get("rows").forEach(r -> cells.add(strings(r)));
            out.add(cells);
        }
        return out;
    }

    private static List<List<List<String>>> tableCells(List<DataTable> tables) {
        List<List<List<String>>> out = new ArrayList<>();
        for (DataTable t : tables) {
            List<List<String>> cells = new ArrayList<>();
            cells.add(t.header());
            cells.addAll(t.rows());
            out.add(cells);
        }
        return out;
    }
}
