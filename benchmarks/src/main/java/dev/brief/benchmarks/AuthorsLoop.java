package dev.brief.benchmarks;

import dev.brief.core.testing.SampleBriefs;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.OutputTimestamp;
import dev.brief.maven.serve.PreviewServer;
import dev.brief.maven.serve.ServeRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The author's loop, timed as an author meets it: {@code brief:serve}'s {@link PreviewServer} on a copy of the
 * sample brief, one word of the title changed per save (or, with {@code body}, one sentence of the text),
 * written beside the brief and renamed over it. For each measured save it reports two times from the
 * moment the file is written: until the last of the editions has been written (their files' modification
 * times), and until the preview page's event stream announces the reload. The 40 ms the watcher waits for a
 * burst of saves to end is included in both. First with the three editions, then with the PDF alone; then
 * cold {@code mvn brief:build} runs of the same brief without a project, in fresh Maven JVMs, and, when they are
 * installed, pandoc + WeasyPrint making the same three editions.
 *
 * <pre>
 * java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar dev.brief.benchmarks.AuthorsLoop \
 *     [warm-up saves] [measured saves] [cold runs] [pandoc runs] [body]
 * </pre>
 */
public final class AuthorsLoop {
    static final String SLUG = "civic-data-trusts";
    static final String TITLE = "Who Holds the Keys?";
    /** A sentence of the body, for saves that leave the title (and so the cover) alone. */
    private static final String SENTENCE = "These duties are not new inventions.";

    private AuthorsLoop() {}

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int coldRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int otherRuns = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        boolean bodyEdits = args.length > 4 && args[4].equals("body");
        Path work = Files.createTempDirectory("authors-loop");
        Path sources = sampleCopy(work.resolve("src"));
        System.out.printf(
                Locale.ROOT,
                "%d warm-up saves, %d measured, %d processors, each save changes %s%n",
                warmUp,
                measured,
                Runtime.getRuntime().availableProcessors(),
                bodyEdits ? "a sentence" : "the title");
        loop(
                "pdf+html+epub",
                EnumSet.of(Format.PDF, Format.HTML, Format.EPUB),
                sources,
                work.resolve("all"),
                warmUp,
                measured,
                bodyEdits);
        loop("pdf alone", EnumSet.of(Format.PDF), sources, work.resolve("pdf"), warmUp, measured, bodyEdits);
        if (coldRuns > 0) {
            FreshProcessBuilds.coldMavenBuilds(sources, work, coldRuns);
        }
        if (otherRuns == 0) {
            return;
        }
        if (FreshProcessBuilds.onPath("pandoc") && FreshProcessBuilds.onPath("weasyprint")) {
            FreshProcessBuilds.pandocAndWeasyPrint(sources, work, otherRuns);
        } else {
            System.out.println("pandoc + WeasyPrint: not installed, not measured");
        }
    }

    private static void loop(
            String name, Set<Format> formats, Path sources, Path output, int warmUp, int measured, boolean bodyEdits)
            throws Exception {
        BuildRequest build = new BuildRequest(
                sources,
                output,
                formats,
                Optional.empty(),
                Optional.empty(),
                1,
                OutputTimestamp.FALLBACK,
                "authors-loop");
        Path brief = sources.resolve(SLUG).resolve(SLUG + ".md");
        String original = Files.readString(brief);
        List<Double> written = new ArrayList<>();
        List<Double> announced = new ArrayList<>();
        List<Double> rebuilt = new ArrayList<>();
        List<Double> waited = new ArrayList<>();
        BlockingQueue<Double> rebuilds = new LinkedBlockingQueue<>();
        try (PreviewServer server = PreviewServer.start(
                new ServeRequest(build, "127.0.0.1", 0, ServeRequest.DEFAULT_QUIET), rebuildTimes(rebuilds))) {
            BlockingQueue<String> events = listen(server);
            Map<ThreadCpu.Kind, Double> cpuBefore = Map.of();
            for (int save = 0; save < warmUp + measured; save++) {
                if (save == warmUp) {
                    cpuBefore = ThreadCpu.millis();
                }
                String text = bodyEdits
                        ? original.replace(SENTENCE, "These duties are not new inventions, draft " + save + ".")
                        : original.replace(TITLE, "Who Holds the Keys, draft " + save + "?");
                rebuilds.clear();
                // Saved as most editors save: written beside, then renamed over the brief in one step. A plain
                // write truncates first, and on a loaded machine the watcher may see the empty file alone.
                Path draft = Files.writeString(brief.resolveSibling("." + SLUG + ".md.swp"), text);
                Instant saved = Instant.now();
                long start = System.nanoTime();
                Files.move(draft, brief, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                String data = events.poll(5, TimeUnit.MINUTES);
                long end = System.nanoTime();
                if (data == null || !data.equals(SLUG)) {
                    throw new IllegalStateException("expected a reload of " + SLUG + ", got " + data);
                }
                if (save >= warmUp) {
                    announced.add((end - start) / 1e6);
                    double last = lastWritten(output, formats, saved);
                    written.add(last);
                    Double builder = rebuilds.poll(5, TimeUnit.SECONDS);
                    if (builder != null) {
                        rebuilt.add(builder);
                        waited.add(Math.max(0, (end - start) / 1e6 - builder));
                    }
                }
            }
            cpuPerSave(name, cpuBefore, ThreadCpu.millis(), measured);
        } finally {
            Files.writeString(brief, original);
        }
        System.out.printf(Locale.ROOT, "%s, save to last edition written: %s%n", name, summary(written));
        System.out.printf(Locale.ROOT, "%s, save to reload event:         %s%n", name, summary(announced));
        System.out.printf(Locale.ROOT, "%s, the rebuild itself:           %s%n", name, summary(rebuilt));
        System.out.printf(Locale.ROOT, "%s, reload event less rebuild:    %s%n", name, summary(waited));
    }

    /**
     * The process's CPU time per measured save, by kind of thread: whether a slow save was our code, the JIT
     * still compiling it, or the collector.
     */
    private static void cpuPerSave(
            String name, Map<ThreadCpu.Kind, Double> before, Map<ThreadCpu.Kind, Double> after, int saves) {
        StringBuilder line = new StringBuilder();
        for (ThreadCpu.Kind kind : ThreadCpu.Kind.values()) {
            double millis = (after.get(kind) - before.getOrDefault(kind, 0.0)) / saves;
            line.append(String.format(Locale.ROOT, " %s %.1f ms", kind.name().toLowerCase(Locale.ROOT), millis));
        }
        System.out.printf(Locale.ROOT, "%s, CPU per save (all threads, by kind):%s%n", name, line);
    }

    /**
     * A log that keeps the time of each rebuild, from the line the preview logs after it ("Rebuilt in 61 ms:
     * …"): the save to the reload event less this is the watcher's share, its quiet period included.
     */
    private static BuildLog rebuildTimes(BlockingQueue<Double> rebuilds) {
        return new BuildLog() {
            @Override
            public void info(String line) {
                if (line.startsWith("Rebuilt in ")) {
                    rebuilds.add(Double.parseDouble(line.substring("Rebuilt in ".length(), line.indexOf(" ms"))));
                }
            }

            @Override
            public void warn(String line) {}

            @Override
            public void error(String line) {}
        };
    }

    /** Milliseconds from the save to the newest modification time among the editions. */
    private static double lastWritten(Path output, Set<Format> formats, Instant saved) throws IOException {
        Instant last = Instant.MIN;
        for (Format format : formats) {
            Instant modified = Files.getLastModifiedTime(output.resolve(SLUG).resolve(SLUG + "." + format.extension()))
                    .toInstant();
            if (modified.isBefore(saved)) {
                throw new IllegalStateException(format + " was not rewritten");
            }
            last = modified.isAfter(last) ? modified : last;
        }
        return Duration.between(saved, last).toNanos() / 1e6;
    }

    private static BlockingQueue<String> listen(PreviewServer server) throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(server.uri().resolve("/events")).build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        events.add(line.substring("data:".length()).trim());
                    }
                }));
        Thread.sleep(500); // the stream is open before the first save
        return events;
    }

    static Path sampleCopy(Path target) throws IOException {
        Path samples = SampleBriefs.briefsDirectory();
        Files.createDirectories(target.resolve(SLUG));
        for (String file : List.of("house.yaml", "logo.png", SLUG + "/" + SLUG + ".md", SLUG + "/requests-chart.png")) {
            Files.copy(samples.resolve(file), target.resolve(file));
        }
        return target;
    }

    /** The spread of {@code millis}: median, 95th percentile, extremes and count. */
    static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "p50 %.1f ms, p95 %.1f ms, min %.1f, max %.1f (n=%d)",
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.get(0),
                sorted.get(sorted.size() - 1),
                sorted.size());
    }

    /** Nearest rank: the smallest value with at least {@code p} per cent of the values at or below it. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
