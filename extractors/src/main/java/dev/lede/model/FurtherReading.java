package dev.lede.model;

/**
 * One item of a page's own "Further Reading" list.
 *
 * @param title   the linked title
 * @param url     absolute URL of the linked article
 * @param snippet the (often truncated) teaser text after the title
 */
public record FurtherReading(String title, String url, String snippet) {
}
