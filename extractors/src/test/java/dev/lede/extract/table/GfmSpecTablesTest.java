package dev.lede.extract.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.DataTable;
import dev.lede.model.LedeJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One test per example of the GFM spec's "Tables (extension)" section, read from
 * {@code ../shared/data/tables/gfm-spec-tables.jsonl} (third-party, kept out of the repo); skipped when absent.
 */
class GfmSpecTablesTest {
    private final MarkdownTableParser parser = new MarkdownTableParser();

    static Path specFile() {
        return Path.of(System.getProperty("lede.shared", "../shared"), "data", "tables", "gfm-spec-tables.jsonl");
    }

    @TestFactory
    Stream<DynamicTest> everySpecExample() throws IOException {
        Path file = specFile();
        assumeTrue(Files.isRegularFile(file), "GFM spec examples not found at " + file);
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode example = LedeJson.mapper().readTree(line);
            String markdown = example.get("markdown").asText();
            JsonNode expected = example.get("expected");
            tests.add(DynamicTest.dynamicTest("GFM example " + example.get("example").asInt(), () -> {
                List<DataTable> tables = parser.parseMarkdown(markdown);
                if (expected == null || expected.isNull()) {
                    assertEquals(List.of(), tables);
                    return;
                }
                assertEquals(1, tables.size());
                DataTable t = tables.get(0);
                assertEquals(strings(expected.get("header")), t.header());
                List<List<String>> rows = new ArrayList<>();
                expected.get("rows").forEach(r -> rows.add(strings(r)));
                assertEquals(rows, t.rows());
                assertEquals(strings(expected.get("align")), t.align());
            }));
        }
        assumeTrue(!tests.isEmpty(), "no examples in " + file);
        return tests.stream();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
        return out;
    }
}
