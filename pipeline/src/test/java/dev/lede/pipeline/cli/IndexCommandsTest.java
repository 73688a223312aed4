package dev.lede.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.index.ArticleIndex;
import dev.lede.model.Article;
import dev.lede.model.LedeJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code lede ingest}, {@code search} and {@code related} end to end: the real command line, the real
 * extractors (models included) and a real index on disk.
 */
class IndexCommandsTest {
    @TempDir
    static Path dir;
    static CliRun ingest;

    static final String LINES = """
            {"id":"asml-en","url":"https://news.example/en/asml","title":"ASML to build a factory in Eindhoven","summary":"The chip machine maker invests €600 million.","body":"ASML will spend €600 million on a new factory near Eindhoven, chief executive Christophe Fouquet said on Tuesday. About 2,000 engineers will work there from 2028.","language":"en","publishedAt":"2026-05-12"}
            {"id":"asml-nl","url":"https://news.example/nl/asml","title":"ASML bouwt fabriek in Eindhoven","body":"ASML gaat 600 miljoen euro uitgeven aan een nieuwe fabriek bij Eindhoven, zei topman Christophe Fouquet dinsdag. Vanaf 2028 werken er zo'n 2.000 ingenieurs.","publishedAt":"2026-05-12"}
            this is not json
            {"id":"nobody","url":"https://news.example/x","title":"No body"}

            {"id":"bakery","url":"https://news.example/en/bakery","title":"Bakery wins bread prize","body":"A bakery in Utrecht won the national bread prize on Sunday with a sourdough loaf.","publishedAt":"2026-05-03","topics":["Food"]}
            {"id":"bad-date","url":"https://news.example/y","title":"Bad date","body":"Text.","publishedAt":"last Tuesday"}
            """;

    static CliRun run(String... args) {
        return CliRun.of(dir.resolve("data"), args);
    }

    @BeforeAll
    static void ingestFile() throws Exception {
        Path file = dir.resolve("cms.jsonl");
        Files.writeString(file, LINES, StandardCharsets.UTF_8);
        ingest = run("ingest", file.toString());
    }

    @Test
    void ingestIndexesGoodLinesAndNamesBadOnes() throws Exception {
        assertEquals(ExitCodes.SOME_FAILED, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("7 lines, 3 new, 0 updated, 0 unchanged, 3 failed"), ingest.out());
        assertTrue(ingest.err().contains("cms.jsonl:3: skipped: not a JSON object"), ingest.err());
        assertTrue(ingest.err().contains("cms.jsonl:4: skipped: missing \"body\""), ingest.err());
        assertTrue(ingest.err().contains("cms.jsonl:7: skipped: \"publishedAt\" is not an ISO-8601 date"), ingest.err());
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir.resolve("data").resolve("index"))) {
            assertEquals(3, index.count());
            Article nl = index.get("asml-nl").orElseThrow(); // the line's own id
            assertEquals("nl", nl.language(), "detected from the title when the line has none");
            assertEquals("2026-05-12", nl.publishedAt());
            assertTrue(nl.money().stream().anyMatch(m -> m.text().contains("600 miljoen euro")), "extractors ran: " + nl.money());
            assertEquals(List.of("Food"), index.get("bakery").orElseThrow().topics());
        }
    }

    @Test
    void ingestingAgainChangesNothing() throws Exception {
        Path file = dir.resolve("again.jsonl");
        Files.writeString(file, LINES.lines().filter(l -> l.contains("asml-en")).findFirst().orElseThrow() + "\n");
        CliRun again = run("ingest", file.toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.out().contains("1 lines, 0 new, 0 updated, 1 unchanged, 0 failed"), again.out());
    }

    @Test
    void searchPrintsHitsAndJson() throws Exception {
        CliRun text = run("search", "fabriek");
        assertEquals(ExitCodes.OK, text.code(), text.err());
        assertTrue(text.out().startsWith("1 results for \"fabriek\""), text.out());
        assertTrue(text.out().contains("ASML bouwt fabriek in Eindhoven"), text.out());

        CliRun json = run("search", "Eindhoven", "--json", "--lang", "en");
        JsonNode r = LedeJson.mapper().readTree(json.out());
        assertEquals(1, r.get("total").asInt());
        assertEquals("asml-en", r.get("hits").get(0).get("id").asText());
        assertTrue(r.get("hits").get(0).get("snippet").asText().contains("<mark>Eindhoven</mark>"));
        assertEquals("en", r.get("facets").get("language").get(0).get("value").asText());

        CliRun filtered = run("search", "--min-amount", "100000000", "--json");
        assertEquals(2, LedeJson.mapper().readTree(filtered.out()).get("total").asInt(), filtered.out());
    }

    @Test
    void searchRefusesBadFilters() {
        CliRun bad = run("search", "x", "--from", "yesterday");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("not a date"), bad.err());
    }

    @Test
    void relatedListsTheOtherLanguageAndExplains() throws Exception {
        CliRun json = run("related", "asml-en", "--json", "--explain");
        assertEquals(ExitCodes.OK, json.code(), json.err());
        JsonNode list = LedeJson.mapper().readTree(json.out());
        assertEquals("asml-nl", list.get(0).get("id").asText(), json.out());
        assertTrue(list.get(0).get("explain").get("anchors").asDouble() > 0, json.out());
        assertEquals(1, list.size(), "the bakery has nothing in common with a chip factory: " + json.out());

        CliRun text = run("related", "https://news.example/nl/asml", "--explain");
        assertTrue(text.out().contains("ASML to build a factory in Eindhoven"), text.out());
        assertTrue(text.out().contains("score: text"), text.out());

        CliRun unknown = run("related", "no-such-article");
        assertEquals(ExitCodes.SOME_FAILED, unknown.code());
        assertTrue(unknown.err().contains("no article with id or URL"), unknown.err());
    }

    @Test
    void optimizeMergesTheIndexIntoOneSegmentAndKeepsEveryArticle() throws Exception {
        Path data = dir.resolve("optimize");
        Path file = dir.resolve("optimize.jsonl");
        Files.writeString(file, LINES, StandardCharsets.UTF_8);
        CliRun ingested = CliRun.of(data, "ingest", file.toString(), "--commit-every", "1");
        assertEquals(ExitCodes.SOME_FAILED, ingested.code(), ingested.err());
        try (ArticleIndex index = ArticleIndex.openReadOnly(data.resolve("index"))) {
            assertTrue(index.segments() > 1, "a commit per article leaves several segments: " + index.segments());
        }

        CliRun optimized = CliRun.of(data, "optimize");
        assertEquals(ExitCodes.OK, optimized.code(), optimized.err());
        assertTrue(optimized.out().matches("(?s)optimize .*: 3 articles, \\d+ -> 1 segments, .*"), optimized.out());
        try (ArticleIndex index = ArticleIndex.openReadOnly(data.resolve("index"))) {
            assertEquals(1, index.segments());
            assertEquals(3, index.count());
        }
        CliRun related = CliRun.of(data, "related", "asml-en", "--json");
        assertEquals("asml-nl", LedeJson.mapper().readTree(related.out()).get(0).get("id").asText(), related.out());

        assertEquals(ExitCodes.USAGE, CliRun.of(data, "optimize", "--segments", "0").code());
        CliRun none = CliRun.of(dir.resolve("no-index"), "optimize");
        assertEquals(ExitCodes.USAGE, none.code());
        assertTrue(none.err().contains("no index in"), none.err());
    }

    @Test
    void readingCommandsSayWhenThereIsNoIndex() {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = LedeCommand.commandLine().execute("search", "x", "--data", dir.resolve("empty").toString());
            assertEquals(ExitCodes.USAGE, code);
        } finally {
            System.setErr(oldErr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no index in"), err.toString(StandardCharsets.UTF_8));
    }
}
