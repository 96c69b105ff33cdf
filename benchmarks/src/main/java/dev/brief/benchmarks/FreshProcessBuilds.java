package dev.brief.benchmarks;

import static dev.brief.benchmarks.AuthorsLoop.SLUG;
import static dev.brief.benchmarks.AuthorsLoop.summary;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The author's loop without a warm preview, for comparison: the same brief built after a save by processes
 * started afresh, each paying for its own start-up. Cold {@code mvn brief:build} runs of the plugin, and, when
 * they are installed, pandoc + WeasyPrint making the same three editions.
 */
final class FreshProcessBuilds {
    private FreshProcessBuilds() {}

    /** Cold builds: {@code mvn} (from the PATH) in a fresh JVM, the plugin from the local repository. */
    static void coldMavenBuilds(Path sources, Path work, int runs) throws Exception {
        String version = System.getProperty("brief.version", "0.1.0-SNAPSHOT");
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path log = work.resolve("cold-" + run + ".log");
            long start = System.nanoTime();
            String goal = "dev.brief:brief-maven-plugin:" + version + ":build";
            Process maven = new ProcessBuilder(
                            "mvn",
                            "-o",
                            "-q",
                            goal,
                            "-Dbrief.source=" + sources.resolve(SLUG).resolve(SLUG + ".md"),
                            "-Dbrief.house=" + sources.resolve("house.yaml"),
                            "-Dbrief.formats=pdf,html,epub",
                            "-Dbrief.outputDirectory=" + work.resolve("cold-" + run))
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (maven.waitFor() != 0) {
                throw new IllegalStateException("mvn brief:build failed:\n" + Files.readString(log));
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.ROOT, "cold mvn brief:build, pdf+html+epub: %s%n", summary(times));
    }

    /**
     * What a pandoc + WeasyPrint author runs after each save, as benchmarks/scripts/compare-pandoc.sh does for a
     * catalogue: pandoc to a self-contained HTML and to an EPUB, WeasyPrint from that HTML to a PDF.
     */
    static void pandocAndWeasyPrint(Path sources, Path work, int runs) throws Exception {
        Path folder = sources.resolve(SLUG);
        Path out = Files.createDirectories(work.resolve("pandoc"));
        String source = folder.resolve(SLUG + ".md").toString();
        List<Double> all = new ArrayList<>();
        List<Double> pdf = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            String html = out.resolve("b.html").toString();
            double toHtml = run(folder, "pandoc", source, "-s", "--self-contained", "-o", html);
            double toEpub =
                    run(folder, "pandoc", source, "-o", out.resolve("b.epub").toString());
            double toPdf = run(folder, "weasyprint", html, out.resolve("b.pdf").toString());
            all.add(toHtml + toEpub + toPdf);
            pdf.add(toHtml + toPdf);
        }
        System.out.printf(Locale.ROOT, "pandoc + WeasyPrint, html+epub+pdf: %s%n", summary(all));
        System.out.printf(Locale.ROOT, "pandoc + WeasyPrint, pdf (html, then WeasyPrint): %s%n", summary(pdf));
    }

    /** Runs a command in {@code folder}; its wall time in milliseconds. */
    private static double run(Path folder, String... command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Whether {@code tool} is an executable in a folder of the PATH. */
    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
