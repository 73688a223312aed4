package dev.lede.index;

import dev.lede.model.Article;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A writer killed with SIGKILL in the middle of a batch (a real crash of a real JVM: no shutdown hooks,
 * no close) leaves an index that opens, checks clean, holds exactly the committed articles, and takes
 * new writes.
 */
class CrashRecoveryTest {
    private static final int BATCH = 25;

    @TempDir
    Path dir;

    static Article article(int n) {
        return TestArticles.article("https://crash.example/article/" + n)
                .title("Article number " + n + " about ASML and Nvidia")
                .summary("Summary " + n)
                .body(("Paragraph about chips and money, number " + n + ". ").repeat(10))
                .published("2026-05-" + String.format("%02d", 1 + n % 28))
                .company("ASML").money("€" + n + " million", n + "000000", "EUR")
                .build();
    }

    @Test
    void killedWriterLeavesTheLastCommitIntact() throws Exception {
        int committed = 0;
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(),
                    dir.toString(), String.valueOf(committed), String.valueOf(BATCH))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int lastSeen;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                lastSeen = -1;
                int commitsSeen = 0;
                String line;
                while (commitsSeen < 2 + round && (line = out.readLine()) != null) {
                    lastSeen = Integer.parseInt(line.substring("committed ".length()));
                    commitsSeen++;
                }
                assertTrue(lastSeen > committed, "the child wrote and committed");
                // the child is now writing its next batch (or already committing it): kill it there
                Thread.sleep(5 + 15L * round);
                child.destroyForcibly(); // SIGKILL
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            assertEquals(137, child.exitValue(), "killed by SIGKILL");

            try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
                CheckIndex.Status status = check.checkIndex();
                assertTrue(status.clean, "CheckIndex finds the index clean after the crash");
            }
            try (ArticleIndex index = ArticleIndex.open(dir)) {
                int count = index.count();
                assertTrue(count >= lastSeen, "every reported commit survived: " + count + " < " + lastSeen);
                assertEquals(0, count % BATCH, "only whole batches, as committed: " + count);
                Set<String> ids = new HashSet<>();
                index.forEach(a -> ids.add(a.id()));
                assertEquals(count, ids.size(), "every stored record parses, none twice");
                for (int n = 0; n < count; n++) {
                    assertTrue(ids.contains(article(n).id()), "article " + n + " is there");
                }
                assertEquals(UpsertResult.UNCHANGED, index.upsert(article(0)), "the reopened index knows what it has");
                committed = count;
            }
        }
    }
}
