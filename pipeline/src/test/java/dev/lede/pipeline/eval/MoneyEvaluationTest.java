package dev.lede.pipeline.eval;

import dev.lede.pipeline.SampleSite;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guards issue 4's targets on the labelled money set in CI, and checks the scoring itself. */
class MoneyEvaluationTest {

    @Test
    void labelledSetMeetsTheTargets() throws Exception {
        List<MoneyEvaluation.Item> items = MoneyEvaluation.load(SampleSite.root().resolve("eval").resolve("money"));
        MoneyEvaluation.Report r = new MoneyEvaluation().evaluate(items);
        assertTrue(r.all().gold() >= 150, "at least 150 labelled amounts");
        assertTrue(r.all().precision() >= 0.97, () -> "precision " + r.all().precision() + " " + r.errors());
        assertTrue(r.all().recall() >= 0.97, () -> "recall " + r.all().recall() + " " + r.errors());
        assertTrue(r.all().exactAmount() >= 0.99, () -> "exact amount " + r.all().exactAmount() + " " + r.errors());
    }

    @Test
    void scoringCountsMissesSpuriousAndWrongAmounts(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"lang\":\"en\",\"text\":\"It cost $5 million.\",\"money\":[{\"text\":\"$5 million\",\"amount\":\"5000000\",\"currency\":\"USD\",\"qualifier\":null,\"low\":null,\"high\":null,\"per\":null}]}",
                "{\"id\":\"b\",\"lang\":\"en\",\"text\":\"It cost $5 million.\",\"money\":[{\"text\":\"$5 million\",\"amount\":\"6000000\",\"currency\":\"USD\",\"qualifier\":null,\"low\":null,\"high\":null,\"per\":null}]}",
                "{\"id\":\"c\",\"lang\":\"en\",\"text\":\"It cost $5 million.\",\"money\":[]}",
                "{\"id\":\"d\",\"lang\":\"en\",\"text\":\"It cost five apples.\",\"money\":[{\"text\":\"five apples\",\"amount\":\"5\",\"currency\":\"USD\",\"qualifier\":null,\"low\":null,\"high\":null,\"per\":null}]}"));
        MoneyEvaluation.Report r = new MoneyEvaluation().evaluate(MoneyEvaluation.load(dir));
        assertEquals(3, r.all().gold());
        assertEquals(3, r.all().found());
        assertEquals(2, r.all().matched());
        assertEquals(0.5, r.all().exactAmount(), 1e-9);
        assertEquals(List.of("wrong amount", "spurious", "missed"), r.errors().stream().map(MoneyEvaluation.Error::kind).toList());
        assertEquals(0, new BigDecimal("5000000").compareTo(MoneyEvaluation.load(dir).get(0).money().get(0).amount()));
    }
}
