package dev.lede.pipeline.ingest;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.pipeline.batch.BatchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonLinesIngesterTest {
    @TempDir
    Path dir;

    @Test
    void parallelIngestCountsEveryLineInOrderAndTheLastVersionOfAnIdWins() throws Exception {
        // entities off: this test is about the batch, and the language models are enough to load
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(new AnalyzerConfig(List.of("en", "nl"), false));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append("{\"url\":\"https://news.example/").append(i).append("\",\"title\":\"Story ").append(i)
                    .append("\",\"body\":\"Mistral AI raised €600 million in June, the company said. Paragraph ")
                    .append(i).append(".\"}\n");
        }
        lines.append("\n");                               // line 31: blank
        lines.append("{\"url\":\"https://news.example/x\"}\n"); // line 32: no title
        lines.append("not json\n");                       // line 33
        lines.append("{\"url\":\"https://news.example/7\",\"title\":\"Story 7\",\"body\":\"Corrected text.\"}\n");
        List<Integer> progressLines = new ArrayList<>();
        JsonLinesIngester.Summary s;
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            JsonLinesIngester ingester = new JsonLinesIngester(analyzer, index, BatchSettings.withWorkers(2).withCommitEvery(7));
            s = ingester.ingest(new BufferedReader(new StringReader(lines.toString())), "test.jsonl",
                    p -> progressLines.add(p.lines()));
        }
        assertEquals(new JsonLinesIngester.Summary(34, 30, 1, 0, 2), s);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 34; i++) {
            expected.add(i);
        }
        assertEquals(expected, progressLines, "progress once per line, in line order");
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            assertEquals(30, index.count());
            assertEquals("Corrected text.", index.getByUrl("https://news.example/7").orElseThrow().body());
            assertEquals(1, index.getByUrl("https://news.example/3").orElseThrow().money().size());
        }
    }
}
