package dev.lede.pipeline.batch;

import dev.lede.index.ArticleIndex;
import dev.lede.index.UpsertResult;
import dev.lede.model.Article;

import java.io.IOException;

/**
 * Extracts articles on N workers and upserts them into the index from one writer thread, in input order,
 * committing in batches: every {@link BatchSettings#commitEvery()} changed articles and at least every
 * {@link BatchSettings#commitInterval()}, and at {@link #finish()}. A commit costs an fsync of every new
 * segment, so committing per article would make the index, not NER, the bottleneck; a crash loses at most
 * the articles since the last commit, which a re-run indexes again (upserts are idempotent).
 *
 * <p>The extraction step may return null for an input that holds no article: the listener hears of it
 * as {@link Listener#skipped}.
 *
 * @param <I> an input: a page, an ingest line
 */
public final class IndexingBatch<I> implements AutoCloseable {

    /** What happened to each input; called on the writer thread, in input order. */
    public interface Listener<I> {
        void indexed(I input, Article article, UpsertResult result);

        void failed(I input, Throwable reason);

        /** The step returned no article for this input (a blank line, a page that is no article). */
        default void skipped(I input) {
        }

        /** After every commit, with the number of changed articles it made durable. */
        default void committed(int articles) {
        }
    }

    /** Time the writer spent, for the benchmark's per-stage table. */
    public record WriterTimes(long upsertNanos, long commitNanos, int commits) {
    }

    private final ArticleIndex index;
    private final BatchSettings settings;
    private final Listener<I> listener;
    private final BatchPipeline<I, Article> pipeline;
    private int uncommitted;
    private long lastCommit = System.nanoTime();
    private long upsertNanos;
    private long commitNanos;
    private int commits;

    public IndexingBatch(String name, ArticleIndex index, BatchSettings settings,
                         BatchPipeline.Step<I, Article> extract, Listener<I> listener) {
        this.index = index;
        this.settings = settings;
        this.listener = listener;
        this.pipeline = new BatchPipeline<>(name, settings.workers(), settings.queueCapacity(), extract, this::write);
    }

    /** Queues an input; blocks while the workers are behind. */
    public void submit(I input) throws IOException, InterruptedException {
        pipeline.submit(input);
    }

    /** Waits for every input, then commits. */
    public void finish() throws IOException, InterruptedException {
        pipeline.finish();
        if (uncommitted > 0) {
            commit();
        }
    }

    /** The writer's times so far; read after {@link #finish()}. */
    public WriterTimes writerTimes() {
        return new WriterTimes(upsertNanos, commitNanos, commits);
    }

    @Override
    public void close() {
        pipeline.close();
    }

    private void write(I input, Article article, Throwable failure) throws IOException {
        if (failure != null) {
            listener.failed(input, failure);
        } else if (article == null) {
            listener.skipped(input);
        } else {
            long start = System.nanoTime();
            UpsertResult result;
            try {
                result = index.upsert(article);
            } catch (IllegalArgumentException e) {
                listener.failed(input, e); // this article cannot be indexed (no id); the index is fine
                return;
            }
            upsertNanos += System.nanoTime() - start;
            if (result != UpsertResult.UNCHANGED) {
                uncommitted++;
            }
            listener.indexed(input, article, result);
        }
        if (uncommitted >= settings.commitEvery()
                || uncommitted > 0 && System.nanoTime() - lastCommit >= settings.commitInterval().toNanos()) {
            commit();
        }
    }

    private void commit() throws IOException {
        long start = System.nanoTime();
        index.commit();
        lastCommit = System.nanoTime();
        commitNanos += lastCommit - start;
        commits++;
        int n = uncommitted;
        uncommitted = 0;
        listener.committed(n);
    }
}
