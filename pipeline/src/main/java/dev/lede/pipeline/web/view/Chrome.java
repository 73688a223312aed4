package dev.lede.pipeline.web.view;

/**
 * What every page's frame needs: the window title, the search box's text and the asset links.
 *
 * @param title         the window title
 * @param q             the text in the header's search box
 * @param maxQueryChars the search box's length limit
 * @param cssHref       the stylesheet's URL (with a version, so browsers may cache it for long)
 * @param jsHref        the script's URL
 */
public record Chrome(String title, String q, int maxQueryChars, String cssHref, String jsHref) {
}
