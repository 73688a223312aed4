package dev.lede.pipeline.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.index.ArticleIndex;
import dev.lede.model.ArticleId;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.crawl.bench.LoopbackSite;
import dev.lede.pipeline.crawl.bench.SyntheticArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code kill -9} in the middle of a crawl, ten times in a row, each killed run resumed by the next: a
 * chain of crawl processes over one data directory, each killed at a random point (after a random
 * number of committed batches, plus a random few milliseconds, so that kills land before, during and
 * after index commits and ledger writes), then a last run that finishes. After every kill: every article
 * a run reported as indexed is in the index, and no article was reported new twice. At the end: every
 * article of the site is indexed exactly once, and the ledger agrees with the index.
 */
class KillResumeTest {
    private static final int ARTICLES = 60;
    private static final int KILLS = 10;
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path data;

    @Test
    void tenKillsInARowLoseNothingAndIndexNothingTwice() throws Exception {
        long seed = Long.getLong("lede.killSeed", System.nanoTime());
        Random random = new Random(seed);
        try (LoopbackSite site = LoopbackSite.start()) {
            new SyntheticArchive(ARTICLES, 10, 7).serveOn(site);
            site.latency(Duration.ofMillis(15));
            String seedUrl = site.base() + "archive/index.html";

            Map<String, Integer> reportedNewBy = new HashMap<>();
            Set<String> reportedIndexed = new HashSet<>();
            int kills = 0;
            for (int round = 1; kills < KILLS; round++) {
                if (round > KILLS * 3) {
                    fail("only " + kills + " of " + KILLS + " runs could be killed mid-run (seed " + seed + ")");
                }
                Child child = Child.start(data, seedUrl);
                try {
                    child.awaitLine("crawl #", STEP_TIMEOUT);
                    child.awaitIndexed(random.nextInt(4), STEP_TIMEOUT);
                    Thread.sleep(random.nextInt(250));
                    if (child.process.isAlive()) {
                        child.process.destroyForcibly(); // SIGKILL
                        kills++;
                    }
                    child.process.waitFor(60, TimeUnit.SECONDS);
                } finally {
                    child.process.destroyForcibly();
                }
                child.drain();
                for (String[] line : child.indexed()) {
                    reportedIndexed.add(line[1]);
                    if (line[0].equals("NEW")) {
                        Integer before = reportedNewBy.putIfAbsent(line[1], round);
                        assertNull(before, "article " + line[1] + " reported new in run " + before + " and again in run "
                                + round + " (seed " + seed + ")");
                    }
                }
                try (ArticleIndex index = ArticleIndex.openReadOnly(data.resolve("index"))) {
                    for (String id : reportedIndexed) {
                        assertTrue(index.get(id).isPresent(), "article " + id + " was reported indexed but is missing"
                                + " after kill " + kills + " (seed " + seed + ")");
                    }
                    assertTrue(index.count() <= ARTICLES, "more documents than articles: " + index.count());
                }
            }

            int beforeLast;
            try (ArticleIndex index = ArticleIndex.openReadOnly(data.resolve("index"))) {
                beforeLast = index.count();
            }
            Child last = Child.start(data, seedUrl);
            assertTrue(last.process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "last run finished");
            last.drain();
            assertEquals(0, last.process.exitValue(), String.join("\n", last.lines));

            JsonNode report = LedeJson.mapper().readTree(data.resolve("crawl/last-run.json").toFile());
            assertEquals(ARTICLES - beforeLast, report.path("new").asInt(), "the last run added exactly what was missing");
            try (ArticleIndex index = ArticleIndex.openReadOnly(data.resolve("index"))) {
                assertEquals(ARTICLES, index.count(), "every article exactly once (seed " + seed + ")");
                for (int i = 1; i <= ARTICLES; i++) {
                    String url = site.base() + SyntheticArchive.articlePath(i).substring(1);
                    assertTrue(index.get(ArticleId.of(url)).isPresent(), "missing " + url);
                }
            }
            try (CrawlLedger ledger = CrawlLedger.open(data.resolve("crawl/ledger.db"))) {
                assertEquals(Map.of("article", ARTICLES, "listing", 6), ledger.countsBy("kind"));
                assertEquals(Map.of("fetched", ARTICLES + 6), ledger.countsBy("state"));
                List<CrawlLedger.RunRecord> runs = ledger.lastRuns(100);
                assertEquals("ok", runs.get(0).status());
                assertTrue(runs.stream().filter(r -> r.status().equals("interrupted")).count() >= KILLS, runs.toString());
                for (int i = 1; i <= ARTICLES; i++) {
                    String url = site.base() + SyntheticArchive.articlePath(i).substring(1);
                    LedgerEntry entry = ledger.get(url).orElseThrow();
                    assertEquals(ArticleId.of(url), entry.articleId());
                    assertTrue(entry.nextFetch().isAfter(Instant.now()), "not due again before recrawlAfter");
                }
            }
        }
    }

    /** A crawl process and its log. */
    private static final class Child {
        final Process process;
        final List<String> lines = new ArrayList<>();
        private final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        synchronized (lines) {
                            lines.add(line);
                            lines.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process died: its output ends here
                }
            }, "child-log");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path data, String seed) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g",
                    "-Dorg.slf4j.simpleLogger.log.dev.lede.pipeline.crawl.BatchCommitter=debug",
                    "-cp", System.getProperty("java.class.path"), CrawlChild.class.getName(),
                    data.toString(), seed);
            pb.redirectErrorStream(true);
            return new Child(pb.start());
        }

        void awaitLine(String fragment, Duration timeout) throws InterruptedException {
            await(() -> lines.stream().anyMatch(l -> l.contains(fragment)), timeout, "a line with '" + fragment + "'");
        }

        void awaitIndexed(int n, Duration timeout) throws InterruptedException {
            await(() -> indexedCount() >= n, timeout, n + " indexed lines");
        }

        private int indexedCount() {
            return (int) lines.stream().filter(l -> l.contains("indexed ")).count();
        }

        private void await(java.util.function.BooleanSupplier done, Duration timeout, String what) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            synchronized (lines) {
                while (!done.getAsBoolean() && process.isAlive()) {
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        fail("timed out waiting for " + what + ":\n" + String.join("\n", lines));
                    }
                    lines.wait(Math.max(1, Math.min(200, left / 1_000_000)));
                }
            }
        }

        void drain() throws InterruptedException {
            reader.join(10_000);
        }

        /** The "indexed RESULT id url" lines: {result, id, url}. */
        List<String[]> indexed() {
            List<String[]> out = new ArrayList<>();
            synchronized (lines) {
                for (String l : lines) {
                    int at = l.indexOf("indexed ");
                    if (at >= 0) {
                        out.add(l.substring(at + "indexed ".length()).trim().split(" ", 3));
                    }
                }
            }
            return out;
        }
    }
}
