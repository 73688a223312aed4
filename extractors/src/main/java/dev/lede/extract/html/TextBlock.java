package dev.lede.extract.html;

import org.jsoup.nodes.Element;

/**
 * One block of a page as it reads: a paragraph, a heading, a list item, a quoted paragraph, a {@code <pre>}
 * or a table, with the element that owns it and the measures the content scorer needs.
 *
 * @param kind      what sort of block it is
 * @param text      the block's text: whitespace collapsed, {@code <br>} and {@code <pre>} lines kept as line breaks
 * @param owner     the innermost block-level element the text sits in (the table itself for a table)
 * @param chars     non-whitespace characters of the text
 * @param linkChars non-whitespace characters inside links
 */
record TextBlock(Kind kind, String text, Element owner, int chars, int linkChars) {

    /** The kinds of block the body distinguishes. */
    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PRE, TABLE }

    /** Share of the block's characters inside links, 0 to 1. */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
