package dev.brief.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the EPUB container (EPUB 3.3 §6, Open Container Format). epub4j's writer stamps each entry with the
 * current time, so its output differs on every run; this writer makes the same bytes from the same files:
 * {@code mimetype} first and stored (uncompressed, no extra field) as OCF requires, then
 * {@code META-INF/container.xml}, then every other entry in sorted order, each dated from the build timestamp.
 */
final class OcfWriter {
    static final String PACKAGE_PATH = "EPUB/package.opf";
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    /** The earliest time a zip entry can carry (MS-DOS dates start in 1980). */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

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
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(MIMETYPE.length);
        mimetype.setCompressedSize(MIMETYPE.length);
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        mimetype.setCrc(crc.getValue());
        entry(zip, mimetype, time, MIMETYPE);
        entry(zip, new ZipEntry("META-INF/container.xml"), time, containerXml());
        for (Map.Entry<String, byte[]> file : entries.entrySet()) {
            entry(zip, new ZipEntry(file.getKey()), time, file.getValue());
        }
        zip.finish();
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
        String xml = new MarkupWriter()
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
