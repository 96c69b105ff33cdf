package dev.brief.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPUBCheck runner passes the smallest valid EPUB 3 (src/test/resources/minimal-epub) and fails it as soon
 * as one thing is broken, so that its silence on Brief's EPUBs means something.
 */
class EpubCheckRunnerTest {
    private static final List<String> ENTRIES =
            List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/text.xhtml");

    @TempDir
    Path directory;

    private final EpubCheckRunner runner = new EpubCheckRunner();

    @Test
    void theMinimalEpubPasses() throws IOException {
        ValidationReport report = runner.check(zip("minimal.epub", entries()));

        assertThat(report.findings()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.validator()).isEqualTo("EPUBCheck");
    }

    @Test
    void aManifestItemWhoseFileIsMissingFails() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.remove("EPUB/text.xhtml");

        ValidationReport report = runner.check(zip("missing-file.epub", entries));

        assertThat(report.passed()).isFalse();
        assertThat(report.findings(Severity.ERROR)).anySatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("RSC-001");
            assertThat(finding.message()).contains("text.xhtml");
            assertThat(finding.location()).isEqualTo("EPUB/text.xhtml");
        });
    }

    @Test
    void aPackageDocumentWithoutItsNavigationItemFails() throws IOException {
        Map<String, byte[]> entries = entries();
        String opf = new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        String withoutNav = opf.replaceFirst("<item id=\"nav\"[^>]*/>", "");
        assertThat(withoutNav).as("the package document without its nav item").isNotEqualTo(opf);
        entries.put("EPUB/package.opf", withoutNav.getBytes(StandardCharsets.UTF_8));

        ValidationReport report = runner.check(zip("no-nav.epub", entries));

        assertThat(report.findings(Severity.ERROR)).isNotEmpty();
        assertThat(report.findings())
                .anySatisfy(finding -> assertThat(finding.message()).containsIgnoringCase("nav"));
    }

    @Test
    void aFileThatIsNoZipIsFatal() throws IOException {
        Path notAnEpub = Files.writeString(directory.resolve("plain.epub"), "not a zip archive");

        ValidationReport report = runner.check(notAnEpub);

        assertThat(report.passed()).isFalse();
        assertThat(report.findings(Severity.FATAL).size()
                        + report.findings(Severity.ERROR).size())
                .isPositive();
    }

    private static Map<String, byte[]> entries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : ENTRIES) {
            try (InputStream in = EpubCheckRunnerTest.class.getResourceAsStream("/minimal-epub/" + name)) {
                entries.put(name, in.readAllBytes());
            }
        }
        return entries;
    }

    /** The entries as an EPUB container: mimetype first and stored, as OCF requires, the rest deflated. */
    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path epub = directory.resolve(name);
        try (OutputStream file = Files.newOutputStream(epub);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                out.putNextEntry(zipEntry);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return epub;
    }
}
