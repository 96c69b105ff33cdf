package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * brief-pdf's public types are the entry package, {@code inspect}, and what each stage hands the next (Java needs
 * a type public to cross packages); everything else is package-private. A type made public, or a new public
 * one, fails here until it is listed, with its reason, in docs/pdf.md and below.
 */
class PublicSurfaceTest {
    private static final Set<String> PUBLIC = new TreeSet<>(List.of(
            // The entry: what other modules call, and the two errors the Maven plugin turns into diagnostics.
            "PdfOptions",
            "PdfResult",
            "PdfWriter",
            "UncoveredCharactersException",
            "UnusableImageException",
            // Reading a PDF back, for tests and brief:check.
            "inspect.PdfInspection",
            "inspect.TagNode",
            // The plan stage's entry and the value it hands the layout stage.
            "plan.BriefPlanner",
            "plan.BriefPlan",
            "plan.Part",
            "plan.PlannedBlock",
            "plan.PlannedSection",
            // The layout stage's entry and the value it hands the paint and output stages.
            "layout.BriefLayouter",
            "layout.LaidOutBrief",
            "layout.LaidOutPage",
            "layout.PlacedMark",
            "layout.Mark",
            "layout.TextRun",
            "layout.Destination",
            "layout.Heading",
            // The paint and output stages' entries; the compressor the fonts and tagging packages store with.
            "paint.PagePainter",
            "output.OutlineWriter",
            "output.PdfFileWriter",
            "output.StreamCompressor",
            "images.ImageLoader",
            // The tag tree and the marked-content handles: planned in plan, inline elements in layout, drawn in paint.
            "tag.TagTree",
            "tag.StructureNode",
            "tag.StructureRole",
            "tag.Owner",
            "tag.Artifact",
            "tag.PageCanvas",
            "tag.MarkedContent",
            // Fonts: for layout, paint and tagging; Face, FontLibrary, Typeface and FontSource also for the plugin's
            // web fonts; InstalledFont and SystemFonts for the end-to-end system font test.
            "fonts.Face",
            "fonts.FontFiles",
            "fonts.FontLibrary",
            "fonts.FontMetrics",
            "fonts.FontSet",
            "fonts.FontSource",
            "fonts.FreeFontAdvice",
            "fonts.InstalledFont",
            "fonts.SubsetFont",
            "fonts.SystemFonts",
            "fonts.Typeface",
            "fonts.UncoveredCharacter",
            // Text setting, for layout (line breaking) and paint (glyph runs).
            "text.Alignment",
            "text.BrokenParagraph",
            "text.GlyphLayout",
            "text.GlyphRun",
            "text.Line",
            "text.LineBreaker",
            "text.LineWidths",
            "text.Piece",
            "text.RunDirection",
            "text.StyledRun"));

    @Test
    void onlyTheEntryInspectAndWhatTheStagesHandOnArePublic() throws IOException, URISyntaxException {
        Path classes = Path.of(PdfWriter.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> found = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/brief/pdf"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
                    continue;
                }
                String className =
                        classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                String shortName = className.substring("dev.brief.pdf.".length());
                all.add(shortName);
                if (Modifier.isPublic(load(className).getModifiers())) {
                    found.add(shortName);
                }
            }
        }
        assertThat(all).as("the compiled classes").hasSizeGreaterThan(100);
        assertThat(found).isEqualTo(PUBLIC);
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, PublicSurfaceTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(className + " was compiled but cannot be loaded", e);
        }
    }
}
