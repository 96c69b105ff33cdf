package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.epubcheck.messages.Severity;
import dev.brief.core.model.Brief;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EPUBCheck 5 finds nothing to report, not even a warning, in the EPUBs of every shape of brief; and it does
 * report a broken one, so that its silence means something.
 */
class EpubCheckTest {
    private static final Pattern NAV_ITEM = Pattern.compile("<item [^>]*properties=\"nav\"[^>]*/>");

    @TempDir
    Path directory;

    @Test
    void fullBriefWithPageListIsClean() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        byte[] epub = EpubFixtures.write(TestBriefs.full(), folder, Optional.of(TestBriefs.fullPageMap()));
        assertClean("full.epub", epub);
    }

    @Test
    void minimalBriefWithoutPageListIsClean() throws Exception {
        byte[] epub = EpubFixtures.write(TestBriefs.minimal("en"), directory, Optional.empty());
        assertClean("minimal.epub", epub);
    }

    @Test
    void frenchBriefIsClean() throws Exception {
        Brief brief = TestBriefs.minimal("fr-CA");
        assertClean("french.epub", EpubFixtures.write(brief, directory, Optional.empty()));
    }

    @Test
    void anEpubWithoutItsNavigationDocumentInTheManifestIsReported() throws Exception {
        byte[] epub = EpubFixtures.write(TestBriefs.minimal("en"), directory, Optional.empty());
        byte[] broken = withPackageDocument(epub, opf -> {
            String without = NAV_ITEM.matcher(opf).replaceFirst("");
            assertThat(without).as("the package document without its nav item").isNotEqualTo(opf);
            return without;
        });
        EpubCheckReport report = EpubCheckReport.check(broken, directory);
        assertThat(report.of(Severity.ERROR)).as("EPUBCheck errors").isNotEmpty();
        assertThat(report.problems()).anySatisfy(problem -> assertThat(problem).containsIgnoringCase("nav"));
    }

    /**
     * The EPUB with its package document changed, every other entry copied as it is: mimetype first and
     * stored, as OCF requires, so that nothing but the change is wrong.
     */
    private static byte[] withPackageDocument(byte[] epub, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(OcfWriter.PACKAGE_PATH)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private void assertClean(String name, byte[] epub) throws Exception {
        EpubFixtures.keep(name, epub);
        EpubCheckReport report = EpubCheckReport.check(epub, directory);
        assertThat(report.problems()).isEmpty();
    }
}
