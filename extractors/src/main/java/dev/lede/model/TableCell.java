package dev.lede.model;

import java.math.BigDecimal;

/**
 * One table cell with what it holds, read so that a spreadsheet does not have to guess.
 *
 * @param text      the cell text as rendered (inline markup dropped)
 * @param type      {@code money}, {@code percent}, {@code number}, {@code text}, or {@code empty} for a blank
 *                  cell or a placeholder ("—", "-", "n/a")
 * @param value     for money the amount (for a range its low end), for a percentage the percentage
 *                  ("43.9%" → 43.9), for a number the number; otherwise null
 * @param currency  ISO 4217 code for money, otherwise null
 * @param qualifier for money and numbers, {@code over}, {@code plus}, ... as in {@link MoneyAmount}; otherwise null
 */
public record TableCell(String text, String type, BigDecimal value, String currency, String qualifier) {
    public TableCell {
        text = text == null ? "" : text;
    }

    /** A cell whose value was not looked at. */
    public static TableCell text(String text) {
        return new TableCell(text, text == null || text.isBlank() ? "empty" : "text", null, null, null);
    }
}
