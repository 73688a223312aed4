package dev.lede.pipeline.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.extract.money.MoneyExtractor;
import dev.lede.extract.table.BodyTables;
import dev.lede.extract.table.CellTypes;
import dev.lede.extract.table.MarkdownTableParser;
import dev.lede.index.ArticleIndex;
import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.cli.CliRun;
import dev.lede.pipeline.cli.LedeCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lede export} end to end: a real index on disk, the real command line, JSON and CSV parsed back. */
class ExportCommandTest {
    @TempDir
    static Path dir;

    static final String BODY = """
            Het fonds haalde meer dan €1,5 miljard op bij pensioenfondsen.

            | Fund | Size | Fee |
            |---|---|---|
            | Fund "A", class 1 | €400M | 1,5% |
            | =HYPERLINK("x") | $2bn+ | — |

            Data Takeaway: fees fall as funds grow.""";

    static Article article(String id, String body) {
        MoneyExtractor money = new MoneyExtractor();
        List<DataTable> tables = new BodyTables(new MarkdownTableParser(), new CellTypes(money)).find(body, List.of(), "nl");
        return new Article(id, "https://news.example/" + id, "https://news.example/" + id, Instant.EPOCH, "2026-05-02",
                null, "nl", "Fondsen " + id, "", List.of(), null, body, List.of(), null, money.extract(body, "nl"),
                List.of(), List.of(), List.of(), tables, List.of(), List.of(), List.of(), "hash-" + id);
    }

    @BeforeAll
    static void index() throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("data").resolve("index"))) {
            index.upsert(article("a1", BODY));
            index.upsert(article("a2", "Geen bedragen hier."));
            index.commit();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(dir.resolve("data"), args);
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(LedeJson.mapper().readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void articlesByDefault() throws Exception {
        CliRun r = run("export");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> articles = lines(r.out());
        assertEquals(2, articles.size());
        assertTrue(r.err().contains("2 articles from 2 articles"), r.err());
    }

    @Test
    void moneyFactsAsJsonLines() throws Exception {
        CliRun r = run("export", "--facts", "--type", "money");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> facts = lines(r.out());
        assertEquals(3, facts.size());
        JsonNode first = facts.get(0);
        assertEquals("a1", first.get("articleId").asText());
        assertEquals("https://news.example/a1", first.get("url").asText());
        assertEquals("money", first.get("type").asText());
        assertEquals("1500000000", first.get("amount").toString());
        assertEquals("EUR", first.get("currency").asText());
        assertEquals("over", first.get("qualifier").asText());
        assertTrue(first.has("subject"));
        assertEquals("Het fonds haalde meer dan €1,5 miljard op bij pensioenfondsen.", first.get("sentence").asText());
        JsonNode inTable = facts.get(1);
        assertEquals("Size", inTable.get("column").asText());
        assertEquals(0, inTable.get("row").asInt());
        assertEquals("plus", facts.get(2).get("qualifier").asText());
    }

    @Test
    void tablesAsJsonAndCsv() throws Exception {
        CliRun json = run("export", "--tables");
        assertEquals(0, json.code(), json.err());
        JsonNode t = lines(json.out()).get(0);
        assertEquals("Data Takeaway: fees fall as funds grow.", t.get("caption").asText());
        assertEquals("money", t.get("cells").get(0).get(1).get("type").asText());
        assertEquals("1.5", t.get("cells").get(0).get(2).get("value").asText());

        CliRun csv = run("export", "--tables", "--csv");
        assertEquals(0, csv.code(), csv.err());
        String[] rows = csv.out().split("\r\n");
        assertEquals(String.join(",", Exporter.CELL_COLUMNS), rows[0]);
        assertEquals(1 + 6, rows.length);
        assertTrue(rows[1].contains("\"Fund \"\"A\"\", class 1\""), rows[1]);
        assertTrue(csv.out().contains("'=HYPERLINK"), "formula-looking cells are defused");
    }

    @Test
    void csvFilesPerTableAndAtomicOut() throws Exception {
        Path files = dir.resolve("csv");
        CliRun r = run("export", "--tables", "--csv-dir", files.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(files.resolve("a1-0.csv")).startsWith("Fund,Size,Fee\r\n"));

        Path out = dir.resolve("out").resolve("facts.jsonl");
        CliRun f = run("export", "--facts", "--out", out.toString());
        assertEquals(0, f.code(), f.err());
        assertEquals("", f.out());
        List<JsonNode> facts = lines(Files.readString(out));
        assertTrue(facts.stream().anyMatch(n -> n.get("type").asText().equals("table")));
        assertTrue(facts.stream().anyMatch(n -> n.get("type").asText().equals("table-cell")));
        try (var listing = Files.list(out.getParent())) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            Path plain = Files.createFile(dir.resolve("plain-file"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
                    "the export gets the permissions any new file gets (the umask's), not owner-only");
        }
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("export", "--csv").code());
        assertEquals(2, run("export", "--facts", "--tables").code());
        assertEquals(2, run("export", "--facts", "--type", "money,planet").code());
        PrintStream oldErr = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = LedeCommand.commandLine().execute("export", "--data", dir.resolve("nothing").toString());
            assertEquals(2, code);
        } finally {
            System.setErr(oldErr);
        }
        assertFalse(Files.exists(dir.resolve("nothing").resolve("index").resolve("write.lock")));
    }

    @Test
    void anUnreadableIndexIsAnInternalErrorNotAUsageError() throws Exception {
        Path data = dir.resolve("corrupt");
        Files.createDirectories(data.resolve("index"));
        Files.write(data.resolve("index").resolve("segments_1"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
        CliRun r = CliRun.of(data, "export");
        assertEquals(dev.lede.pipeline.cli.ExitCodes.INTERNAL, r.code(), r.err());
        assertTrue(r.err().startsWith("lede export: stopped by an unexpected error: "), r.err());
        assertEquals("", r.out());
    }
}
