package dev.lede.pipeline.crawl;

import com.sun.net.httpserver.HttpExchange;
import dev.lede.index.ArticleIndex;
import dev.lede.model.Article;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.crawl.bench.LoopbackSite;
import dev.lede.pipeline.crawl.bench.SyntheticArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fault a real site throws at a crawler, served by a real HTTP server on loopback. Each fault page
 * is linked from a listing page (as on a real site), which is the run's seed.
 */
class FaultInjectionTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static LoopbackSite site;
    private static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @TempDir
    Path data;

    @BeforeAll
    static void startSite() throws IOException {
        site = LoopbackSite.start();
        site.route("/fault/", FaultInjectionTest::fault);
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void aResponseSlowerThanTheTimeoutFailsAsTimeoutAndIsRetriedLater() throws IOException {
        RunReport report = crawlFault("slow", b -> b.timeout(Duration.ofMillis(700))
                .retry(new RetryPolicy(2, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1))));
        assertEquals(Map.of("timeout", 1), report.failedByReason(), report.toString());
        assertEquals(2, hitsOf("slow"), "tried twice in the run");
        LedgerEntry entry = ledgerEntry("slow");
        assertEquals(UrlState.RETRY, entry.state());
        assertEquals(FailureReason.TIMEOUT, entry.failure());
        assertTrue(entry.nextFetch().isAfter(Instant.now().plus(Duration.ofMinutes(10))), "backoff between runs");
    }

    @Test
    void aServerErrorThenSuccessIsRetriedWithinTheRun() throws IOException {
        RunReport report = crawlFault("flaky", b -> b);
        assertEquals(1, report.newArticles(), report.toString());
        assertEquals(0, report.failed());
        assertEquals(2, hitsOf("flaky"));
        assertEquals(UrlState.FETCHED, ledgerEntry("flaky").state());
    }

    @Test
    void tooManyRequestsWithRetryAfterIsHonoured() throws IOException {
        RunReport report = crawlFault("busy", b -> b);
        assertEquals(1, report.newArticles(), report.toString());
        List<LoopbackSite.Request> requests = site.requests("/fault/busy.html");
        assertEquals(2, requests.size());
        long gapMillis = (requests.get(1).nanos() - requests.get(0).nanos()) / 1_000_000;
        assertTrue(gapMillis >= 950, "waited for Retry-After: 1 (" + gapMillis + " ms)");
    }

    @Test
    void aLongRetryAfterDefersTheUrlToALaterRun() throws IOException {
        RunReport report = crawlFault("throttled", b -> b);
        assertEquals(Map.of("rate-limited", 1), report.failedByReason(), report.toString());
        assertEquals(1, hitsOf("throttled"), "not hammered within the run");
        LedgerEntry entry = ledgerEntry("throttled");
        assertEquals(UrlState.RETRY, entry.state());
        assertTrue(entry.nextFetch().isAfter(Instant.now().plus(Duration.ofMinutes(110))), "Retry-After: 7200 honoured");
    }

    @Test
    void aRedirectLoopIsRecordedAndNotRetried() throws IOException {
        RunReport report = crawlFault("loop-a", b -> b);
        assertEquals(Map.of("redirect-loop", 1), report.failedByReason(), report.toString());
        assertTrue(hitsOf("loop-a") <= 2 && hitsOf("loop-b") <= 2, "followed the loop once: " + hits);
        LedgerEntry entry = ledgerEntry("loop-a");
        assertEquals(UrlState.FAILED, entry.state());
        assertTrue(entry.nextFetch().isAfter(Instant.now().plus(Duration.ofDays(20))), "parked");
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowed() throws IOException {
        RunReport report = crawlFault("away", b -> b);
        assertEquals(0, report.failed(), report.toString());
        assertEquals(Map.of("redirect-out-of-scope", 1), report.skippedByReason());
        assertEquals(0, hitsOf("elsewhere"), "the other host was never asked");
        assertEquals(UrlState.SKIPPED, ledgerEntry("away").state());
    }

    @Test
    void aTruncatedBodyFailsAsTruncated() throws IOException {
        RunReport report = crawlFault("truncated", b -> b);
        assertEquals(Map.of("truncated", 1), report.failedByReason(), report.toString());
        assertEquals(0, report.newArticles(), "a cut page is not indexed");
        assertEquals(UrlState.RETRY, ledgerEntry("truncated").state());
    }

    @Test
    void aWindows1252DutchPageIsReadCorrectlyWithAWrongOrMissingCharset() throws IOException {
        LedeConfig config = CrawlHarness.config(data);
        site.put("/lists/cp1252.html", listing("cp1252-wrong", "cp1252-none"));
        RunReport report = CrawlHarness.crawl(config, site.base() + "lists/cp1252.html");
        assertEquals(2, report.newArticles(), report.toString());
        for (String name : List.of("cp1252-wrong", "cp1252-none")) {
            Article a = indexed(config, site.base() + "fault/" + name + ".html");
            assertTrue(a.title().contains("Één miljard euro voor café-eigenaars"), a.title());
            assertTrue(a.body().contains("geïnterviewd") && a.body().contains("€ 1.234,56") && a.body().contains("ruïne"),
                    a.body());
            assertFalse(a.body().contains("\uFFFD") || a.body().contains("Ã"), "no mojibake: " + a.body());
        }
    }

    @Test
    void bodiesOverTheSizeCapAreRefusedWithOrWithoutContentLength() throws IOException {
        LedeConfig config = CrawlHarness.config(data).withMaxPageBytes(64 * 1024);
        site.put("/lists/huge.html", listing("huge", "huge-chunked"));
        RunReport report = CrawlHarness.crawl(config, site.base() + "lists/huge.html");
        assertEquals(Map.of("too-large", 2), report.failedByReason(), report.toString());
        assertEquals(0, report.newArticles());
    }

    @Test
    void binaryContentBehindAnHtmlNameIsRefused() throws IOException {
        RunReport report = crawlFault("image", b -> b);
        assertEquals(Map.of("binary-content", 1), report.failedByReason(), report.toString());
        assertEquals(UrlState.FAILED, ledgerEntry("image").state());
    }

    @Test
    void aGzippedPageIsDecoded() throws IOException {
        LedeConfig config = CrawlHarness.config(data);
        site.put("/lists/gzip.html", listing("gzip"));
        RunReport report = CrawlHarness.crawl(config, site.base() + "lists/gzip.html");
        assertEquals(1, report.newArticles(), report.toString());
        Article a = indexed(config, site.base() + "fault/gzip.html");
        assertTrue(a.body().contains("compressed on the wire"), a.body());
    }

    @Test
    void robotsCrawlDelayAndThePolitenessDelaySpaceRequestsToAHost() throws IOException {
        try (LoopbackSite polite = LoopbackSite.start()) {
            new SyntheticArchive(3, 3, 1).serveOn(polite);
            polite.put("/robots.txt", "User-agent: *\nCrawl-delay: 1\n".getBytes(StandardCharsets.UTF_8), "text/plain");
            LedeConfig config = CrawlHarness.config(data, b -> b.politenessDelay(Duration.ofMillis(200)).maxConcurrentFetches(4));
            RunReport report = CrawlHarness.crawl(config, polite.base() + "archive/index.html");
            assertEquals(3, report.newArticles(), report.toString());
            List<LoopbackSite.Request> pages = polite.requests().stream().filter(r -> !r.path().equals("/robots.txt")).toList();
            assertEquals(4, pages.size());
            for (int i = 1; i < pages.size(); i++) {
                long gap = (pages.get(i).nanos() - pages.get(i - 1).nanos()) / 1_000_000;
                assertTrue(gap >= 950, "Crawl-delay: 1 between requests, got " + gap + " ms");
            }
        }
    }

    @Test
    void maxPagesLeavesTheRestForTheNextRun() throws IOException {
        try (LoopbackSite archive = LoopbackSite.start()) {
            new SyntheticArchive(12, 4, 2).serveOn(archive);
            LedeConfig config = CrawlHarness.config(data, b -> b.maxPages(5));
            RunReport first = CrawlHarness.crawl(config, archive.base() + "archive/index.html");
            assertEquals(5, first.fetched(), first.toString());
            assertTrue(first.pending() > 0, first.toString());
            int total = first.newArticles();
            for (int run = 0; run < 6 && total < 12; run++) {
                total += CrawlHarness.crawl(config, archive.base() + "archive/index.html").newArticles();
            }
            assertEquals(12, total, "every article indexed once over the runs");
            assertEquals(12, CrawlHarness.indexCount(config));
        }
    }

    @Test
    void aSecondRunOnALockedDataDirectoryExitsAtOnceWithItsOwnCode() throws IOException {
        LedeConfig config = CrawlHarness.config(data);
        try (RunLock held = RunLock.tryAcquire(CrawlJob.lockFile(config)).orElseThrow()) {
            CrawlJob.Result result = new CrawlJob(config, () -> {
                throw new AssertionError("models must not load when the lock is taken");
            }, CrawlListener.NONE).run(List.of(site.base()), null);
            assertTrue(result.locked());
            assertTrue(result.lockHolder().contains("pid " + ProcessHandle.current().pid()), result.lockHolder());
            int exit = dev.lede.pipeline.cli.CrawlCommand.execute(config, List.of(site.base()), null,
                    CrawlListener.NONE, System.out);
            assertEquals(dev.lede.pipeline.cli.ExitCodes.LOCKED, exit);
        }
        assertTrue(RunLock.tryAcquire(CrawlJob.lockFile(config)).isPresent(), "released");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private RunReport crawlFault(String name, UnaryOperator<LedeConfig.Crawl.Builder> tweak) throws IOException {
        site.put("/lists/" + name + ".html", listing(name));
        return CrawlHarness.crawl(CrawlHarness.config(data, tweak), site.base() + "lists/" + name + ".html");
    }

    private LedgerEntry ledgerEntry(String name) throws IOException {
        try (CrawlLedger ledger = CrawlLedger.open(data.resolve("crawl/ledger.db"))) {
            return ledger.get(site.base() + "fault/" + name + ".html").orElseThrow();
        }
    }

    private static Article indexed(LedeConfig config, String url) throws IOException {
        try (ArticleIndex index = ArticleIndex.openReadOnly(config.indexDir())) {
            return index.getByUrl(url).orElseThrow(() -> new AssertionError("not indexed: " + url));
        }
    }

    private static int hitsOf(String name) {
        AtomicInteger n = hits.get(name);
        return n == null ? 0 : n.get();
    }

    private static String listing(String... names) {
        StringBuilder html = new StringBuilder("<html><head><title>Fault listing</title></head><body><h1>Listing</h1><ul>");
        for (String name : names) {
            html.append("<li><a href=\"/fault/").append(name).append(".html\">The ").append(name).append(" story</a></li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    /** A plain article page with {@code text} in its body. */
    static String article(String title, String text) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            body.append("<p>").append(text).append(" Paragraph ").append(i + 1).append(" goes on about the money, the ")
                    .append("people and the companies involved, as news articles do at some length.</p>");
        }
        return "<html><head><title>" + title + "</title><meta property=\"og:type\" content=\"article\"></head><body>"
                + "<article><h1>" + title + "</h1>" + body + "</article></body></html>";
    }

    private static final String DUTCH = article("Één miljard euro voor café-eigenaars",
            "De eigenaar werd geïnterviewd over de ruïne van zijn zaak en een rekening van € 1.234,56 voor één week.");

    private static void fault(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().replaceFirst("^/fault/", "").replaceFirst("\\.html$", "");
            hits.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            int hit = hits.get(name).get();
            switch (name) {
                case "slow" -> {
                    sleep(3000);
                    send(exchange, 200, "text/html", article("Slow", "Too late.").getBytes(StandardCharsets.UTF_8));
                }
                case "flaky" -> {
                    if (hit == 1) {
                        send(exchange, 500, "text/html", "<h1>Internal error</h1>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        send(exchange, 200, "text/html; charset=utf-8", article("Flaky server recovers",
                                "The server failed once and then answered.").getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "busy" -> {
                    if (hit == 1) {
                        exchange.getResponseHeaders().set("Retry-After", "1");
                        send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
                    } else {
                        send(exchange, 200, "text/html; charset=utf-8", article("Busy server lets us in",
                                "The server asked for a pause of one second.").getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "throttled" -> {
                    exchange.getResponseHeaders().set("Retry-After", "7200");
                    send(exchange, 429, "text/plain", "come back in two hours".getBytes(StandardCharsets.UTF_8));
                }
                case "loop-a" -> redirect(exchange, "/fault/loop-b.html");
                case "loop-b" -> redirect(exchange, "/fault/loop-a.html");
                case "away" -> redirect(exchange, "http://localhost:" + exchange.getLocalAddress().getPort()
                        + "/fault/elsewhere.html");
                case "truncated" -> {
                    byte[] full = article("Cut short", "This page is cut off in transit. ".repeat(40))
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, full.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(full, 0, full.length / 3);
                    out.flush();
                    exchange.getHttpContext().getServer(); // keep the exchange open until here
                    throw new IOException("connection dropped on purpose");
                }
                case "cp1252-wrong" -> send(exchange, 200, "text/html; charset=utf-8", DUTCH.getBytes(CP1252));
                case "cp1252-none" -> send(exchange, 200, "text/html", DUTCH.getBytes(CP1252));
                case "huge" -> send(exchange, 200, "text/html", hugePage());
                case "huge-chunked" -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(hugePage());
                    }
                }
                case "image" -> {
                    byte[] png = new byte[2048];
                    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
                    System.arraycopy(magic, 0, png, 0, magic.length);
                    send(exchange, 200, "text/html", png);
                }
                case "gzip" -> {
                    byte[] plain = article("Gzip on the wire", "This page was compressed on the wire with gzip.")
                            .getBytes(StandardCharsets.UTF_8);
                    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                        gz.write(plain);
                    }
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    send(exchange, 200, "text/html; charset=utf-8", zipped.toByteArray());
                }
                default -> send(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] hugePage() {
        StringBuilder sb = new StringBuilder("<html><body><article><h1>Huge</h1>");
        while (sb.length() < 300 * 1024) {
            sb.append("<p>A very long page that goes on and on, far beyond any sensible article length.</p>");
        }
        return sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<String> names() {
        return new ArrayList<>(hits.keySet());
    }
}
