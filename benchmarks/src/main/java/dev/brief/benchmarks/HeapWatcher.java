package dev.brief.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap during a run. Two figures: the most heap in use at any sample (live data plus garbage not
 * yet collected, so it depends on the collector and {@code -Xmx}), and the most heap still in use right after
 * a collection: the live data, which is what must stay flat as a catalogue grows.
 */
final class HeapWatcher implements AutoCloseable {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterCollection = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatcher() {
        NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                // Young collections leave old garbage in place; only count collections of the whole heap or
                // mixed ones where the old generation was looked at, approximated by taking the maximum.
                peakAfterCollection.accumulateAndGet(after, Math::max);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) collector;
            emitter.addNotificationListener(listener, null, null);
            unsubscribe.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            });
        }
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakUsed.accumulateAndGet(used, Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakUsedBytes() {
        return peakUsed.get();
    }

    long peakAfterCollectionBytes() {
        return peakAfterCollection.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        unsubscribe.forEach(Runnable::run);
    }
}
