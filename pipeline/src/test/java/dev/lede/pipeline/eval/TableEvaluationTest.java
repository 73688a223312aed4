package dev.lede.pipeline.eval;

import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.SampleSite;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guards the table readers on the labelled tables, and every GFM spec example where ../shared is present. */
class TableEvaluationTest {

    @Test
    void labelledTablesAndSpecExamples() throws Exception {
        List<TableEvaluation.Item> items = TableEvaluation.load(SampleSite.root().resolve("eval").resolve("tables"));
        long tables = items.stream().mapToLong(i -> i.tables().size()).sum();
        assertTrue(tables >= 20, "at least 20 labelled tables");
        Path spec = LedeConfig.sharedDir().resolve("data").resolve("tables").resolve("gfm-spec-tables.jsonl");
        TableEvaluation.Report r = new TableEvaluation().evaluate(items, spec);
        assertTrue(r.cellAccuracy() >= 0.98, () -> "cell accuracy " + r.cellAccuracy() + " " + r.errors());
        assertEquals(1.0, r.tableRecall(), () -> r.errors().toString());
        assertEquals(1.0, r.tablePrecision(), () -> r.errors().toString());
        if (Files.isRegularFile(spec)) {
            assertEquals(r.gfmExamples(), r.gfmPassed(), () -> r.errors().toString());
        }
    }
}
