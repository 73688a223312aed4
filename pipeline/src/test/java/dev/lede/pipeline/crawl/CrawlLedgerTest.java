package dev.lede.pipeline.crawl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrawlLedgerTest {
    @TempDir
    Path dir;

    @Test
    void fetchedEntriesReplaceWhatWasKnownAndDiscoveredOnesNeverDo() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Path file = dir.resolve("ledger.db");
        try (CrawlLedger ledger = CrawlLedger.open(file)) {
            ledger.record(List.of(), List.of(LedgerEntry.discovered("http://n.test/a", 3, now)));
            LedgerEntry fetched = new LedgerEntry("http://n.test/a", PageKind.ARTICLE, UrlState.FETCHED, 3, 200,
                    "\"e1\"", "Mon, 04 May 2026 10:00:00 GMT", "h1", "id1", 0, null, null, now, now,
                    now.plus(Duration.ofDays(1)));
            ledger.record(List.of(fetched), List.of());
            ledger.record(List.of(), List.of(LedgerEntry.discovered("http://n.test/a", 1, now)));
        }
        try (CrawlLedger ledger = CrawlLedger.open(file)) {
            LedgerEntry a = ledger.get("http://n.test/a").orElseThrow();
            assertEquals(UrlState.FETCHED, a.state(), "a rediscovered URL keeps its state");
            assertEquals(1, a.depth(), "the shorter depth wins");
            assertEquals("\"e1\"", a.etag());
            assertEquals("id1", a.articleId());
            assertEquals(now, a.lastFetched());
            assertNull(a.failure());
            assertTrue(ledger.due(now).isEmpty());
            assertEquals(1, ledger.due(now.plus(Duration.ofDays(2))).size());
            assertEquals(Map.of("fetched", 1), ledger.countsBy("state"));
        }
    }

    @Test
    void runsLeftRunningByAKilledProcessAreMarkedInterrupted() throws IOException {
        try (CrawlLedger ledger = CrawlLedger.open(dir.resolve("ledger.db"))) {
            long killed = ledger.startRun(Instant.now(), "[]");
            long next = ledger.startRun(Instant.now(), "[]");
            assertEquals(List.of(killed), ledger.closeInterruptedRuns(next));
            ledger.finishRun(next, Instant.now(), "ok", "{\"new\":0}");
            List<CrawlLedger.RunRecord> runs = ledger.lastRuns(10);
            assertEquals("ok", runs.get(0).status());
            assertEquals("interrupted", runs.get(1).status());
        }
    }
}
