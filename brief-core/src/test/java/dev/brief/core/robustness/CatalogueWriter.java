package dev.brief.core.robustness;

import dev.brief.core.testing.BriefFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a catalogue of realistic brief sources, the same bytes for the same seed: each brief has 2,000 to
 * 4,000 words, 10 to 40 notes, a pull quote and an about box, and some have a figure or a table. They are
 * source Markdown, so that whoever builds them measures or tests the reader too. The catalogue folder gets a
 * {@code house.yaml} with a logo, as a publisher's source folder would.
 */
public final class CatalogueWriter {
    private CatalogueWriter() {}

    /** The shape of the briefs to write; {@link #realistic()} is what a publisher's catalogue holds. */
    public record Shape(int minWords, int maxWords, int minNotes, int maxNotes) {
        public static Shape realistic() {
            return new Shape(2000, 4000, 10, 40);
        }

        /** Small briefs for tests that build many of them in every format. */
        public static Shape small() {
            return new Shape(150, 600, 1, 6);
        }
    }

    /** Writes {@code count} briefs into {@code folder}, one subfolder each; returns their source files. */
    public static List<Path> write(Path folder, int count, long seed, Shape shape) {
        try {
            Files.createDirectories(folder);
            BriefFixtures.writeImages(folder);
            Files.writeString(folder.resolve("house.yaml"), HOUSE, StandardCharsets.UTF_8);
            List<Path> files = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                String slug = String.format("brief-%04d", index);
                Path briefFolder = folder.resolve(slug);
                Files.createDirectories(briefFolder);
                String source = source(seed * 1_000_003L + index, index, shape);
                if (source.contains("(figure.png)")) {
                    BriefFixtures.writeImages(briefFolder);
                }
                Path file = briefFolder.resolve(slug + ".md");
                Files.writeString(file, source, StandardCharsets.UTF_8);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source text of one brief. */
    public static String source(long seed, int number, Shape shape) {
        return new GeneratedBrief(new PolicyProse(seed), number, shape).source();
    }

    private static final String HOUSE = """
            # The house of the generated catalogue: an invented publisher.
            publisher:
              name: "Harbourline Centre for Public Finance"
              address:
                - "Harbourline Centre for Public Finance (an invented publisher)"
                - "4 Ropewalk Street, Eastport"
              url: "https://example.org/harbourline/"
              logo:
                source: "logo.png"
                alt: "Harbourline Centre for Public Finance"
              mission: "The Harbourline Centre is an invented, independent institute used to test the Brief toolkit."
              disclaimer: "The views expressed are those of the generated authors."
            style:
              accent-color: "#1b5e7a"
              page-size: A4
            """;
}
