package dev.lede.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.extract.money.MoneyExtractor;
import dev.lede.extract.table.BodyTables;
import dev.lede.extract.table.CellTypes;
import dev.lede.extract.table.HtmlTableParser;
import dev.lede.extract.table.MarkdownTableParser;
import dev.lede.model.DataTable;
import dev.lede.model.LedeJson;
import dev.lede.model.TableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the table readers on labelled tables ({@code samples/eval/tables/tables.jsonl}: markdown text as it
 * stands in an article body, or HTML) and on the GFM spec's table examples.
 *
 * <p>Tables pair up in order. Cell accuracy is the share of grid positions (header and body) where the
 * found text equals the labelled text; a position only one side has counts as wrong, so missing and extra
 * rows, columns and tables all cost. Caption accuracy and the typed-cell checks (type, value, currency of
 * chosen cells) are reported too.
 */
public final class TableEvaluation {
    private final MarkdownTableParser markdown = new MarkdownTableParser();
    private final HtmlTableParser html = new HtmlTableParser();
    private final CellTypes types = new CellTypes(new MoneyExtractor());
    private final BodyTables body = new BodyTables(markdown, types);

    /** One labelled input. */
    public record Item(String id, String kind, String language, String input, List<DataTable> tables,
                       List<TypeCheck> types) {
    }

    /** The expected type and value of one body cell of the item's first table. */
    public record TypeCheck(int table, int row, int column, String type, BigDecimal value, String currency) {
    }

    /** The figures of one run. */
    public record Report(int items, int expectedTables, int foundTables, int pairedTables, int cells, int correctCells,
                         int captions, int correctCaptions, int typeChecks, int correctTypes, int gfmExamples,
                         int gfmPassed, List<String> errors) {
        public double cellAccuracy() {
            return cells == 0 ? 1.0 : (double) correctCells / cells;
        }

        public double tablePrecision() {
            return foundTables == 0 ? 1.0 : (double) pairedTables / foundTables;
        }

        public double tableRecall() {
            return expectedTables == 0 ? 1.0 : (double) pairedTables / expectedTables;
        }

        public double captionAccuracy() {
            return captions == 0 ? 1.0 : (double) correctCaptions / captions;
        }

        public double typeAccuracy() {
            return typeChecks == 0 ? 1.0 : (double) correctTypes / typeChecks;
        }
    }

    /** Reads a labelled tables file, or every {@code *.jsonl} file of a directory. */
    public static List<Item> load(Path path) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (var s = Files.list(path)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
        } else if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            throw new IOException("no labelled tables at " + path);
        }
        List<Item> items = new ArrayList<>();
        for (Path file : files) {
            items.addAll(loadFile(file));
        }
        return items;
    }

    private static List<Item> loadFile(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = LedeJson.mapper().readTree(line);
            List<DataTable> tables = new ArrayList<>();
            for (JsonNode t : n.get("tables")) {
                tables.add(new DataTable(t.get("caption").asText(), strings(t.get("header")), rows(t.get("rows")),
                        n.get("kind").asText()));
            }
            List<TypeCheck> checks = new ArrayList<>();
            for (JsonNode c : n.path("types")) {
                checks.add(new TypeCheck(0, c.get(0).asInt(), c.get(1).asInt(), c.get(2).asText(),
                        c.get(3).isNull() ? null : new BigDecimal(c.get(3).asText()), c.get(4).isNull() ? null : c.get(4).asText()));
            }
            items.add(new Item(n.get("id").asText(), n.get("kind").asText(), n.get("lang").asText(),
                    n.get("input").asText(), tables, checks));
        }
        return items;
    }

    /**
     * Scores {@code items}, and the GFM examples of {@code gfmSpec} when that file exists.
     *
     * @param gfmSpec {@code gfm-spec-tables.jsonl} (third-party, outside the repository), or null
     */
    public Report evaluate(List<Item> items, Path gfmSpec) throws IOException {
        int expected = 0;
        int found = 0;
        int paired = 0;
        int cells = 0;
        int correct = 0;
        int captions = 0;
        int correctCaptions = 0;
        int checks = 0;
        int correctChecks = 0;
        List<String> errors = new ArrayList<>();
        for (Item item : items) {
            List<DataTable> got = read(item);
            expected += item.tables().size();
            found += got.size();
            int n = Math.max(item.tables().size(), got.size());
            for (int i = 0; i < n; i++) {
                DataTable want = i < item.tables().size() ? item.tables().get(i) : null;
                DataTable have = i < got.size() ? got.get(i) : null;
                if (want != null && have != null) {
                    paired++;
                    captions++;
                    if (want.caption().equals(have.caption())) {
                        correctCaptions++;
                    } else {
                        errors.add(item.id() + " table " + i + " caption: expected \"" + want.caption() + "\", got \"" + have.caption() + "\"");
                    }
                } else {
                    errors.add(item.id() + " table " + i + (want == null ? ": found a table that is not there" : ": table not found"));
                }
                int[] score = cells(want, have, item.id() + " table " + i, errors);
                cells += score[0];
                correct += score[1];
            }
            for (TypeCheck c : item.types()) {
                checks++;
                TableCell cell = cell(got, c);
                if (cell != null && c.type().equals(cell.type()) && same(c.value(), cell.value())
                        && Objects.equals(c.currency(), cell.currency())) {
                    correctChecks++;
                } else {
                    errors.add(item.id() + " cell " + c.row() + "," + c.column() + ": expected " + c.type() + " "
                            + c.value() + " " + c.currency() + ", got " + (cell == null ? "no cell"
                            : cell.type() + " " + cell.value() + " " + cell.currency()));
                }
            }
        }
        int gfm = 0;
        int gfmPassed = 0;
        if (gfmSpec != null && Files.isRegularFile(gfmSpec)) {
            for (String line : Files.readAllLines(gfmSpec)) {
                if (line.isBlank()) {
                    continue;
                }
                gfm++;
                JsonNode n = LedeJson.mapper().readTree(line);
                if (gfmPasses(n)) {
                    gfmPassed++;
                } else {
                    errors.add("GFM example " + n.get("example").asInt() + " fails");
                }
            }
        }
        return new Report(items.size(), expected, found, paired, cells, correct, captions, correctCaptions, checks,
                correctChecks, gfm, gfmPassed, errors);
    }

    /** What Lede reads from an item: body text through the article path, HTML through the table parser. */
    List<DataTable> read(Item item) {
        if ("html".equals(item.kind())) {
            List<DataTable> out = new ArrayList<>();
            for (Element table : Jsoup.parse(item.input()).select("table")) {
                if (table.parents().stream().noneMatch(p -> p.is("table"))) {
                    out.add(types.type(html.parse(table), item.language()));
                }
            }
            return out;
        }
        return body.find(item.input(), List.of(), item.language());
    }

    private boolean gfmPasses(JsonNode example) {
        List<DataTable> tables = markdown.parseMarkdown(example.get("markdown").asText());
        JsonNode expected = example.get("expected");
        if (expected == null || expected.isNull()) {
            return tables.isEmpty();
        }
        if (tables.size() != 1) {
            return false;
        }
        DataTable t = tables.get(0);
        return t.header().equals(strings(expected.get("header"))) && t.rows().equals(rows(expected.get("rows")))
                && t.align().equals(strings(expected.get("align")));
    }

    /** {positions, correct positions} of two tables laid over each other (either may be null). */
    private static int[] cells(DataTable want, DataTable have, String where, List<String> errors) {
        List<List<String>> a = grid(want);
        List<List<String>> b = grid(have);
        int positions = 0;
        int correct = 0;
        for (int r = 0; r < Math.max(a.size(), b.size()); r++) {
            List<String> ra = r < a.size() ? a.get(r) : List.of();
            List<String> rb = r < b.size() ? b.get(r) : List.of();
            for (int c = 0; c < Math.max(ra.size(), rb.size()); c++) {
                positions++;
                String x = c < ra.size() ? ra.get(c) : null;
                String y = c < rb.size() ? rb.get(c) : null;
                if (x != null && x.equals(y)) {
                    correct++;
                } else if (want != null && have != null) {
                    errors.add(where + " cell " + (r - 1) + "," + c + ": expected \"" + x + "\", got \"" + y + "\"");
                }
            }
        }
        return new int[] {positions, correct};
    }

    private static List<List<String>> grid(DataTable t) {
        List<List<String>> g = new ArrayList<>();
        if (t != null) {
            g.add(t.header());
            g.addAll(t.rows());
        }
        return g;
    }

    private static TableCell cell(List<DataTable> tables, TypeCheck c) {
        if (c.table() >= tables.size()) {
            return null;
        }
        List<List<TableCell>> cells = tables.get(c.table()).cells();
        return c.row() < cells.size() && c.column() < cells.get(c.row()).size() ? cells.get(c.row()).get(c.column()) : null;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
        return out;
    }

    private static List<List<String>> rows(JsonNode array) {
        List<List<String>> out = new ArrayList<>();
        array.forEach(r -> out.add(strings(r)));
        return out;
    }
}
