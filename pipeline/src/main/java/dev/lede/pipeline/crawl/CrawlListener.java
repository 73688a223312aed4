package dev.lede.pipeline.crawl;

/** Hears about a run's progress, for a progress bar; called from the crawler's worker threads. */
@FunctionalInterface
public interface CrawlListener {
    CrawlListener NONE = (url, outcome, done, queued) -> { };

    /**
     * A URL was handled.
     *
     * @param url     the URL
     * @param outcome a word for what happened (new, updated, unchanged, listing, failed, ...)
     * @param done    URLs handled so far in this run
     * @param queued  URLs waiting
     */
    void handled(String url, String outcome, int done, int queued);
}
