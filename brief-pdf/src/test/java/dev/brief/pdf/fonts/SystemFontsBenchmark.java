package dev.brief.pdf.fonts;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What finding the installed fonts costs (run its {@code main} with font folders as arguments, the
 * system's by default; not a test, so no time is ever asserted): the first scan in a fresh JVM, which is
 * what a build pays once, then warm rescans, then chains for 2,000 Han characters. Times are the process's
 * CPU time (the scan reads files on two threads) beside wall time, since a busy machine inflates the latter.
 */
public final class SystemFontsBenchmark {
    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SystemFontsBenchmark() {}

    public static void main(String[] arguments) {
        List<Path> folders = arguments.length == 0
                ? FontFolders.ofThisSystem()
                : Arrays.stream(arguments).map(Path::of).toList();
        long cpu = SYSTEM.getProcessCpuTime();
        long wall = System.nanoTime();
        SystemFonts fonts = SystemFonts.scan(folders);
        System.out.printf(
                Locale.ROOT,
                "first scan: %d fonts (%d CFF) in %.0f ms CPU, %.0f ms wall%n",
                fonts.fonts().size(),
                fonts.fonts().stream().filter(font -> !font.embeddable()).count(),
                (SYSTEM.getProcessCpuTime() - cpu) / 1e6,
                (System.nanoTime() - wall) / 1e6);
        int rounds = 10;
        double[] rescans = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = SYSTEM.getProcessCpuTime();
            SystemFonts.scan(folders);
            rescans[i] = (SYSTEM.getProcessCpuTime() - start) / 1e6;
        }
        Arrays.sort(rescans);
        System.out.printf(Locale.ROOT, "warm rescan: median %.0f ms CPU over %d rounds%n", rescans[rounds / 2], rounds);
        long start = SYSTEM.getProcessCpuTime();
        int faces = 0;
        for (int codePoint = 0x4E00; codePoint < 0x4E00 + 2000; codePoint++) {
            faces += fonts.chain(codePoint, "zh", true, false, false).size();
        }
        System.out.printf(
                Locale.ROOT,
                "2000 Han chains: %.0f ms CPU, %d faces offered%n",
                (SYSTEM.getProcessCpuTime() - start) / 1e6,
                faces);
    }
}
