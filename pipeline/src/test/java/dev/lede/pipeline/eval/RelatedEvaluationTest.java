package dev.lede.pipeline.eval;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.pipeline.SampleSite;
import dev.lede.pipeline.eval.RelatedEvaluation.Report;
import dev.lede.pipeline.eval.RelatedEvaluation.SystemScores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality of related articles on the labelled corpus in {@code samples/eval/related}, through the real
 * extractors, guarded at the level reached (what {@code lede eval related} printed when this was written:
 * P@5 0.797, P@10 0.412, MRR 0.989, 71 of 72 bilingual, 48 of 61 edition pairs folded, none across stories),
 * so that a change that makes the lists worse fails the build. The targets are asserted too:
 * precision@5 at least 0.10 above plain MoreLikeThis.
 */
class RelatedEvaluationTest {
    @TempDir
    static Path dir;
    static Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        Path corpus = SampleSite.root().resolve("eval").resolve("related").resolve("articles.jsonl");
        report = RelatedEvaluation.run(corpus, ArticleAnalyzer.create(AnalyzerConfig.defaults()), dir.resolve("index"));
    }

    @Test
    void beatsPlainMoreLikeThis() {
        SystemScores lede = report.systems().get(0);
        for (SystemScores baseline : report.systems().subList(1, report.systems().size())) {
            assertTrue(lede.precisionAt5() >= baseline.precisionAt5() + 0.10,
                    "P@5 " + lede.precisionAt5() + " vs " + baseline.system() + " " + baseline.precisionAt5());
        }
    }

    @Test
    void keepsTheLevelReached() {
        SystemScores lede = report.systems().get(0);
        assertTrue(lede.precisionAt5() >= 0.78, lede.toString());
        assertTrue(lede.precisionAt10() >= 0.40, lede.toString());
        assertTrue(lede.mrr() >= 0.97, lede.toString());
    }

    @Test
    void bilingualStoriesFindTheirOtherLanguageArticles() {
        SystemScores lede = report.systems().get(0);
        assertEquals(72, lede.bilingualSources(), "every story of the corpus is told in both languages");
        // 71 with the English model reading Dutch text; 70 since Dutch goes through Lede's Dutch model (the
        // names in Dutch articles changed: payout-nl-4 and ai-act-nl-3 lost their English counterpart)
        assertTrue(lede.bilingualFound() >= 70, lede.toString());
    }

    @Test
    void editionsAreShownOnceAndNothingFoldsAcrossStories() {
        assertEquals(0, report.wrongFolds(), report.toString());
        assertTrue(report.editionsFolded() >= report.editionPairs() * 0.75, report.toString());
    }
}
