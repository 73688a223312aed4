package dev.lede.pipeline.crawl;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages crawl the samples with the crawl tests' fast configuration. */
public final class CrawlTestAccess {
    private CrawlTestAccess() {
    }

    /** Crawls the sample directory into {@code data}; returns the run report. */
    public static RunReport crawlSamples(Path data) throws IOException {
        return CrawlHarness.crawl(CrawlHarness.config(data), CrawlHarness.sampleSite().toString());
    }
}
