package dev.lede.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.crawl.CrawlJob;
import dev.lede.pipeline.crawl.CrawlLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code lede status}: the last crawl runs and the ledger's URLs by state. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the last crawl runs and the crawl ledger's URLs by state and kind.",
                "Exit code 0, or 2 when the data directory has no ledger yet."})
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "How many runs to list (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        LedeConfig config = data.config();
        Path file = CrawlJob.ledgerFile(config);
        if (!Files.isRegularFile(file)) {
            System.err.println("lede status: no crawl ledger in " + config.dataDir() + " (run `lede crawl` first)");
            return ExitCodes.USAGE;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (CrawlLedger ledger = CrawlLedger.open(file)) {
            List<CrawlLedger.RunRecord> last = ledger.lastRuns(Math.max(1, runs));
            Map<String, Integer> byState = ledger.countsBy("state");
            Map<String, Integer> byKind = ledger.countsBy("kind");
            Map<String, Integer> byFailure = ledger.countsBy("failure");
            int due = ledger.countDue(Instant.now());
            long bytes = Files.size(file) + sizeOrZero(Path.of(file + "-wal"));
            if (json) {
                out.println(LedeJson.mapper().writeValueAsString(
                        asJson(file, last, byState, byKind, byFailure, due, bytes)));
            } else {
                printText(out, file, last, byState, byKind, byFailure, due, bytes);
            }
        }
        return ExitCodes.OK;
    }

    private static ObjectNode asJson(Path file, List<CrawlLedger.RunRecord> last, Map<String, Integer> byState,
                                     Map<String, Integer> byKind, Map<String, Integer> byFailure, int due,
                                     long bytes) throws IOException {
        ObjectNode root = LedeJson.mapper().createObjectNode();
        root.put("ledger", file.toAbsolutePath().toString());
        root.put("ledgerBytes", bytes);
        root.put("urls", byState.values().stream().mapToInt(Integer::intValue).sum());
        root.put("due", due);
        root.set("byState", LedeJson.mapper().valueToTree(byState));
        root.set("byKind", LedeJson.mapper().valueToTree(byKind));
        root.set("byFailure", LedeJson.mapper().valueToTree(byFailure));
        ArrayNode runs = root.putArray("runs");
        for (CrawlLedger.RunRecord r : last) {
            ObjectNode run = runs.addObject();
            run.put("run", r.id());
            run.put("startedAt", r.startedAt().toString());
            run.put("endedAt", r.endedAt() == null ? null : r.endedAt().toString());
            run.put("status", r.status());
            run.set("report", r.report() == null ? null : LedeJson.mapper().readTree(r.report()));
        }
        return root;
    }

    private static void printText(PrintStream out, Path file, List<CrawlLedger.RunRecord> last,
                                  Map<String, Integer> byState, Map<String, Integer> byKind,
                                  Map<String, Integer> byFailure, int due, long bytes) throws IOException {
        int total = byState.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "ledger %s: %d URLs, %.1f KiB, %d due now%n", file, total, bytes / 1024.0, due);
        out.println("  by state:   " + join(byState));
        out.println("  by kind:    " + join(byKind));
        if (!byFailure.isEmpty()) {
            out.println("  by failure: " + join(byFailure));
        }
        out.println(last.isEmpty() ? "no runs yet" : "last runs (newest first):");
        for (CrawlLedger.RunRecord r : last) {
            String duration = r.endedAt() == null ? "-" : String.format(Locale.ROOT, "%.1fs",
                    Duration.between(r.startedAt(), r.endedAt()).toMillis() / 1000.0);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  #%-5d %s  %8s  %-12s",
                    r.id(), r.startedAt(), duration, r.status()));
            if (r.report() != null) {
                JsonNode rep = LedeJson.mapper().readTree(r.report());
                line.append(String.format(Locale.ROOT,
                        "fetched %d, new %d, updated %d, unchanged %d, failed %d, skipped by robots %d",
                        rep.path("fetched").asInt(), rep.path("new").asInt(), rep.path("updated").asInt(),
                        rep.path("unchanged").asInt(), rep.path("failed").asInt(), rep.path("skippedByRobots").asInt()));
            } else if ("running".equals(r.status())) {
                line.append("in progress (or killed; the next run marks it interrupted)");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String join(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
