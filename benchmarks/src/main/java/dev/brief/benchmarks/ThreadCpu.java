package dev.brief.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by the JVM's long-lived threads, by kind: the JIT compilers, the garbage collector, the rest.
 * Read from Linux's {@code /proc/self/task}, which also lists the JVM's own threads that {@code ThreadMXBean}
 * does not show; elsewhere every figure is zero. The threads that build briefs may end with a build, so
 * their share is best taken as the process's CPU time less the others. On a machine with two cores the split
 * tells whether a slow round was slow code or code still being compiled.
 */
final class ThreadCpu {
    /** {@code BUILDERS} counts only the builder threads alive when read; see above. */
    enum Kind {
        BUILDERS,
        JIT,
        GC,
        OTHER
    }

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux reports thread times in clock ticks, 100 a second on every common configuration. */
    private static final double MILLIS_PER_TICK = 10;

    private ThreadCpu() {}

    /** Milliseconds of CPU (user and system) spent so far by the live threads of each kind. */
    static Map<Kind, Double> millis() {
        Map<Kind, Double> millis = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            millis.put(kind, 0.0);
        }
        if (!Files.isDirectory(TASKS)) {
            return millis;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> add(task, millis));
        } catch (IOException e) {
            // Threads come and go while the folder is read; a round without the split is still a round.
        }
        return millis;
    }

    private static void add(Path task, Map<Kind, Double> millis) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            // The name is in parentheses and may hold spaces; the fields after it are space-separated.
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            millis.merge(kindOf(name), ticks * MILLIS_PER_TICK, Double::sum);
        } catch (IOException | RuntimeException e) {
            // The thread ended between listing and reading.
        }
    }

    static Kind kindOf(String threadName) {
        if (threadName.startsWith("brief-builder")) {
            return Kind.BUILDERS;
        }
        if (threadName.startsWith("C1 Compiler")
                || threadName.startsWith("C2 Compiler")
                || threadName.startsWith("Sweeper")) {
            return Kind.JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
            return Kind.GC;
        }
        return Kind.OTHER;
    }
}
