package dev.brief.benchmarks;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.epub.EpubOptions;
import dev.brief.epub.EpubWriter;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;
import dev.brief.html.WebFontSubsetter;
import dev.brief.maven.build.AtomicOutput;
import dev.brief.maven.build.BriefSource;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.BuildStamp;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.LoadedHouse;
import dev.brief.maven.build.OtherScriptWebFonts;
import dev.brief.maven.build.OutputTimestamp;
import dev.brief.maven.build.SourceFinder;
import dev.brief.maven.build.SourceLoader;
import dev.brief.pdf.PdfOptions;
import dev.brief.pdf.PdfResult;
import dev.brief.pdf.PdfWriter;
import dev.brief.pictures.PictureRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the time of one warm rebuild goes: the steps {@code brief:serve} runs after a save, one after another
 * on one thread as its builder does, each timed by wall clock and by the thread's own CPU time. On a shared,
 * busy machine the wall times wander with the load; the CPU times are what the code costs. The title changes
 * on every round, as in {@link AuthorsLoop}, so nothing is skipped as up to date.
 *
 * <pre>
 * java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar dev.brief.benchmarks.LoopPhases 40 40
 * </pre>
 */
public final class LoopPhases {
    private static final String SLUG = "civic-data-trusts";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, List<double[]>> times = new LinkedHashMap<>();

    private LoopPhases() {}

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path work = Files.createTempDirectory("loop-phases");
        Path sources = AuthorsLoop.sampleCopy(work.resolve("src"));
        Path out = Files.createDirectories(work.resolve("out"));
        BuildRequest request = new BuildRequest(
                sources,
                out,
                EnumSet.of(Format.PDF, Format.HTML, Format.EPUB),
                Optional.empty(),
                Optional.empty(),
                1,
                OutputTimestamp.FALLBACK,
                "loop-phases");
        Path file = sources.resolve(SLUG).resolve(SLUG + ".md");
        String original = Files.readString(file);
        LoopPhases phases = new LoopPhases();
        for (int round = 0; round < warmUp + measured; round++) {
            if (round == warmUp) {
                phases.times.clear();
            }
            Files.writeString(file, original.replace(AuthorsLoop.TITLE, "Who Holds the Keys, draft " + round + "?"));
            phases.round(request, out);
        }
        System.out.printf(Locale.ROOT, "%d warm-up rounds, %d measured; median (p95) per phase%n", warmUp, measured);
        System.out.printf(Locale.ROOT, "%-28s %18s %18s%n", "phase", "wall ms", "thread CPU ms");
        double wall = 0;
        double cpu = 0;
        for (Map.Entry<String, List<double[]>> entry : phases.times.entrySet()) {
            double[] w = stats(entry.getValue(), 0);
            double[] c = stats(entry.getValue(), 1);
            wall += w[0];
            cpu += c[0];
            System.out.printf(
                    Locale.ROOT, "%-28s %8.1f (%6.1f) %9.1f (%6.1f)%n", entry.getKey(), w[0], w[1], c[0], c[1]);
        }
        System.out.printf(Locale.ROOT, "%-28s %8.1f %18.1f%n", "sum of medians", wall, cpu);
    }

    private void round(BuildRequest request, Path out) throws Exception {
        LoadedHouse house = timed("house file", () -> LoadedHouse.load(request));
        List<BriefSource> found =
                timed("find sources", () -> new SourceFinder(BuildLog.silent()).find(request.source()));
        BriefSource source = found.get(0);
        ReadResult read = timed(
                "read source",
                () -> BriefReader.read(SourceLoader.load(source, new ArrayList<>()), source.file(), house.house()));
        Brief brief = read.brief().orElseThrow();
        timed("stale check (hash)", () -> BuildStamp.of("settings", List.of(source.file()))
                .isCurrent(out));
        Path folder = source.folder();
        PdfResult pdf = timed("pdf", () -> {
            PdfResult[] result = new PdfResult[1];
            AtomicOutput.write(
                    out.resolve(SLUG + ".pdf"),
                    stream -> result[0] = PdfWriter.write(
                            brief, new PdfOptions(folder, house.house().style(), OutputTimestamp.FALLBACK), stream));
            return result[0];
        });
        HtmlOptions plain = new HtmlOptions(folder, house.house().style(), Flavor.PRINT, Optional.of(pdf.pageMap()));
        EditionFonts fonts = timed(
                "web font subsets",
                () -> OtherScriptWebFonts.add(WebFontSubsetter.forBrief(brief, plain), brief, plain));
        timed(
                "html",
                () -> AtomicOutput.write(
                        out.resolve(SLUG + ".html"),
                        stream -> HtmlWriter.writePrintEdition(brief, plain.withFonts(fonts), stream)));
        byte[] cover = timed(
                "epub: cover picture",
                () -> PictureRenderer.cover(brief, house.house().style()));
        timed(
                "epub: the rest",
                () -> AtomicOutput.write(
                        out.resolve(SLUG + ".epub"),
                        stream -> EpubWriter.write(
                                brief,
                                new EpubOptions(
                                                folder,
                                                house.house().style(),
                                                OutputTimestamp.FALLBACK,
                                                Optional.of(pdf.pageMap()))
                                        .withFonts(fonts)
                                        .withCoverPng(cover),
                                stream)));
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    private <T> T timed(String phase, Step<T> step) throws Exception {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T result = step.run();
        double[] spent = {(System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6};
        times.computeIfAbsent(phase, unused -> new ArrayList<>()).add(spent);
        return result;
    }

    /** Median and p95 (nearest rank) of one column. */
    private static double[] stats(List<double[]> rows, int column) {
        List<Double> values = new ArrayList<>();
        rows.forEach(row -> values.add(row[column]));
        Collections.sort(values);
        int p95 = (int) Math.ceil(0.95 * values.size()) - 1;
        return new double[] {values.get(values.size() / 2), values.get(Math.max(0, p95))};
    }
}
