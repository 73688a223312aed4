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

    /**
     * The level reached on the labelled set (every figure 1.000 on 256 amounts), not only issue 4's
     * targets (precision and recall 0.97, exact amount 0.99): any regression on a labelled sentence fails
     * CI and names the sentence.
     */
    @Test
    void labelledSetKeepsTheLevelReached() throws Exception {
        List<MoneyEvaluation.Item> items = MoneyEvaluation.load(SampleSite.root().resolve("eval").resolve("money"));
        MoneyEvaluation.Report r = new MoneyEvaluation().evaluate(items);
        assertTrue(r.all().gold() >= 256, "at least 256 labelled amounts");
        assertEquals(List.of(), r.errors(), "disagreements with the labelled set");
        assertEquals(1.0, r.all().precision(), "precision");
        assertEquals(1.0, r.all().recall(), "recall");
        assertEquals(1.0, r.all().exactAmount(), "exact amount");
        assertEquals(1.0, r.all().qualifierAgreement(), "qualifier");
        assertEquals(1.0, r.all().perAgreement(), "per");
        assertEquals(1.0, r.all().textAgreement(), "text as written");
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

    @Test
    void textAgreementCountsTheAmountAsWritten(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.jsonl"),
                "{\"id\":\"a\",\"lang\":\"nl\",\"text\":\"Een boete van EUR 1,2 mld. volgde.\",\"money\":[{\"text\":\"EUR 1,2 mld\",\"amount\":\"1200000000\",\"currency\":\"EUR\",\"qualifier\":null,\"low\":null,\"high\":null,\"per\":null}]}");
        MoneyEvaluation.Report r = new MoneyEvaluation().evaluate(MoneyEvaluation.load(dir));
        assertEquals(1, r.all().matched());
        assertEquals(1.0, r.all().exactAmount());
        assertEquals(0.0, r.all().textAgreement());
        assertEquals(List.of("text"), r.errors().stream().map(MoneyEvaluation.Error::kind).toList());
    }
}
