package dev.lede.pipeline.batch;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an expensive, thread-safe step (extraction) over a stream of inputs on N worker threads, and hands
 * every result to one consumer (the index writer) on its own thread, in input order.
 *
 * <p>Why this shape: on a machine with N cores, NER keeps N workers busy while the single writer, whose
 * work is small, slips in between; the writer alone touches the index and any ledger, so no lock is held
 * during extraction, and results arrive in input order, so a later input with the same id wins exactly
 * as in a sequential run and progress reads like one. The queue between the producer and the writer is
 * bounded ({@code capacity}): {@link #submit} blocks when the workers fall behind, so memory holds at most
 * {@code capacity + 1} inputs in flight, however long the stream.
 *
 * <p>A failing step (an exception, or a {@link StackOverflowError} on hostile input) fails only its input:
 * the sink gets the failure and the batch goes on. A failing sink (the index cannot be written) or any
 * other {@link Error} is fatal: the batch stops taking inputs, and {@link #submit} and {@link #finish}
 * throw it.
 *
 * <p>Use from one producer thread: {@code submit}..., then {@code finish()}; {@code close()} in a finally
 * (try-with-resources) stops the threads of a batch that did not finish.
 *
 * @param <I> an input (a fetched page, an ingest line)
 * @param <R> what the step makes of it (an article)
 */
public final class BatchPipeline<I, R> implements AutoCloseable {

    /** The parallel step; must be thread-safe. */
    @FunctionalInterface
    public interface Step<I, R> {
        R apply(I input) throws Exception;
    }

    /** The serial consumer: called on the writer thread, in input order. */
    @FunctionalInterface
    public interface Sink<I, R> {
        /**
         * @param result  the step's result, or null when it failed
         * @param failure why the step failed, or null
         * @throws IOException to stop the whole batch (the index or ledger cannot be written)
         */
        void accept(I input, R result, Throwable failure) throws IOException;
    }

    private record Pending<I, R>(I input, Future<R> result) {
    }

    private static final Pending<?, ?> END = new Pending<>(null, null);

    private final ExecutorService workers;
    private final BlockingQueue<Pending<I, R>> queue;
    private final Step<I, R> step;
    private final Sink<I, R> sink;
    private final Thread writer;
    private volatile Throwable fatal;
    private boolean finished;

    /**
     * @param name     names the threads ({@code name-worker-1}, {@code name-writer}) in thread dumps and profiles
     * @param workers  worker threads running {@code step} (the number of cores is the useful maximum)
     * @param capacity inputs that may wait for the writer; {@link #submit} blocks beyond it
     */
    public BatchPipeline(String name, int workers, int capacity, Step<I, R> step, Sink<I, R> sink) {
        if (workers < 1 || capacity < 1) {
            throw new IllegalArgumentException("workers and capacity must be at least 1");
        }
        this.step = step;
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.workers = Executors.newFixedThreadPool(workers, threads(name + "-worker"));
        this.writer = threads(name + "-writer").newThread(this::write);
        this.writer.start();
    }

    /**
     * Queues {@code input} for the workers; blocks while {@code capacity} inputs wait for the writer.
     *
     * @throws IOException when the batch has stopped on a fatal failure (the sink's exception as cause)
     */
    public void submit(I input) throws IOException, InterruptedException {
        if (finished) {
            throw new IllegalStateException("batch already finished");
        }
        throwIfFatal();
        Future<R> result = workers.submit(() -> step.apply(input));
        queue.put(new Pending<>(input, result));
    }

    /**
     * Waits until every submitted input has reached the sink, then stops the threads.
     *
     * @throws IOException when the batch stopped on a fatal failure
     */
    @SuppressWarnings("unchecked")
    public void finish() throws IOException, InterruptedException {
        if (!finished) {
            finished = true;
            queue.put((Pending<I, R>) END);
            writer.join();
            workers.shutdown();
        }
        throwIfFatal();
    }

    /** Stops the threads; inputs not yet written are dropped. Does nothing after {@link #finish}. */
    @Override
    public void close() {
        if (writer.isAlive()) {
            workers.shutdownNow();
            writer.interrupt();
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdownNow();
    }

    private void write() {
        while (true) {
            Pending<I, R> next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                fail(e);
                return;
            }
            if (next == END) {
                return;
            }
            if (fatal != null) {
                next.result().cancel(true); // drain, so that the producer never blocks on a dead batch
                continue;
            }
            R result = null;
            Throwable failure = null;
            try {
                result = next.result().get();
            } catch (ExecutionException e) {
                failure = e.getCause();
            } catch (CancellationException e) {
                failure = e;
            } catch (InterruptedException e) {
                fail(e);
                return;
            }
            if (failure instanceof Error && !(failure instanceof StackOverflowError)) {
                fail(failure);
                continue;
            }
            try {
                sink.accept(next.input(), result, failure);
            } catch (IOException | RuntimeException | Error e) {
                fail(e);
            }
        }
    }

    private void fail(Throwable t) {
        if (fatal == null) {
            fatal = t;
        }
    }

    private void throwIfFatal() throws IOException {
        Throwable t = fatal;
        if (t == null) {
            return;
        }
        if (t instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (t instanceof Error error) {
            throw error;
        }
        throw new IOException("batch stopped: " + t, t);
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            String name = prefix.endsWith("-writer") ? prefix : prefix + "-" + count.incrementAndGet();
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
