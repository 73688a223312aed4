package dev.lede.pipeline.batch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchPipelineTest {

    @Test
    void resultsReachTheSinkInInputOrderThoughWorkersFinishOutOfOrder() throws Exception {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (BatchPipeline<Integer, Integer> batch = new BatchPipeline<>("order", 4, 8, i -> {
            Thread.sleep((i * 7L) % 5); // later inputs often finish first
            threads.add(Thread.currentThread().getName());
            return i * 2;
        }, (input, result, failure) -> {
            assertNull(failure);
            assertEquals(input * 2, result);
            assertTrue(Thread.currentThread().getName().equals("order-writer"));
            seen.add(input);
        })) {
            for (int i = 0; i < 200; i++) {
                batch.submit(i);
            }
            batch.finish();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertEquals(expected, seen);
        assertTrue(threads.stream().distinct().count() > 1, "work spread over several workers: " + threads.stream().distinct().toList());
    }

    @Test
    void aFailingStepFailsOnlyItsInput() throws Exception {
        List<String> outcomes = new ArrayList<>();
        try (BatchPipeline<Integer, Integer> batch = new BatchPipeline<>("fail", 2, 4, i -> {
            if (i == 3) {
                throw new IllegalArgumentException("bad input 3");
            }
            if (i == 5) {
                return recurse(0); // hostile input: a stack overflow
            }
            return i;
        }, (input, result, failure) -> outcomes.add(failure == null ? "ok " + result : input + ": " + failure.getClass().getSimpleName()))) {
            for (int i = 0; i < 8; i++) {
                batch.submit(i);
            }
            batch.finish();
        }
        assertEquals(List.of("ok 0", "ok 1", "ok 2", "3: IllegalArgumentException", "ok 4", "5: StackOverflowError",
                "ok 6", "ok 7"), outcomes);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void aFailingSinkStopsTheBatchAndSubmitAndFinishSaySo() throws Exception {
        AtomicInteger written = new AtomicInteger();
        BatchPipeline<Integer, Integer> batch = new BatchPipeline<>("sink", 2, 2, i -> i, (input, result, failure) -> {
            if (input == 10) {
                throw new IOException("disk full");
            }
            written.incrementAndGet();
        });
        try (batch) {
            IOException thrown = assertThrows(IOException.class, () -> {
                for (int i = 0; i < 10_000; i++) {
                    batch.submit(i); // never blocks for good: the dead writer drains the queue
                }
                batch.finish();
            });
            assertTrue(thrown.getMessage().contains("disk full"), thrown.getMessage());
            assertInstanceOf(IOException.class, thrown.getCause());
        }
        assertEquals(10, written.get());
    }

    @Test
    void theQueueBoundsTheInputsInFlight() throws Exception {
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        int capacity = 3;
        try (BatchPipeline<Integer, Integer> batch = new BatchPipeline<>("bound", 2, capacity, i -> i, (input, result, failure) -> {
            maxInFlight.accumulateAndGet(submitted.get() - input, Math::max);
            try {
                Thread.sleep(2); // a slow writer: the producer must wait for it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            for (int i = 0; i < 100; i++) {
                submitted.incrementAndGet();
                batch.submit(i);
            }
            batch.finish();
        }
        assertTrue(maxInFlight.get() <= capacity + 2, "in flight at most capacity + 2, was " + maxInFlight.get());
    }
}
