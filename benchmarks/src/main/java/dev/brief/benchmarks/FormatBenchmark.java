package dev.brief.benchmarks;

import dev.brief.core.model.Brief;
import dev.brief.pdf.PdfResult;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds per brief for each format on one thread, warm: the sample brief, its Arabic and Chinese
 * translations ({@code sample-ar}, {@code sample-zh}: the same structure set in other scripts), and the
 * generated catalogue of 200 realistic briefs taken in turn (so one score is the mean over the catalogue).
 * {@code allFormats} is what {@code brief:build} does per brief without the files: read, PDF, HTML, EPUB.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
@State(Scope.Thread)
public class FormatBenchmark {
    @Param({"sample", "sample-ar", "sample-zh", "catalogue"})
    public String corpus;

    private List<BriefUnderTest> briefs;
    private int next;
    private final BenchmarkThreadCpu cpu = new BenchmarkThreadCpu();

    @Setup(Level.Trial)
    public void load() throws IOException {
        switch (corpus) {
            case "sample" -> briefs = List.of(BriefUnderTest.sample());
            case "sample-ar" -> briefs = List.of(BriefUnderTest.translation("ar"));
            case "sample-zh" -> briefs = List.of(BriefUnderTest.translation("zh"));
            case "catalogue" -> briefs = BriefUnderTest.catalogue(Files.createTempDirectory("brief-catalogue"), 200);
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        }
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        cpu.start();
    }

    /** Prints the benchmark thread's CPU time per brief: on a shared machine, what a brief costs. */
    @TearDown(Level.Iteration)
    public void endIteration() {
        cpu.stop();
    }

    @TearDown(Level.Trial)
    public void endTrial() {
        cpu.summary();
    }

    private BriefUnderTest next() {
        cpu.count();
        BriefUnderTest brief = briefs.get(next);
        next = (next + 1) % briefs.size();
        return brief;
    }

    @Benchmark
    public Brief parse() {
        return next().parse();
    }

    @Benchmark
    public PdfResult pdf() throws IOException {
        return next().pdf(new CountingStream());
    }

    @Benchmark
    public long html() throws IOException {
        CountingStream out = new CountingStream();
        next().html(out);
        return out.count();
    }

    @Benchmark
    public long epub() throws IOException {
        CountingStream out = new CountingStream();
        next().epub(out);
        return out.count();
    }

    /** The EPUB's cover picture alone (composed, then painted and encoded band by band); part of {@code epub}. */
    @Benchmark
    public int cover() {
        return next().cover().length;
    }

    @Benchmark
    public long allFormats() throws IOException {
        return next().allFormats(new CountingStream());
    }
}
