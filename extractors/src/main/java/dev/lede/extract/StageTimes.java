package dev.lede.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock time spent in each extraction stage, summed over articles and threads, so that a benchmark
 * can say which stage a run spends its time in ({@code lede bench pipeline}). Thread-safe: one instance
 * can be shared by every worker of a run. Timing costs two {@link System#nanoTime()} calls per stage,
 * nothing next to a stage's own work.
 */
public final class StageTimes {
    /** The stages of {@link ArticleAnalyzer}, in the order they run. */
    public enum Stage {
        /** jsoup parsing, boilerplate removal, metadata, Further Reading and FAQ */
        HTML,
        /** Lingua on the title and summary and on each section */
        LANGUAGE,
        /** markdown and HTML tables, captions and typed cells */
        TABLES,
        /** tokenisation, the CRF models, gazetteer, consistency and merging of names */
        ENTITIES,
        /** money amounts */
        MONEY
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** Adds the time from {@code since} (a {@link System#nanoTime()} reading) to now to {@code stage}; returns now. */
    public long lap(Stage stage, long since) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - since);
        return now;
    }

    /** Total nanoseconds spent in {@code stage} so far. */
    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }
}
