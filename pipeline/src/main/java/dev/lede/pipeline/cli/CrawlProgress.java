package dev.lede.pipeline.cli;

import dev.lede.pipeline.crawl.CrawlListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar for {@code lede crawl} on a terminal; nothing at all under cron or systemd, where the
 * log and the run report tell the story. The total grows as listings reveal more pages.
 */
final class CrawlProgress implements CrawlListener, AutoCloseable {
    private final ProgressBar bar;

    private CrawlProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A progress bar when the process talks to a terminal, otherwise a listener that does nothing. */
    static CrawlProgress forTerminal() {
        if (System.console() == null) {
            return new CrawlProgress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("crawl")
                .setInitialMax(1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setUnit(" pages", 1)
                .continuousUpdate()
                .build();
        return new CrawlProgress(bar);
    }

    @Override
    public void handled(String url, String outcome, int done, int queued) {
        if (bar != null) {
            bar.maxHint(done + queued);
            bar.stepTo(done);
            bar.setExtraMessage(outcome);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
