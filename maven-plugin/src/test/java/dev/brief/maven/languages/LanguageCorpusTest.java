package dev.brief.maven.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.html.inspect.AnnouncedText;
import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.check.BriefCheck;
import dev.brief.maven.check.CheckResult;
import dev.brief.maven.check.OutputChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test briefs in the languages policy institutes publish in (repository folder {@code test-briefs}), built in
 * all three editions as {@code brief:build} builds them, pass every check {@code brief:check} runs (veraPDF PDF/UA-1
 * and PDF/A-2a, EPUBCheck, reading order against the source, notes, tagging) and print or announce no English
 * label. The non-Latin ones need the system fonts of Debian's fonts-noto-core, fonts-wqy-zenhei and
 * fonts-ipafont-gothic.
 */
class LanguageCorpusTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "he", "fa", "zh-Hans", "ja", "ko", "ru", "fr", "de"})
    void buildsPassesEveryCheckAndSpeaksItsLanguage(String tag) throws IOException {
        Path source = SampleBriefs.repositoryRoot().resolve("test-briefs").resolve(tag);
        Path out = work.resolve("out");
        BuildRequest request = new BuildRequest(
                source,
                out,
                EnumSet.of(Format.PDF, Format.EPUB, Format.HTML),
                Optional.empty(),
                Optional.empty(),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "test");

        BuildReport report = new BriefBuilder(request, BuildLog.silent()).build();
        assertThat(report.outcomes()).hasSize(1);
        assertThat(report.outcomes().get(0).status())
                .as("%s", report.outcomes().get(0).diagnostics())
                .isEqualTo(BriefOutcome.Status.BUILT);
        assertThat(report.outcomes().get(0).warnings()).as("warnings").isEmpty();

        List<BriefCheck> checks = new OutputChecker(request, BuildLog.silent()).check();
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).results())
                .extracting(CheckResult::name)
                .contains("veraPDF PDF/UA-1", "veraPDF PDF/A-2a", "EPUBCheck");
        assertThat(checks.get(0).failures()).as("failed checks").isEmpty();

        Path folder;
        try (Stream<Path> folders = Files.list(out)) {
            folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        String slug = folder.getFileName().toString();
        List<String> english = englishOnlyLabels(tag);
        assertThat(english).as("labels that differ from English").isNotEmpty();
        assertNoEnglish("print HTML", shownAndAnnounced(Files.readString(folder.resolve(slug + ".html"))), english);
        assertNoEnglish("EPUB", epubDocuments(folder.resolve(slug + ".epub")), english);
        assertNoEnglish("PDF", pdfWords(folder.resolve(slug + ".pdf")), english);
    }

    /** The English labels whose text the language's bundle says otherwise, as they would be printed. */
    private static List<String> englishOnlyLabels(String tag) {
        Labels english = Labels.of("en");
        Labels local = Labels.of(tag);
        List<String> words = new ArrayList<>();
        for (Label label : Label.values()) {
            String englishText = label.arguments() == 0 ? english.text(label) : english.format(label, "7");
            String localText = label.arguments() == 0 ? local.text(label) : local.format(label, "7");
            if (!englishText.equals(localText) && englishText.chars().anyMatch(Character::isLetter)) {
                words.add(englishText);
            }
        }
        return words;
    }

    private static void assertNoEnglish(String edition, String text, List<String> labels) {
        for (String label : labels) {
            assertThat(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(label) + "(?![\\p{L}])")
                            .matcher(text)
                            .find())
                    .as("%s says the English label \"%s\"", edition, label)
                    .isFalse();
        }
    }

    /** What a reader sees or hears of a page, one text a line. */
    private static String shownAndAnnounced(String markup) {
        return String.join("\n", AnnouncedText.of(markup));
    }

    /** Every content, navigation and cover document of the EPUB; the package's metadata is not shown to readers. */
    private static String epubDocuments(Path epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xhtml")) {
                    text.append(shownAndAnnounced(new String(zip.readAllBytes(), StandardCharsets.UTF_8)))
                            .append('\n');
                }
            }
        }
        return text.toString();
    }

    /** The PDF's text, bookmarks and link descriptions. */
    private static String pdfWords(Path pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(pdf);
                PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            text.append(new PDFTextStripper().getText(document));
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation.getContents() != null) {
                        text.append('\n').append(annotation.getContents());
                    }
                }
            }
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item :
                        document.getDocumentCatalog().getDocumentOutline().children()) {
                    text.append('\n').append(item.getTitle());
                }
            }
        }
        return text.toString();
    }
}
