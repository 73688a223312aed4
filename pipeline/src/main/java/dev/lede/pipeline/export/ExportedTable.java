package dev.lede.pipeline.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.TableCell;

import java.util.List;

/**
 * One line of {@code lede export --tables}: a table with its source article.
 *
 * @param articleId   the article's id
 * @param url         the article's URL
 * @param title       the article's title
 * @param publishedAt the article's publication date, or null
 * @param table       the table's index in the article's {@code tables}, from 0
 * @param caption     the caption ("Data Takeaway: ..."), or empty
 * @param source      {@code markdown} or {@code html}
 * @param header      the header cells
 * @param align       per column left, center, right or null
 * @param rows        the body rows as text
 * @param cells       the body rows typed: text, type, value, currency, qualifier per cell
 * @param start       offset of the table in the article body, or -1
 * @param end         end offset, or -1
 */
@JsonPropertyOrder({"articleId", "url", "title", "publishedAt", "table", "caption", "source", "header", "align", "rows",
        "cells", "start", "end"})
public record ExportedTable(String articleId, String url, String title, String publishedAt, int table, String caption,
                            String source, List<String> header, List<String> align, List<List<String>> rows,
                            List<List<TableCell>> cells, int start, int end) {

    static ExportedTable of(Article a, int index, DataTable t) {
        return new ExportedTable(a.id(), a.url(), a.title(), a.publishedAt(), index, t.caption(), t.source(),
                t.header(), t.align(), t.rows(), t.cells(), t.start(), t.end());
    }
}
