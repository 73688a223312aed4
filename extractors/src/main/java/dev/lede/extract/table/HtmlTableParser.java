package dev.lede.extract.table;

import dev.lede.model.DataTable;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Reads an HTML {@code <table>} into header and rows. */
public final class HtmlTableParser {

    /** The table's header (first row of th cells, or thead) and body rows; cell text as rendered. */
    public DataTable parse(Element table) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            boolean allTh = true;
            for (Element cell : tr.children()) {
                if (cell.is("th, td")) {
                    cells.add(cell.text().strip());
                    allTh &= cell.is("th");
                }
            }
            if (header.isEmpty() && rows.isEmpty() && allTh && !cells.isEmpty()) {
                header.addAll(cells);
            } else if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        Element caption = table.selectFirst("caption");
        return new DataTable(caption == null ? "" : caption.text(), header, rows, "html");
    }
}
