package dev.lede.extract.table;

import dev.lede.extract.money.DecimalNumbers;
import dev.lede.extract.money.MoneyExtractor;
import dev.lede.model.DataTable;
import dev.lede.model.MoneyAmount;
import dev.lede.model.TableCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what each table cell holds: money ("$80B (2024)" is 80 billion dollars), a percentage
 * ("+2.3% (GPT-3 to GPT-4: +42.5%)" is 2.3), a number ("43.9", "2.1e25", "70k"), text, or nothing
 * ("—", "n/a"). The value is the cell's leading figure; a note in brackets after it is allowed,
 * anything else makes the cell text. Thread-safe.
 */
public final class CellTypes {
    private static final Set<String> PLACEHOLDERS = Set.of("", "—", "–", "-", "--", "n/a", "N/A", "n.v.t.", "n.b.",
            "?", "…", "...", "tbd", "TBD", "nvt");

    private final MoneyExtractor money;

    public CellTypes(MoneyExtractor money) {
        this.money = money;
    }

    /** {@code table} with every body cell typed; {@code language} decides an ambiguous decimal separator. */
    public DataTable type(DataTable table, String language) {
        List<List<TableCell>> typed = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            List<TableCell> cells = new ArrayList<>(row.size());
            for (String cell : row) {
                cells.add(cell(cell, language));
            }
            typed.add(cells);
        }
        return table.withCells(typed);
    }

    /** One cell's type and value. */
    public TableCell cell(String text, String language) {
        String t = text.strip();
        if (PLACEHOLDERS.contains(t)) {
            return new TableCell(text, "empty", null, null, null);
        }
        if (t.length() > 200) {
            return new TableCell(text, "text", null, null, null);
        }
        MoneyAmount m = money.first(t, language);
        if (m != null && m.start() <= 4 && onlyNoteAfter(t, m.end())) {
            return new TableCell(text, "money", m.amount(), m.currency(), m.qualifier());
        }
        return figure(text, t, language);
    }

    /** A leading number or percentage, optionally signed or qualified ("~", "+", ">"), with only a note after. */
    private static TableCell figure(String original, String t, String language) {
        int i = 0;
        int n = t.length();
        String qualifier = null;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '~' || t.charAt(i) == '≈')) {
            qualifier = "about";
            i++;
        } else if (i < n && t.charAt(i) == '>') {
            qualifier = "over";
            i++;
        } else if (i < n && t.charAt(i) == '<') {
            qualifier = "under";
            i++;
        }
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-' || t.charAt(i) == '−')) {
            negative = t.charAt(i) != '+';
            i++;
        }
        int s = i;
        while (i < n && (Character.isDigit(t.charAt(i))
                || ((t.charAt(i) == '.' || t.charAt(i) == ',') && i + 1 < n && Character.isDigit(t.charAt(i + 1))))) {
            i++;
        }
        if (i == s || !Character.isDigit(t.charAt(s))) {
            return new TableCell(original, "text", null, null, null);
        }
        BigDecimal value = DecimalNumbers.parse(t.substring(s, i), language);
        if (value == null) {
            return new TableCell(original, "text", null, null, null);
        }
        String type = "number";
        if (i < n && t.charAt(i) == '%') {
            type = "percent";
            i++;
        } else if (i + 1 < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E') && Character.isDigit(t.charAt(i + 1))) {
            int e = i + 1;
            while (e < n && e - i < 4 && Character.isDigit(t.charAt(e))) {
                e++;
            }
            value = value.scaleByPowerOfTen(Integer.parseInt(t.substring(i + 1, e)));
            i = e;
        } else if (i < n && (t.charAt(i) == 'k' || t.charAt(i) == 'K') && (i + 1 == n || !Character.isLetter(t.charAt(i + 1)))) {
            value = value.scaleByPowerOfTen(3);
            i++;
        }
        if (i < n && t.charAt(i) == '+' && qualifier == null) {
            qualifier = "plus";
            i++;
        }
        if (!onlyNoteAfter(t, i)) {
            return new TableCell(original, "text", null, null, null);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return new TableCell(original, type, negative ? value.negate() : value, null, qualifier);
    }

    /** Nothing after {@code i} but white space, a "+" or a bracketed note ("(2024)", "(est.)"). */
    private static boolean onlyNoteAfter(String t, int i) {
        int j = i;
        int n = t.length();
        while (j < n && (t.charAt(j) == ' ' || t.charAt(j) == '+' || t.charAt(j) == '*')) {
            j++;
        }
        return j == n || t.charAt(j) == '(' || t.charAt(j) == '[';
    }
}
