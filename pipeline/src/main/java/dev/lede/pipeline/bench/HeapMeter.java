package dev.lede.pipeline.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap figures of one phase of a benchmark, from the JVM's own beans: the peak heap in use (the sum of the
 * heap pools' peaks, an upper bound since pools peak at different moments), the peak heap still in use
 * after a collection (what the phase really keeps alive: models, buffers, queued articles), and the share
 * of time spent collecting. The first says whether {@code -Xmx} suffices; the second how much room is left.
 */
final class HeapMeter implements AutoCloseable {
    /** What one phase used. */
    record Heap(long maxBytes, long peakUsedBytes, long peakLiveBytes, long gcMillis, int collections) {
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    private final java.util.Set<String> heapPoolNames = pools.stream().map(MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final AtomicLong peakLive = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long live = 0;
            // the map holds non-heap pools (metaspace, code cache) too: count the heap pools only
            for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPoolNames.contains(pool.getKey())) {
                    live += pool.getValue().getUsed();
                }
            }
            peakLive.accumulateAndGet(live, Math::max);
        }
    };
    private long gcMillisAtStart;
    private long collectionsAtStart;

    HeapMeter() {
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /** Starts a phase: peaks and GC counters from now. */
    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakLive.set(0);
        gcMillisAtStart = gcMillis();
        collectionsAtStart = collections();
    }

    /** The figures since {@link #reset()}. */
    Heap read() {
        long peak = 0;
        for (MemoryPoolMXBean p : pools) {
            peak += p.getPeakUsage().getUsed();
        }
        return new Heap(Runtime.getRuntime().maxMemory(), peak, peakLive.get(), gcMillis() - gcMillisAtStart,
                (int) (collections() - collectionsAtStart));
    }

    /** Heap in use right after a full collection: what stays alive between phases (the models). */
    static long liveAfterFullGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private long collections() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never added
                }
            }
        }
    }
}
