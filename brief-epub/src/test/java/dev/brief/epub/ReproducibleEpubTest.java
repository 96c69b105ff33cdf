package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.testing.SecondJvm;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same brief, same options, same bytes; and the container is laid out as OCF requires. */
class ReproducibleEpubTest {
    @TempDir
    Path directory;

    @Test
    void twoWritesGiveIdenticalBytes() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        byte[] first = EpubFixtures.write(TestBriefs.full(), folder, Optional.of(TestBriefs.fullPageMap()));
        byte[] second = EpubFixtures.write(TestBriefs.full(), folder, Optional.of(TestBriefs.fullPageMap()));
        assertThat(second).isEqualTo(first);
    }

    /**
     * A second JVM, with another locale, time zone and default charset, writes the same bytes as this one: two
     * writes in one JVM would share its hash order, caches and defaults.
     */
    @Test
    void aSecondJvmWritesTheSameBytes() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        Path epub = directory.resolve("second-jvm.epub");
        Path log = directory.resolve("second-jvm.log");
        SecondJvm.run(log, FullEpubMain.class, folder.toString(), epub.toString());
        byte[] here = EpubFixtures.write(TestBriefs.full(), folder, Optional.of(TestBriefs.fullPageMap()));
        assertThat(Files.readAllBytes(epub)).isEqualTo(here);
    }

    @Test
    void anotherTimestampChangesOnlyTimes() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        EpubOptions later =
                new EpubOptions(folder, HouseStyle.defaults(), Instant.parse("2027-06-30T12:34:56Z"), Optional.empty());
        List<ZipEntry> entries = entries(EpubFixtures.write(TestBriefs.full(), later));
        assertThat(entries).allSatisfy(entry -> assertThat(entry.getTimeLocal())
                .isEqualTo(LocalDateTime.of(2027, 6, 30, 12, 34, 56)));
    }

    @Test
    void mimetypeComesFirstStoredWithoutExtraField() throws Exception {
        byte[] epub = EpubFixtures.write(TestBriefs.minimal("en"), directory, Optional.empty());
        // OCF §4.3: the first local file header names "mimetype", stored, so the bytes at offset 30 read it.
        assertThat(new String(epub, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(epub, 38, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        List<ZipEntry> entries = entries(epub);
        assertThat(entries.get(0).getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(entries.get(0).getExtra()).isNull();
        assertThat(entries.get(1).getName()).isEqualTo("META-INF/container.xml");
        List<String> rest = entries.subList(2, entries.size()).stream()
                .map(ZipEntry::getName)
                .toList();
        assertThat(rest).isSorted();
    }

    @Test
    void imagesAreStoredAsTheyAreAndTextIsDeflated() throws Exception {
        List<ZipEntry> entries = entries(EpubFixtures.write(TestBriefs.minimal("en"), directory, Optional.empty()));

        assertThat(entries)
                .filteredOn(entry -> entry.getName().endsWith(".png"))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED));
        assertThat(entries)
                .filteredOn(entry -> entry.getName().endsWith(".xhtml"))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED));
    }

    @Test
    void timesBeforeTheZipEpochAreClamped() throws Exception {
        EpubOptions early = new EpubOptions(directory, HouseStyle.defaults(), Instant.EPOCH, Optional.empty());
        List<ZipEntry> entries = entries(EpubFixtures.write(TestBriefs.minimal("en"), early));
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.getTimeLocal().getYear()).isEqualTo(1980));
    }

    private static List<ZipEntry> entries(byte[] epub) throws Exception {
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
