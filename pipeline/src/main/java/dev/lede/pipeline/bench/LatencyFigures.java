package dev.lede.pipeline.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Arrays;
import java.util.List;

/**
 * Latency percentiles of one kind of request, in milliseconds, as the benchmarks print and write them.
 *
 * @param requests how many requests were timed
 */
@JsonPropertyOrder({"requests", "p50", "p95", "p99", "max", "mean"})
public record LatencyFigures(int requests, double p50, double p95, double p99, double max, double mean) {
    /** The figures of {@code ms} (at least one timing). */
    public static LatencyFigures of(List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new LatencyFigures(sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                round(sorted[sorted.length - 1]), round(Arrays.stream(sorted).average().orElse(0)));
    }

    private static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, rank))]);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
