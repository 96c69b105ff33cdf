package dev.brief.epub.inspect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Element;

/**
 * The files of an EPUB's container (EPUB 3.3 §6, Open Container Format) and the path of its package document,
 * read with the JDK's zip reader. epub4j's reader would serve, but it prints an error line for every EPUB 3
 * without an EPUB 2 NCX table of contents (the navigation document replaces it), and its logger cannot be told
 * to keep quiet about errors.
 */
final class OcfContainer {
    private static final String CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container";

    private final Map<String, byte[]> files;
    private final String packagePath;

    private OcfContainer(Map<String, byte[]> files, String packagePath) {
        this.files = files;
        this.packagePath = packagePath;
    }

    static OcfContainer read(byte[] epub) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        byte[] container = files.get("META-INF/container.xml");
        if (container == null) {
            throw new IOException("the EPUB has no META-INF/container.xml");
        }
        Element root = XmlDocuments.parse(new String(container, StandardCharsets.UTF_8))
                .getDocumentElement();
        List<Element> rootfiles = XmlDocuments.elements(root, CONTAINER, "rootfile");
        if (rootfiles.isEmpty() || !files.containsKey(rootfiles.get(0).getAttribute("full-path"))) {
            throw new IOException("the EPUB's container names no package document that it holds");
        }
        return new OcfContainer(files, rootfiles.get(0).getAttribute("full-path"));
    }

    String packageDocument() {
        return new String(files.get(packagePath), StandardCharsets.UTF_8);
    }

    /** The text of the file a manifest {@code href} names (relative to the package document), if it is there. */
    Optional<String> text(String href) {
        // A URI resolves "../" and percent-escapes as reading systems do; the leading "/" keeps it absolute.
        String path = URI.create("/" + packagePath).resolve(href).getPath().substring(1);
        return Optional.ofNullable(files.get(path)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }
}
