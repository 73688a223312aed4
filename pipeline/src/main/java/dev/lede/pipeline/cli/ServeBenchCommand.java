package dev.lede.pipeline.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.lede.index.ArticleIndex;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.bench.LatencyFigures;
import dev.lede.pipeline.bench.SyntheticArticles;
import dev.lede.pipeline.web.NewsroomServer;
import dev.lede.pipeline.web.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code lede bench serve}: how fast the web server answers searches. Generates an index of
 * {@code --articles} news-shaped articles (or reuses one), starts the real server on loopback, and times
 * {@code GET /api/search} over a mix of searches (terms, phrases, filters, facets, date ranges, amounts,
 * paging), plus the HTML search page. Prints percentiles per kind and in all, and writes them as JSON.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Time GET /api/search (p50/p95/p99) through a real server on 127.0.0.1 over a generated index.",
                "Target: p95 under 50 ms at 10,000 articles on a 2-core machine."})
public final class ServeBenchCommand implements Callable<Integer> {
    static final double TARGET_P95_MS = 50;
    private static final String CPU = "cpu:";

    @Mixin
    DataOption data;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Articles in the generated index (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "3000", description = "Timed requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "600", description = "Untimed requests first, for the JIT and caches (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--index", paramLabel = "DIR", description = "Keep the generated index here and reuse it on the next run (default: a temporary directory, removed).")
    Path indexDir;

    @Option(names = "--json", paramLabel = "FILE", description = "Where to write the figures (default: DATA/bench/serve.json).")
    Path jsonFile;

    /**
     * What one run measured.
     *
     * @param apiSearch    wall-clock latency of {@code GET /api/search} as the client saw it
     * @param apiSearchCpu CPU time the server spent per {@code GET /api/search} (its Server-Timing header): what a
     *                     request costs, whatever else the machine is doing
     * @param loadAverage  the machine's one-minute load average before and after the timed run; above the
     *                     number of cores, the wall-clock figures include waiting for a core
     */
    @JsonPropertyOrder({"benchmark", "articles", "threads", "cores", "loadAverage", "indexSeconds", "indexBytes",
            "throughputPerSecond", "targetP95Ms", "apiSearch", "apiSearchCpu", "byKind", "searchPage"})
    record Report(String benchmark, int articles, int threads, int cores, double[] loadAverage, double indexSeconds,
                  long indexBytes, double throughputPerSecond, double targetP95Ms, LatencyFigures apiSearch,
                  LatencyFigures apiSearchCpu, Map<String, LatencyFigures> byKind, LatencyFigures searchPage) {
    }

    private record Timed(String kind, String path) {
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || requests < 1 || warmup < 0 || threads < 1) {
            System.err.println("lede bench serve: --articles, --requests and --threads must be positive");
            return ExitCodes.USAGE;
        }
        boolean temporary = indexDir == null;
        Path dir = temporary ? Files.createTempDirectory("lede-bench-serve") : indexDir;
        try {
            double indexSeconds = ensureIndex(dir);
            try (ArticleIndex index = ArticleIndex.openReadOnly(dir);
                 NewsroomServer server = NewsroomServer.start(index, ServerSettings.defaults().listeningOn("127.0.0.1", 0))) {
                List<Timed> mix = mix(new SyntheticArticles(42));
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                run(http, server, mix, warmup, null);
                Map<String, List<Double>> byKind = new LinkedHashMap<>();
                double loadBefore = load();
                long start = System.nanoTime();
                run(http, server, mix, requests, byKind);
                double seconds = (System.nanoTime() - start) / 1e9;
                double loadAfter = load();
                List<Double> api = byKind.entrySet().stream()
                        .filter(e -> !e.getKey().equals("page") && !e.getKey().startsWith(CPU))
                        .flatMap(e -> e.getValue().stream()).toList();
                List<Double> apiCpu = byKind.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(CPU) && !e.getKey().equals(CPU + "page"))
                        .flatMap(e -> e.getValue().stream()).toList();
                Map<String, LatencyFigures> kinds = new LinkedHashMap<>();
                byKind.forEach((k, v) -> {
                    if (!k.equals("page") && !k.startsWith(CPU)) {
                        kinds.put(k, LatencyFigures.of(v));
                    }
                });
                Report report = new Report("serve", index.count(), threads, Runtime.getRuntime().availableProcessors(),
                        new double[]{loadBefore, loadAfter}, indexSeconds, index.sizeOnDisk(),
                        Math.round(requests / seconds * 10) / 10.0, TARGET_P95_MS, LatencyFigures.of(api), LatencyFigures.of(apiCpu),
                        kinds, LatencyFigures.of(byKind.get("page")));
                print(report);
                Path out = jsonFile != null ? jsonFile : data.config().dataDir().resolve("bench").resolve("serve.json");
                Files.createDirectories(out.toAbsolutePath().getParent());
                LedeJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);
                System.out.println("figures written to " + out);
            }
        } finally {
            if (temporary) {
                TempDirectories.deleteTree(dir);
            }
        }
        return ExitCodes.OK;
    }

    /** Builds the index unless {@code dir} already holds one of the asked size; returns the seconds it took. */
    private double ensureIndex(Path dir) throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            if (index.count() == articles) {
                System.out.println("reusing the index of " + articles + " articles in " + dir);
                return 0;
            }
            if (index.count() != 0) {
                throw new IllegalStateException(dir + " holds " + index.count() + " articles, not " + articles
                        + "; give another --index or none");
            }
            System.out.println("generating and indexing " + articles + " articles in " + dir + " ...");
            SyntheticArticles generator = new SyntheticArticles(42);
            long start = System.nanoTime();
            for (int i = 0; i < articles; i++) {
                index.upsert(generator.next(i));
                if ((i + 1) % 2000 == 0) {
                    System.out.printf("  %,d articles%n", i + 1);
                }
            }
            index.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("indexed %,d articles in %.1f s%n", articles, seconds);
            return Math.round(seconds * 10) / 10.0;
        }
    }

    private static List<Timed> mix(SyntheticArticles corpus) {
        String common = "market"; // in most articles, and not a stop word
        List<Timed> mix = new ArrayList<>();
        mix.add(new Timed("one common word", "/api/search?q=" + enc(common)));
        mix.add(new Timed("two words", "/api/search?q=" + enc("funding valuation")));
        mix.add(new Timed("phrase", "/api/search?q=" + enc("\"open weights\"")));
        mix.add(new Timed("rare words", "/api/search?q=" + enc("antitrust settlement licensing")));
        mix.add(new Timed("word + company", "/api/search?q=chips&company=" + enc(corpus.company(0))));
        mix.add(new Timed("company only", "/api/search?company=" + enc(corpus.company(3))));
        mix.add(new Timed("Dutch + language", "/api/search?q=investeerders&lang=nl"));
        mix.add(new Timed("word + months", "/api/search?q=revenue&from=2025-01&to=2025-06"));
        mix.add(new Timed("word + amount over", "/api/search?q=funding&minAmount=500m"));
        mix.add(new Timed("page 6", "/api/search?q=" + enc(common) + "&offset=50"));
        mix.add(new Timed("page", "/?q=" + enc("funding valuation")));
        return mix;
    }

    private void run(HttpClient http, NewsroomServer server, List<Timed> mix, int count,
                     Map<String, List<Double>> byKind) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Object[]>>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    List<Object[]> timings = new ArrayList<>();
                    for (int i = first; i < count; i += threads) {
                        Timed q = mix.get(i % mix.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + q.path().substring(1))).build();
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        double ms = (System.nanoTime() - t0) / 1e6;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(q.path() + " answered " + response.statusCode());
                        }
                        timings.add(new Object[]{q.kind(), ms});
                        timings.add(new Object[]{CPU + q.kind(), serverCpuMs(response)});
                    }
                    return timings;
                }));
            }
            for (Future<List<Object[]>> part : parts) {
                for (Object[] timing : part.get()) {
                    if (byKind != null) {
                        byKind.computeIfAbsent((String) timing[0], k -> new ArrayList<>()).add((Double) timing[1]);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The server's CPU time for a response, from its {@code Server-Timing: ..., cpu;dur=<ms>} header. */
    private static double serverCpuMs(HttpResponse<?> response) {
        String timing = response.headers().firstValue("Server-Timing").orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("cpu;dur=([0-9.]+)").matcher(timing);
        if (!m.find()) {
            throw new IllegalStateException("no Server-Timing cpu figure in the response");
        }
        return Double.parseDouble(m.group(1));
    }

    private static double load() {
        return Math.round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100)
                / 100.0;
    }

    private static void print(Report r) {
        System.out.printf("%nGET /api/search over %,d articles, %d client thread(s), %.1f requests/s%n",
                r.articles(), r.threads(), r.throughputPerSecond());
        System.out.printf("%-22s %8s %8s %8s %8s %8s%n", "kind", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        r.byKind().forEach((k, f) -> row(k, f));
        row("ALL /api/search", r.apiSearch());
        row("  server CPU per search", r.apiSearchCpu());
        row("HTML page /?q=", r.searchPage());
        System.out.printf("p95 of /api/search: %.1f ms wall-clock (target < %.0f ms): %s; server CPU p95 %.1f ms%n",
                r.apiSearch().p95(), r.targetP95Ms(), r.apiSearch().p95() < r.targetP95Ms() ? "met" : "MISSED",
                r.apiSearchCpu().p95());
        if (Math.max(r.loadAverage()[0], r.loadAverage()[1]) > r.cores()) {
            System.out.printf("note: load average %.1f / %.1f on %d cores: other work competed for the CPU, so the"
                    + " wall-clock figures are inflated; the CPU figures are not%n", r.loadAverage()[0],
                    r.loadAverage()[1], r.cores());
        }
    }

    private static void row(String kind, LatencyFigures f) {
        System.out.printf("%-22s %8d %8.2f %8.2f %8.2f %8.2f%n", kind, f.requests(), f.p50(), f.p95(), f.p99(), f.max());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
