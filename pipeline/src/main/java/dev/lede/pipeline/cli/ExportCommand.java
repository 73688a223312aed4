package dev.lede.pipeline.cli;

import dev.lede.index.ArticleIndex;
import dev.lede.model.Fact;
import dev.lede.pipeline.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lede export}: article records, facts or tables from the index, for a data desk. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Export article records, facts or tables as JSON-lines or CSV, for a data desk.",
        description = {"Export the index as JSON-lines: article records (default), facts (--facts: one line per money",
                "amount, person, company, organisation, table and figure-holding table cell) or tables (--tables).",
                "--csv writes facts or tables as CSV instead (tables: one line per cell); --csv-dir writes one CSV",
                "file per table. With --out the file is written whole or not at all.",
                "Example: lede export --facts --type money | jq 'select(.amount > 1000000000)'"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:usage error, or no index in --data"})
public final class ExportCommand implements Callable<Integer> {
    /** Output buffer: records are tens of kilobytes; System.out alone flushes on every write. */
    private static final int BUFFER = 1 << 16;

    @Mixin
    DataOption data;

    @Option(names = "--facts", description = "One line per fact instead of per article.")
    boolean facts;

    @Option(names = "--tables", description = "One line per table (with typed cells) instead of per article.")
    boolean tables;

    @Option(names = "--csv", description = "CSV instead of JSON-lines (with --facts or --tables).")
    boolean csv;

    @Option(names = "--csv-dir", paramLabel = "DIR", description = "With --tables: one CSV file per table in DIR (<articleId>-<n>.csv).")
    Path csvDir;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "With --facts: only these types (money, person, company, organization, table, table-cell; repeatable or comma-separated).")
    List<String> types = List.of();

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
        String problem = check();
        if (problem != null) {
            System.err.println("lede export: " + problem);
            return ExitCodes.USAGE;
        }
        try (ArticleIndex index = IndexReading.open(data.config().indexDir())) {
            if (index == null) {
                return ExitCodes.USAGE;
            }
            Exporter exporter = new Exporter();
            Exporter.Counts counts;
            String what;
            if (csvDir != null) {
                counts = exporter.tableFiles(index::forEach, csvDir);
                what = "tables to " + csvDir;
            } else if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out, BUFFER);
                counts = write(exporter, index, stdout);
                stdout.flush();
                what = kind();
            } else {
                counts = toFile(exporter, index, out);
                what = kind() + " to " + out;
            }
            System.err.printf("lede export: %d %s from %d articles%n", counts.records(), what, counts.articles());
            return ExitCodes.OK;
        }
    }

    private String check() {
        if (facts && tables) {
            return "--facts and --tables are two different exports: pick one";
        }
        if (csv && !facts && !tables) {
            return "--csv needs --facts or --tables (article records are nested: JSON-lines only)";
        }
        if (csvDir != null && (!tables || csv || out != null)) {
            return "--csv-dir goes with --tables alone (not with --csv or --out)";
        }
        if (!types.isEmpty() && !facts) {
            return "--type goes with --facts";
        }
        for (String t : types) {
            if (!Fact.TYPES.contains(t)) {
                return "unknown --type " + t + " (one of " + String.join(", ", Fact.TYPES) + ")";
            }
        }
        return null;
    }

    private String kind() {
        return facts ? "facts" : tables ? "tables" : "articles";
    }

    /** Flushes what it wrote; article records go out as bytes, facts and tables through a UTF-8 writer. */
    private Exporter.Counts write(Exporter exporter, ArticleIndex index, OutputStream out) throws IOException {
        if (facts) {
            return exporter.facts(index::forEach, out, new LinkedHashSet<>(types), csv);
        }
        if (tables) {
            return exporter.tables(index::forEach, out, csv);
        }
        return exporter.articleJson(index::forEachJson, out);
    }

    /** Writes next to {@code file} and moves it into place, so a failed export leaves no half file. */
    private Exporter.Counts toFile(Exporter exporter, ArticleIndex index, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its files are readable by their owner only, and the export is for a desk
        Path tmp = Files.createFile(dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".part"));
        try {
            Exporter.Counts counts;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), BUFFER)) {
                counts = write(exporter, index, os);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return counts;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
