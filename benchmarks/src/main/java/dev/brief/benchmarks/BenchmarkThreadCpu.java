package dev.brief.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time of the JMH worker thread per operation, iteration by iteration. JMH reports wall time, which on a
 * shared machine includes whatever else ran; the thread's own CPU time (user and system, from
 * {@link ThreadMXBean}) is what one brief costs. The JIT and garbage collector threads are not included.
 */
final class BenchmarkThreadCpu {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Double> perOperation = new ArrayList<>();
    private long startNanos;
    private long operations;

    void start() {
        operations = 0;
        startNanos = threads.getCurrentThreadCpuTime();
    }

    void count() {
        operations++;
    }

    void stop() {
        double millis = (threads.getCurrentThreadCpuTime() - startNanos) / 1e6 / Math.max(1, operations);
        perOperation.add(millis);
        System.out.printf("(thread CPU %.2f ms/op over %d ops) ", millis, operations);
    }

    /** Every iteration's figure, the warm-up iterations first (JMH runs both through the same fixtures). */
    void summary() {
        System.out.printf(
                "%nthread CPU ms/op by iteration: %s%n",
                perOperation.stream()
                        .map(millis -> String.format("%.2f", millis))
                        .toList());
    }
}
