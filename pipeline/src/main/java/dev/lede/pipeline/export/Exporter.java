package dev.lede.pipeline.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.extract.fact.ArticleFacts;
import dev.lede.index.ArticleIndex;
import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.Fact;
import dev.lede.model.LedeJson;
import dev.lede.model.TableCell;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes what the index holds for a data desk: article records or facts as JSON-lines (facts also as
 * CSV), tables as JSON-lines, as one long CSV (one line per cell), or as one CSV file per table.
 */
public final class Exporter {
    /** The columns of {@code --facts --csv}: every fact field but the table's header and rows. */
    static final List<String> FACT_COLUMNS = List.of("articleId", "url", "title", "publishedAt", "type", "value",
            "amount", "currency", "qualifier", "low", "high", "per", "subject", "kind", "number", "count", "aliases",
            "sentence", "start", "end", "table", "row", "column", "columnIndex", "rowLabel");
    /** The columns of {@code --tables --csv}: one line per body cell. */
    static final List<String> CELL_COLUMNS = List.of("articleId", "url", "title", "table", "caption", "row",
            "columnIndex", "column", "rowLabel", "text", "type", "value", "currency", "qualifier");

    private static final ObjectWriter JSON = LedeJson.mapper().writer();

    /** What an export wrote. */
    public record Counts(int articles, int records) {
    }

    /** Where article records come from already as JSON: the index ({@code index::forEachJson}). */
    @FunctionalInterface
    public interface JsonSource {
        void forEach(ArticleIndex.JsonRecordConsumer action) throws IOException;
    }

    /**
     * Every article record, one JSON object per line, from records already written as JSON: their bytes
     * go to {@code out} as they are (no decoding to text and encoding again).
     */
    public Counts articleJson(JsonSource source, OutputStream out) throws IOException {
        int[] n = new int[1];
        source.forEach((utf8, offset, length) -> {
            out.write(utf8, offset, length);
            out.write('\n');
            n[0]++;
        });
        return new Counts(n[0], n[0]);
    }

    /** Facts as {@link #facts(ArticleSource, Writer, Set, boolean)}, to a byte stream: UTF-8, buffered, flushed. */
    public Counts facts(ArticleSource source, OutputStream out, Set<String> types, boolean csv) throws IOException {
        Writer w = utf8(out);
        Counts counts = facts(source, w, types, csv);
        w.flush();
        return counts;
    }

    /** Tables as {@link #tables(ArticleSource, Writer, boolean)}, to a byte stream: UTF-8, buffered, flushed. */
    public Counts tables(ArticleSource source, OutputStream out, boolean csv) throws IOException {
        Writer w = utf8(out);
        Counts counts = tables(source, w, csv);
        w.flush();
        return counts;
    }

    /** A writer with a buffer the size of several fact lines; System.out alone would flush on every write. */
    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Every fact of the given {@code types} (all when empty), as JSON-lines or CSV. */
    public Counts facts(ArticleSource source, Writer out, Set<String> types, boolean csv) throws IOException {
        int[] n = new int[2];
        CsvWriter table = csv ? new CsvWriter(out) : null;
        if (table != null) {
            table.row(FACT_COLUMNS);
        }
        each(source, a -> {
            n[0]++;
            for (Fact f : ArticleFacts.of(a)) {
                if (!types.isEmpty() && !types.contains(f.type())) {
                    continue;
                }
                n[1]++;
                if (table == null) {
                    line(out, f);
                } else {
                    csv(table, Arrays.asList(f.articleId(), f.url(), f.title(), f.publishedAt(), f.type(), f.value(),
                            f.amount(), f.currency(), f.qualifier(), f.low(), f.high(), f.per(), f.subject(), f.kind(),
                            f.number(), f.count(), f.aliases() == null ? null : String.join("; ", f.aliases()),
                            f.sentence(), f.start(), f.end(), f.table(), f.row(), f.column(), f.columnIndex(),
                            f.rowLabel()));
                }
            }
        });
        return new Counts(n[0], n[1]);
    }

    /** Every table, one JSON object per line, or as CSV with one line per body cell. */
    public Counts tables(ArticleSource source, Writer out, boolean csv) throws IOException {
        int[] n = new int[2];
        CsvWriter table = csv ? new CsvWriter(out) : null;
        if (table != null) {
            table.row(CELL_COLUMNS);
        }
        each(source, a -> {
            n[0]++;
            for (int i = 0; i < a.tables().size(); i++) {
                DataTable t = a.tables().get(i);
                n[1]++;
                if (table == null) {
                    line(out, ExportedTable.of(a, i, t));
                    continue;
                }
                for (int r = 0; r < t.cells().size(); r++) {
                    List<TableCell> row = t.cells().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        TableCell cell = row.get(c);
                        csv(table, Arrays.asList(a.id(), a.url(), a.title(), i, t.caption(), r, c,
                                c < t.header().size() ? t.header().get(c) : null, row.isEmpty() ? null : row.get(0).text(),
                                cell.text(), cell.type(), cell.value(), cell.currency(), cell.qualifier()));
                    }
                }
            }
        });
        return new Counts(n[0], n[1]);
    }

    /** One CSV file per table in {@code dir} ({@code <articleId>-<table>.csv}: header line, then rows). */
    public Counts tableFiles(ArticleSource source, Path dir) throws IOException {
        Files.createDirectories(dir);
        int[] n = new int[2];
        each(source, a -> {
            n[0]++;
            for (int i = 0; i < a.tables().size(); i++) {
                DataTable t = a.tables().get(i);
                Path file = dir.resolve(a.id() + "-" + i + ".csv");
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                    CsvWriter csv = new CsvWriter(w);
                    csv.row(t.header());
                    for (List<String> row : t.rows()) {
                        csv.row(row);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[1]++;
            }
        });
        return new Counts(n[0], n[1]);
    }

    private interface ArticleAction {
        void accept(Article a) throws IOException;
    }

    private static void each(ArticleSource source, ArticleAction action) throws IOException {
        try {
            source.forEach(a -> {
                try {
                    action.accept(a);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void line(Writer out, Object value) throws IOException {
        out.write(JSON.writeValueAsString(value));
        out.write('\n');
    }

    private static void csv(CsvWriter w, List<Object> fields) throws IOException {
        w.row(new ArrayList<>(fields));
    }
}
