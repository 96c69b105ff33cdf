package dev.brief.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the EPUB container (EPUB 3.3 §6, Open Container Format). epub4j's writer stamps each entry with the
 * current time, so its output differs on every run; this writer makes the same bytes from the same files:
 * {@code mimetype} first and stored (uncompressed, no extra field) as OCF requires, then
 * {@code META-INF/container.xml}, then every other entry in sorted order, each dated from the build timestamp.
 * Images are stored as they are; text is deflated at the highest level. Fonts are deflated at the fastest
 * level: a TrueType file shrinks by half at any level, and the highest takes three times as long for a tenth of
 * a percent less. A whole font (over {@value #STORED_FONT_SIZE} bytes: a font for a script the browser shapes,
 * kept whole so that it can) is stored: deflating the four Arabic fonts of an Arabic brief costs 10 ms a brief
 * even at the fastest level, for about 400 kB less to download.
 */
final class OcfWriter {
    static final String PACKAGE_PATH = "EPUB/package.opf";
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    /** The earliest time a zip entry can carry (MS-DOS dates start in 1980). */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    /** Font files, deflated at the fastest level or, above {@link #STORED_FONT_SIZE} bytes, stored. */
    private static final List<String> FONT_SUFFIXES = List.of(".ttf", ".otf");

    static final int STORED_FONT_SIZE = 100_000;

    /** Media types that are compressed already (images, web fonts). */
    private static final List<String> COMPRESSED_SUFFIXES =
            List.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2");

    private final Map<String, byte[]> entries = new TreeMap<>();

    /** Adds a file at {@code path}, relative to the container root. */
    void add(String path, byte[] content) {
        if (path.equals("mimetype") || path.startsWith("META-INF/")) {
            throw new IllegalArgumentException(path + " is written by the container itself");
        }
        if (entries.put(path, content.clone()) != null) {
            throw new IllegalArgumentException("two files at " + path);
        }
    }

    void write(Instant timestamp, OutputStream out) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC).withNano(0);
        if (time.isBefore(ZIP_EPOCH)) {
            time = ZIP_EPOCH;
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(9);
        entry(zip, stored("mimetype", MIMETYPE), time, MIMETYPE);
        entry(zip, new ZipEntry("META-INF/container.xml"), time, containerXml());
        for (Map.Entry<String, byte[]> file : entries.entrySet()) {
            String path = file.getKey();
            boolean font = hasSuffix(path, FONT_SUFFIXES);
            boolean store = hasSuffix(path, COMPRESSED_SUFFIXES) || font && file.getValue().length > STORED_FONT_SIZE;
            ZipEntry entry = store ? stored(path, file.getValue()) : new ZipEntry(path);
            // The level applies to the entries that follow: fonts fast, text small.
            zip.setLevel(font ? Deflater.BEST_SPEED : Deflater.BEST_COMPRESSION);
            entry(zip, entry, time, file.getValue());
        }
        zip.finish();
    }

    /** An entry written as is: deflating a PNG or JPEG again costs time and saves nothing. */
    private static ZipEntry stored(String path, byte[] content) {
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        return entry;
    }

    private static boolean hasSuffix(String path, List<String> suffixes) {
        String name = path.toLowerCase(Locale.ROOT);
        return suffixes.stream().anyMatch(name::endsWith);
    }

    /** {@code setTimeLocal} stores the DOS date and time as given: no time zone, no extended-time field. */
    private static void entry(ZipOutputStream zip, ZipEntry entry, LocalDateTime time, byte[] content)
            throws IOException {
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] containerXml() {
        String xml = new IndentedXmlWriter()
                .declaration()
                .open("container", "version", "1.0", "xmlns", "urn:oasis:names:tc:opendocument:xmlns:container")
                .open("rootfiles")
                .empty("rootfile", "full-path", PACKAGE_PATH, "media-type", "application/oebps-package+xml")
                .close("rootfiles")
                .close("container")
                .toString();
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
