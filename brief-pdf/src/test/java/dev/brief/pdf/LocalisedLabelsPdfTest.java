package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.pdf.inspect.PdfInspection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF's own words in the brief's language, read in structure order: the notes heading and its
 * bookmark, the issue number, the printed edition in the ISBN line and the descriptions (/Contents) of the
 * note links. The English edition
 * of the same brief shows each English label, so the check can fail.
 */
class LocalisedLabelsPdfTest {
    private static final String SOURCE = """
            ---
            title: Городские данные под общим управлением
            series: Аналитическая записка
            number: 12
            language: %s
            authors:
              - name: Анна Петрова
                bio: Анна Петрова изучает муниципальные данные.
            identifiers:
              isbn:
                print: 978-3-16-148410-0
            summary:
              - Города собирают данные, которыми почти никто не пользуется.
            publisher:
              name: Институт городской политики
            ---
            ## Введение

            Каждый город ведёт реестры[^ist], и многие ведут их дважды.

            [^ist]: Городской статистический ежегодник, 2025.
            """;
    private static final List<Label> PRINTED = List.of(
            Label.SUMMARY,
            Label.NOTES,
            Label.NOTE,
            Label.BACK_TO_NOTE_REFERENCE,
            Label.ISSUE_NUMBER,
            Label.PRINT_EDITION);

    @TempDir
    static Path folder;

    private static List<String> russian;
    private static List<String> english;

    @BeforeAll
    static void write() throws Exception {
        russian = shown("ru");
        english = shown("en");
    }

    @Test
    void aRussianPdfHasNoEnglishLabel() {
        for (Label label : Label.values()) {
            assertThat(russian).as("%s", label).noneMatch(text -> text.contains(englishWords(label)));
        }
        Labels labels = Labels.of("ru");
        assertThat(russian)
                .contains(
                        "bookmark Кратко",
                        "bookmark Примечания",
                        "link " + labels.format(Label.NOTE, 1),
                        "link " + labels.format(Label.BACK_TO_NOTE_REFERENCE, 1));
        String text = String.join(" ", russian).replaceAll("\\s+", " ");
        assertThat(text).contains("№ 12", "Примечания", "(печатное издание)");
    }

    @Test
    void theEnglishPdfShowsEveryLabelTheCheckLooksFor() {
        for (Label label : PRINTED) {
            assertThat(english).as("%s", label).anyMatch(text -> text.contains(englishWords(label)));
        }
    }

    /** The page text, every bookmark and every link's /Contents of the brief in {@code language}. */
    private static List<String> shown(String language) throws Exception {
        Path file = folder.resolve("brief-" + language + ".md");
        Files.writeString(file, SOURCE.formatted(language));
        ReadResult read = BriefReader.read(file, House.defaults());
        assertThat(read.diagnostics()).isEmpty();
        Brief brief = read.brief().orElseThrow();
        byte[] pdf = TestPdfs.write(brief, folder, House.defaults().style()).bytes();
        List<String> shown = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // The tags, not the page: a hyphenated label word reads whole there.
            shown.add(String.join(" ", PdfInspection.of(pdf).readingText()));
            for (PDOutlineItem item :
                    document.getDocumentCatalog().getDocumentOutline().children()) {
                shown.add("bookmark " + item.getTitle());
            }
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    shown.add("link " + annotation.getContents());
                }
            }
        }
        return shown;
    }

    private static String englishWords(Label label) {
        Labels labels = Labels.of("en");
        String text = label.arguments() == 0 ? labels.text(label) : labels.format(label, "\u0000");
        return Arrays.stream(text.split("\u0000"))
                .filter(part -> !part.isBlank())
                .findFirst()
                .orElseThrow()
                .strip();
    }
}
