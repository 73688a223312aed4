package dev.lede.pipeline.crawl;

import dev.lede.index.ArticleIndex;
import dev.lede.index.UpsertResult;
import dev.lede.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the outcome of handled pages in batches, in the one order that makes a crawl resumable:
 * articles into the index, then the index commit, then the ledger transaction that marks those pages
 * done. A kill before the commit loses the batch from both, so the next run fetches it again; a kill
 * between commit and ledger leaves the articles indexed but their pages pending, so the next run fetches
 * them again and the index reports them unchanged. Either way nothing is lost and nothing is doubled.
 */
final class BatchCommitter {
    private static final Logger LOG = LoggerFactory.getLogger(BatchCommitter.class);

    private final ArticleIndex index;
    private final CrawlLedger ledger;
    private final int every;
    private final long intervalNanos;
    private final Set<String> articlesThisRun = new HashSet<>();
    private final List<LedgerEntry> fetched = new ArrayList<>();
    private final List<LedgerEntry> discovered = new ArrayList<>();
    private final List<String> indexedLines = new ArrayList<>();
    private long lastFlush = System.nanoTime();

    BatchCommitter(ArticleIndex index, CrawlLedger ledger, int every, Duration interval) {
        this.index = index;
        this.ledger = ledger;
        this.every = every;
        this.intervalNanos = interval.toNanos();
    }

    /**
     * Upserts an article (unless another URL of this run already gave the same article) and queues its
     * page's ledger entry. The article is durable at the next {@link #flush()}.
     */
    synchronized UpsertResult article(Article article, LedgerEntry page, List<LedgerEntry> links) throws IOException {
        UpsertResult result = articlesThisRun.add(article.id()) ? index.upsert(article) : UpsertResult.UNCHANGED;
        indexedLines.add(result + " " + article.id() + " " + page.url());
        page(page, links);
        return result;
    }

    /** Queues the ledger entry of a page that gave no article, with the links found on it. */
    synchronized void page(LedgerEntry page, List<LedgerEntry> links) throws IOException {
        fetched.add(page);
        discovered.addAll(links);
        if (fetched.size() >= every || System.nanoTime() - lastFlush >= intervalNanos) {
            flush();
        }
    }

    /** Queues URLs found outside any page (robots.txt sitemaps). */
    synchronized void discovered(List<LedgerEntry> links) {
        discovered.addAll(links);
    }

    /** Commits the index, then records the batch in the ledger. */
    synchronized void flush() throws IOException {
        lastFlush = System.nanoTime();
        if (fetched.isEmpty() && discovered.isEmpty()) {
            return;
        }
        if (!indexedLines.isEmpty()) {
            index.commit();
        }
        ledger.record(fetched, discovered);
        for (String line : indexedLines) {
            LOG.debug("indexed {}", line);
        }
        fetched.clear();
        discovered.clear();
        indexedLines.clear();
    }
}
