package dev.lede.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * One fact of one article, as a data desk exports it: a money amount, a person, a company, an
 * organisation, a table, or a typed table cell, with its source article and context. Every line has every
 * field (null where it does not apply), so spreadsheets and {@code jq} see one stable shape.
 *
 * @param articleId   the article's {@link Article#id()}
 * @param url         the article's URL
 * @param title       the article's title
 * @param publishedAt the article's publication date, or null
 * @param type        {@code money}, {@code person}, {@code company}, {@code organization}, {@code table} or
 *                    {@code table-cell}
 * @param value       money: the amount as written; person, company, organisation: the canonical name;
 *                    table: its caption (or its header cells joined by " | " when it has none); table cell:
 *                    the cell text
 * @param amount      money: the exact amount in units of the currency (a range's low end); table cell: the
 *                    money amount of a money cell; otherwise null
 * @param currency    money and money cells: ISO 4217 code
 * @param qualifier   money and cells: over, at least, about, up to, under, plus; or null
 * @param low         money: a range's low end, otherwise null
 * @param high        money: a range's high end, otherwise null
 * @param per         money: what a unit rate is per ("1M tokens"), otherwise null
 * @param subject     money: the company or person the amount is about (for a table cell, its row's), or null
 * @param kind        person/company/organisation: the entity kind ("company", "government", ...);
 *                    table: {@code markdown} or {@code html}; table cell: {@code money}, {@code percent} or
 *                    {@code number}; money: null
 * @param number      table cell: the cell's value (a percentage as 43.9 for "43.9%"); otherwise null
 * @param count       person/company/organisation: mentions in the body; otherwise null
 * @param aliases     person/company/organisation: other names it goes by; otherwise null
 * @param sentence    the sentence the fact stands in (for an entity its first mention's; for a table row
 *                    the row's line; for a table its caption), or null
 * @param start       offset of the fact in the body (an entity's first mention), or null when unknown
 * @param end         end offset (exclusive), or null
 * @param table       for tables, table cells and money inside a table: the table's index in the article's
 *                    {@code tables}, from 0; otherwise null
 * @param row         table cells and money inside a table: the body row, from 0; otherwise null
 * @param column      table cells and money inside a table: the column's header text; otherwise null
 * @param columnIndex table cells and money inside a table: the column, from 0; otherwise null
 * @param rowLabel    table cells and money inside a table: the row's first cell; otherwise null
 * @param header      table: the header cells; otherwise null
 * @param rows        table: the body rows; otherwise null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"articleId", "url", "title", "publishedAt", "type", "value", "amount", "currency", "qualifier",
        "low", "high", "per", "subject", "kind", "number", "count", "aliases", "sentence", "start", "end", "table",
        "row", "column", "columnIndex", "rowLabel", "header", "rows"})
public record Fact(String articleId, String url, String title, String publishedAt, String type, String value,
                   BigDecimal amount, String currency, String qualifier, BigDecimal low, BigDecimal high, String per,
                   String subject, String kind, BigDecimal number, Integer count, List<String> aliases,
                   String sentence, Integer start, Integer end, Integer table, Integer row, String column,
                   Integer columnIndex, String rowLabel, List<String> header, List<List<String>> rows) {
    public static final String MONEY = "money";
    public static final String PERSON = "person";
    public static final String COMPANY = "company";
    public static final String ORGANIZATION = "organization";
    public static final String TABLE = "table";
    public static final String TABLE_CELL = "table-cell";

    /** Every fact type, in the order an article's facts are listed. */
    public static final List<String> TYPES = List.of(MONEY, PERSON, COMPANY, ORGANIZATION, TABLE, TABLE_CELL);
}
