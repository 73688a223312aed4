package dev.lede.pipeline.web;

import dev.lede.index.RelatedArticles;
import dev.lede.index.SearchQuery;

/**
 * Settings of {@code lede serve}: where it listens and how much one request may ask for.
 *
 * <p>The caps keep one careless or hostile request from costing the server more than a page of work:
 * a search string longer than {@code maxQueryChars}, a {@code limit} above {@code maxLimit} or an
 * {@code offset} above {@code maxOffset} is answered with 400, not silently trimmed, so that a script
 * learns about it.
 *
 * @param host            the address to bind; loopback by default, so nothing is exposed unless asked for
 * @param port            the TCP port (0 picks a free one)
 * @param pageSize        results per page on the web page, and the API's default {@code limit}
 * @param maxLimit        the largest {@code limit} a request may ask for
 * @param maxOffset       the deepest {@code offset} (deep paging is what makes Lucene slow)
 * @param maxQueryChars   the longest search string
 * @param maxFilterValues how many values one filter parameter ({@code company}, {@code person}) may repeat
 * @param relatedLimit    related articles shown on an article page
 */
public record ServerSettings(String host, int port, int pageSize, int maxLimit, int maxOffset,
                             int maxQueryChars, int maxFilterValues, int relatedLimit) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (pageSize < 1 || maxLimit < pageSize || maxOffset < 0 || maxQueryChars < 1 || maxFilterValues < 1
                || relatedLimit < 1) {
            throw new IllegalArgumentException("server caps must be positive and maxLimit >= pageSize");
        }
        // the index has hard limits of its own; a cap above them would only move the error
        if (maxLimit > SearchQuery.MAX_LIMIT || maxOffset > SearchQuery.MAX_OFFSET
                || maxQueryChars > SearchQuery.MAX_TEXT_CHARS || relatedLimit > RelatedArticles.MAX_LIMIT) {
            throw new IllegalArgumentException("server caps exceed the index's limits (limit " + SearchQuery.MAX_LIMIT
                    + ", offset " + SearchQuery.MAX_OFFSET + ", query " + SearchQuery.MAX_TEXT_CHARS + " characters, related "
                    + RelatedArticles.MAX_LIMIT + ")");
        }
    }

    /** Loopback on port 8080; 10 results a page, at most 100 per request, 10,000 deep, 500-character queries. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, 10, SearchQuery.MAX_LIMIT, SearchQuery.MAX_OFFSET,
                SearchQuery.MAX_TEXT_CHARS, 20, 8);
    }

    /** The same settings listening on {@code host}:{@code port}. */
    public ServerSettings listeningOn(String host, int port) {
        return new ServerSettings(host, port, pageSize, maxLimit, maxOffset, maxQueryChars, maxFilterValues,
                relatedLimit);
    }
}
