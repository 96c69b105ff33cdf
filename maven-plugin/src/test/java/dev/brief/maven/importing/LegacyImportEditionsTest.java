package dev.brief.maven.importing;

import static dev.brief.maven.importing.BuiltEditions.holding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.legacy.ImportResult;
import dev.brief.core.legacy.LegacyImporter;
import dev.brief.maven.check.CheckResult;
import dev.brief.maven.check.EpubValidator;
import dev.brief.maven.check.VeraPdfValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports a legacy brief and builds its PDF and EPUB: the paragraphs the extraction split (one across a page
 * break, one around the about box the page dropped into it) must come out whole in the PDF's structure order
 * and in the EPUB, with the about box after the paragraph it interrupted. A control builds the same brief with
 * the repair undone, so the assertions are known to fail when the importer stops repairing.
 */
class LegacyImportEditionsTest {
    /** Split around the about box in the legacy text ("…the savings paid for" / box / "a second dredger…"). */
    static final String DREDGER = "the savings paid for a second dredger shared between the three ports";
    /** Split by a page break in the legacy text ("…and the boards" / blank line / "shared them freely…"). */
    static final String BOARDS = "Their methods were cheap, and the boards shared them freely with neighbouring ports";

    static final String ABOUT_TITLE = "About this brief";

    @TempDir
    static Path folder;

    private static BuiltEditions imported;

    @BeforeAll
    static void importAndBuild() throws Exception {
        String legacy = fixture("harbour-resilience.md");
        ImportResult result = LegacyImporter.convert(legacy, folder.resolve("harbour-resilience.legacy.md"));
        assertThat(result.diagnostics()).as("import errors").noneMatch(Diagnostic::isError);
        imported = BuiltEditions.build(result.source(), folder, "harbour-resilience");
    }

    @Test
    void thePdfReadsBothRepairedParagraphsWholeInStructureOrder() {
        int dredger = holding(imported.pdfBlocks(), DREDGER);

        assertThat(dredger)
                .as("PDF block holding \"%s\" in %s", DREDGER, imported.pdfBlocks())
                .isNotNegative();
        assertThat(holding(imported.pdfBlocks(), BOARDS))
                .as("PDF block holding \"%s\"", BOARDS)
                .isNotNegative()
                .isLessThan(dredger);
        assertThat(imported.pdfBlocks().get(dredger))
                .doesNotContain(ABOUT_TITLE, "interviews with harbour masters")
                .endsWith("without calling the office.");
        assertThat(imported.pdfBlocks().get(dredger + 1))
                .as("the block after the repaired paragraph")
                .startsWith(ABOUT_TITLE);
    }

    @Test
    void theEpubReadsBothRepairedParagraphsWhole() {
        List<String> blocks = imported.epubBlocks();
        int dredger = holding(blocks, DREDGER);

        assertThat(dredger)
                .as("EPUB block holding \"%s\" in %s", DREDGER, blocks)
                .isNotNegative();
        assertThat(holding(blocks, BOARDS))
                .as("EPUB block holding \"%s\"", BOARDS)
                .isNotNegative()
                .isLessThan(dredger);
        assertThat(blocks.get(dredger + 1)).startsWith(ABOUT_TITLE);
        assertThat(imported.pageMap().pages()).as("pages of the PDF").hasSizeGreaterThan(1);
    }

    @Test
    void theEpubPageMarkersSitBetweenWords() {
        Pattern marker = Pattern.compile("(?s)(.?)<span[^>]*doc-pagebreak[^>]*>(?:</span>)?(.?)");
        int markers = 0;
        for (String document : imported.epubDocuments()) {
            Matcher found = marker.matcher(document);
            while (found.find()) {
                markers++;
                assertThat(found.group(1).matches("[\\p{L}\\p{N}]")
                                && found.group(2).matches("[\\p{L}\\p{N}]"))
                        .as("page marker inside a word: %s", found.group())
                        .isFalse();
            }
        }
        assertThat(markers)
                .as("page markers from the PDF's page map")
                .isEqualTo(imported.pageMap().pages().size());
    }

    @Test
    void theEditionsPassVeraPdfAndEpubCheck() {
        List<CheckResult> results = List.of(
                VeraPdfValidator.pdfUa1().validate(imported.pdf()),
                VeraPdfValidator.pdfA2a().validate(imported.pdf()),
                new EpubValidator().validate(imported.epub()));

        assertThat(results)
                .allSatisfy(result ->
                        assertThat(result.findings()).as(result.name()).isEmpty());
    }

    /** The same brief with the repair undone: the box back inside the paragraph, the page-break split kept. */
    @Test
    void withoutTheRepairTheSentencesAreNotWhole() throws Exception {
        String source = LegacyImporter.convert(fixture("harbour-resilience.md"), folder.resolve("control.legacy.md"))
                .source();
        Matcher about = Pattern.compile("(?s)::: about .*?\n:::\n").matcher(source);
        assertThat(about.find()).as("an about box in the imported source").isTrue();
        String box = about.group();
        String undone = source.replace(box, "")
                .replace("the savings paid for a second", "the savings paid for\n\n" + box + "\na second")
                .replace("and the boards shared", "and the boards\n\nshared");
        assertThat(undone).isNotEqualTo(source);

        BuiltEditions control = BuiltEditions.build(undone, folder, "control");

        assertThat(holding(control.pdfBlocks(), DREDGER)).isNegative();
        assertThat(holding(control.pdfBlocks(), BOARDS)).isNegative();
        assertThat(control.pdfBlocks()).anyMatch(block -> block.endsWith("the savings paid for"));
        assertThat(holding(control.epubBlocks(), DREDGER)).isNegative();
        assertThat(holding(control.epubBlocks(), BOARDS)).isNegative();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = LegacyImportEditionsTest.class.getResourceAsStream("/importing/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
