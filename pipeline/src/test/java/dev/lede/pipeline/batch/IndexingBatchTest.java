package dev.lede.pipeline.batch;

import dev.lede.index.ArticleIndex;
import dev.lede.index.UpsertResult;
import dev.lede.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexingBatchTest {
    @TempDir
    Path dir;

    /** An input: the id and text of an article, or "skip" / "fail". */
    record Input(String id, String text) {
    }

    static Article article(String id, String body) {
        return new Article(id, "http://test.example/" + id, "http://test.example/" + id, Instant.EPOCH, null, null, "en",
                "Title " + id, "", List.of(), null, body, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), "hash-" + body.hashCode());
    }

    private static Article extract(Input in) {
        if (in.text().equals("fail")) {
            throw new IllegalStateException("cannot extract " + in.id());
        }
        return in.text().equals("skip") ? null : article(in.id(), in.text());
    }

    @Test
    void indexesInInputOrderCommitsInBatchesAndReportsEveryInput() throws Exception {
        List<String> events = new ArrayList<>();
        List<Integer> commits = new ArrayList<>();
        IndexingBatch.Listener<Input> listener = new IndexingBatch.Listener<>() {
            @Override
            public void indexed(Input input, Article article, UpsertResult result) {
                events.add(input.id() + " " + result);
            }

            @Override
            public void failed(Input input, Throwable reason) {
                events.add(input.id() + " failed: " + reason.getMessage());
            }

            @Override
            public void skipped(Input input) {
                events.add(input.id() + " skipped");
            }

            @Override
            public void committed(int articles) {
                commits.add(articles);
            }
        };
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            inputs.add(new Input("a" + i, "body " + i));
        }
        inputs.add(new Input("a3", "body 3, corrected")); // a later version of a3: must win, as in a sequential run
        inputs.add(new Input("x", "skip"));
        inputs.add(new Input("y", "fail"));
        inputs.add(new Input("a4", "body 4")); // unchanged: nothing to write

        BatchSettings settings = new BatchSettings(3, 4, 10, Duration.ofHours(1));
        try (ArticleIndex index = ArticleIndex.open(dir);
             IndexingBatch<Input> batch = new IndexingBatch<>("test", index, settings, IndexingBatchTest::extract, listener)) {
            for (Input in : inputs) {
                batch.submit(in);
            }
            batch.finish();
            assertEquals(3, batch.writerTimes().commits());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            expected.add("a" + i + " NEW");
        }
        expected.addAll(List.of("a3 UPDATED", "x skipped", "y failed: cannot extract y", "a4 UNCHANGED"));
        assertEquals(expected, events);
        assertEquals(List.of(10, 10, 6), commits.subList(0, 3));
        assertEquals(3, commits.size());

        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) { // only committed articles are visible here
            assertEquals(25, index.count());
            assertEquals("body 3, corrected", index.get("a3").orElseThrow().body());
        }
    }
}
