package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.inspect.PdfInspection;
import dev.brief.pdf.inspect.TagNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The author's e-mail from the front matter is printed under the name, as a mailto link, in the PDF and EPUB. */
class AuthorEmailTest {
    private static final String EMAIL = "ilse.marrow@example.org";

    @TempDir
    static Path work;

    private static Path folder;

    @BeforeAll
    static void build() throws IOException {
        Path source = Admissions.copy("footpaths.md", work.resolve("src/footpaths.md"));
        BuildReport report = Admissions.build(
                source, work.resolve("out"), EnumSet.of(Format.PDF, Format.EPUB), LegacyMode.AUTO, new ArrayList<>());
        assertThat(report.failed()).isEmpty();
        folder = work.resolve("out/footpaths");
    }

    @Test
    void thePdfLinksTheEmailOnPageOneWithAMailtoAnnotation() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("footpaths.pdf").toFile())) {
            List<String> uris = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertThat(uris).contains("mailto:" + EMAIL);
        }
    }

    @Test
    void thePdfTagsTheEmailAsALinkWithItsAnnotationAfterTheAuthorsName() throws IOException {
        PdfInspection inspection = PdfInspection.of(Files.readAllBytes(folder.resolve("footpaths.pdf")));

        List<TagNode.Element> links = inspection.elements().stream()
                .filter(element -> element.standardType().equals("Link"))
                .filter(element -> element.kids().stream()
                        .anyMatch(kid -> kid instanceof TagNode.Content content
                                && content.text().contains(EMAIL)))
                .toList();
        assertThat(links).hasSize(1);
        assertThat(links.get(0).kids())
                .anyMatch(kid -> kid instanceof TagNode.Annotation annotation
                        && annotation.subtype().equals("Link")
                        && annotation.target().equals("mailto:" + EMAIL));
        String text = String.join("\n", inspection.readingText());
        assertThat(text).contains("Ilse Marrow");
        assertThat(text.indexOf(EMAIL))
                .isGreaterThan(text.indexOf("Ilse Marrow"))
                .isLessThan(text.indexOf("Why walking comes first"));
    }

    @Test
    void theEpubPrintsTheEmailAsAMailtoLinkUnderTheName() throws IOException {
        String xhtml = "";
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(folder.resolve("footpaths.epub")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().endsWith(".xhtml") && text.contains("Ilse Marrow") && text.contains("<main")) {
                    xhtml = text;
                }
            }
        }
        assertThat(xhtml).contains("href=\"mailto:" + EMAIL + "\"");
        assertThat(xhtml.indexOf("mailto:" + EMAIL)).isGreaterThan(xhtml.indexOf("Ilse Marrow"));
        // The style sheet is inline in the content document's head.
        assertThat(xhtml).contains(".authors a[href^=\"mailto:\"] { display: block; }");
    }
}
