package dev.lede.extract.table;

import dev.lede.model.DataTable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an HTML {@code <table>} into header and rows the way a spreadsheet would lay it out: a cell that
 * spans columns ({@code colspan}) or rows ({@code rowspan}) fills every grid position it covers, header
 * rows ({@code thead}, or leading rows of {@code th} cells) merge into one header line, and tables nested
 * in a cell stay out of it. The caption is the table's {@code <caption>}, its figure's
 * {@code <figcaption>}, or a "Data Takeaway:"-style paragraph right after it. Thread-safe and stateless;
 * linear in the size of the table.
 */
public final class HtmlTableParser {
    // selectors parsed once: jsoup parses a selector string again on every is()/select() call
    private static final Evaluator TR = QueryParser.parse("tr");
    private static final Evaluator ROW_GROUP = QueryParser.parse("thead, tbody, tfoot");
    private static final Evaluator THEAD = QueryParser.parse("thead");
    private static final Evaluator CELL = QueryParser.parse("td, th");
    private static final Evaluator TH = QueryParser.parse("th");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator BR = QueryParser.parse("br");
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Evaluator CAPTION_CHILD = QueryParser.parse("> caption");
    private static final Evaluator FIGCAPTION_CHILD = QueryParser.parse("> figcaption");
    /** Wider grids are not data tables; caps keep a hostile colspan="100000" from allocating a huge grid. */
    static final int MAX_COLUMNS = 200;
    static final int MAX_ROWSPAN = 1000;
    private static final int MAX_CAPTION = 2000;

    /** The table's header, body rows and caption; cell text as rendered, markup dropped. */
    public DataTable parse(Element table) {
        List<Element> trs = rows(table);
        int headerRows = headerRows(table, trs);
        List<String[]> grid = grid(trs);
        int width = 0;
        for (String[] row : grid) {
            width = Math.max(width, row.length);
        }
        List<String> header = new ArrayList<>();
        if (headerRows == 0 && looksLikeHeader(grid)) {
            headerRows = 1;
        }
        for (int c = 0; c < width && headerRows > 0; c++) {
            StringBuilder h = new StringBuilder();
            String last = null;
            for (int r = 0; r < headerRows && r < grid.size(); r++) {
                String text = c < grid.get(r).length ? grid.get(r)[c] : "";
                if (!text.isEmpty() && !text.equals(last)) {
                    h.append(h.length() > 0 ? " " : "").append(text);
                    last = text;
                }
            }
            header.add(h.toString());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = headerRows; r < grid.size(); r++) {
            String[] row = grid.get(r);
            if (Arrays.stream(row).allMatch(String::isEmpty)) {
                continue;
            }
            String[] padded = Arrays.copyOf(row, width);
            for (int c = row.length; c < width; c++) {
                padded[c] = "";
            }
            rows.add(List.of(padded));
        }
        return new DataTable(caption(table), header, rows, "html");
    }

    /** The rows of {@code table} itself, not of tables nested in it: thead, tbody, tfoot in document order. */
    public static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.is(TR)) {
                out.add(child);
            } else if (child.is(ROW_GROUP)) {
                for (Element tr : child.children()) {
                    if (tr.is(TR)) {
                        out.add(tr);
                    }
                }
            }
        }
        return out;
    }

    /** thead rows, else the leading rows made only of th cells. */
    private static int headerRows(Element table, List<Element> trs) {
        int n = 0;
        for (Element tr : trs) {
            Element parent = tr.parent();
            if (parent != null && parent.is(THEAD)) {
                n++;
            } else {
                break;
            }
        }
        if (n > 0) {
            return n;
        }
        for (Element tr : trs) {
            boolean any = false;
            boolean allTh = true;
            for (Element cell : tr.children()) {
                if (cell.is(CELL)) {
                    any = true;
                    allTh &= cell.is(TH);
                }
            }
            if (!any || !allTh) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Without th or thead: a first row of labels over rows that hold figures reads as a header. */
    private static boolean looksLikeHeader(List<String[]> grid) {
        if (grid.size() < 2) {
            return false;
        }
        for (String cell : grid.get(0)) {
            if (cell.isEmpty() || startsLikeFigure(cell)) {
                return false;
            }
        }
        for (int r = 1; r < grid.size(); r++) {
            for (String cell : grid.get(r)) {
                if (startsLikeFigure(cell)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsLikeFigure(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return Character.isDigit(c) || c == '$' || c == '€' || c == '£' || c == '¥' || c == '+' || c == '-' || c == '~';
    }

    /** The cells laid out on a grid, spans filled in. */
    private static List<String[]> grid(List<Element> trs) {
        List<String[]> grid = new ArrayList<>(trs.size());
        int[] spanLeft = new int[0];
        String[] spanText = new String[0];
        for (int r = 0; r < trs.size(); r++) {
            List<String> row = new ArrayList<>();
            int col = 0;
            for (Element cell : trs.get(r).children()) {
                if (!cell.is(CELL)) {
                    continue;
                }
                while (col < spanLeft.length && spanLeft[col] > 0 && col < MAX_COLUMNS) {
                    row.add(spanText[col]);
                    spanLeft[col]--;
                    col++;
                }
                if (col >= MAX_COLUMNS) {
                    break;
                }
                String text = text(cell);
                int colspan = Math.min(span(cell, "colspan"), MAX_COLUMNS - col);
                int rowspan = Math.min(span(cell, "rowspan"), Math.min(MAX_ROWSPAN, trs.size() - r));
                for (int k = 0; k < colspan; k++) {
                    row.add(text);
                    if (rowspan > 1) {
                        if (col >= spanLeft.length) {
                            int n = Math.min(MAX_COLUMNS, Math.max(col + 1, spanLeft.length * 2));
                            spanLeft = Arrays.copyOf(spanLeft, n);
                            spanText = Arrays.copyOf(spanText, n);
                        }
                        spanLeft[col] = rowspan - 1;
                        spanText[col] = text;
                    }
                    col++;
                }
            }
            while (col < spanLeft.length && col < MAX_COLUMNS) {
                if (spanLeft[col] > 0) {
                    row.add(spanText[col]);
                    spanLeft[col]--;
                } else if (hasSpanAfter(spanLeft, col)) {
                    row.add("");
                } else {
                    break;
                }
                col++;
            }
            grid.add(row.toArray(String[]::new));
        }
        return grid;
    }

    private static boolean hasSpanAfter(int[] spanLeft, int col) {
        for (int i = col; i < spanLeft.length; i++) {
            if (spanLeft[i] > 0) {
                return true;
            }
        }
        return false;
    }

    private static int span(Element cell, String attribute) {
        String v = cell.attr(attribute).strip();
        if (v.isEmpty() || v.length() > 6) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text: white space collapsed, {@code <br>} as a space, nested tables left out. */
    static String text(Element cell) {
        StringBuilder sb = new StringBuilder();
        append(cell, sb);
        return sb.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static void append(Element element, StringBuilder sb) {
        List<Node> stack = new ArrayList<>(element.childNodes());
        java.util.Collections.reverse(stack);
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element e) {
                if (e.is(TABLE)) {
                    continue;
                }
                if (e.is(BR) || e.isBlock()) {
                    sb.append(' ');
                }
                List<Node> children = e.childNodes();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.add(children.get(i));
                }
            }
        }
    }

    /** caption, figcaption, or a labelled paragraph right after the table. */
    private static String caption(Element table) {
        Element caption = table.selectFirst(CAPTION_CHILD);
        if (caption != null && !caption.text().isBlank()) {
            return caption.text().strip();
        }
        Element figure = table.parent();
        if (figure != null && figure.is(FIGURE)) {
            Element fc = figure.selectFirst(FIGCAPTION_CHILD);
            if (fc != null && !fc.text().isBlank()) {
                return fc.text().strip();
            }
        }
        Element holder = figure != null && figure.is(FIGURE) ? figure : table;
        Element next = holder.nextElementSibling();
        if (next != null && !next.is(TABLE)) {
            String text = next.text().strip();
            if (text.length() <= MAX_CAPTION && TableCaptions.isLabelled(text)) {
                return text;
            }
        }
        return "";
    }
}
