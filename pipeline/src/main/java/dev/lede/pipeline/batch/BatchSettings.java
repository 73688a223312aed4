package dev.lede.pipeline.batch;

import java.time.Duration;

/**
 * How batch work (crawl, ingest) is spread over the machine.
 *
 * @param workers        extraction threads; the default is one per core, since NER is CPU-bound and a
 *                       second thread per core only adds memory and context switches
 * @param queueCapacity  inputs that may wait between the producer and the index writer (memory bound)
 * @param commitEvery    commit the index after this many changed articles
 * @param commitInterval and at least this often while articles change, so that readers (the web page)
 *                       see a long run progress
 */
public record BatchSettings(int workers, int queueCapacity, int commitEvery, Duration commitInterval) {
    public static final int DEFAULT_COMMIT_EVERY = 200;
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);

    public BatchSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1");
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1");
        }
        if (commitInterval == null || commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("commitInterval must be positive");
        }
    }

    /** One worker per core, four inputs queued per worker. */
    public static BatchSettings defaults() {
        return withWorkers(Runtime.getRuntime().availableProcessors());
    }

    /** The defaults with {@code workers} workers. */
    public static BatchSettings withWorkers(int workers) {
        return new BatchSettings(workers, 4 * workers, DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_INTERVAL);
    }

    public BatchSettings withCommitEvery(int n) {
        return new BatchSettings(workers, queueCapacity, n, commitInterval);
    }
}
