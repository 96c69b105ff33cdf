package dev.brief.maven.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The (X)HTML documents of an edition: the one print HTML file, or every content document inside an EPUB. */
final class MarkupDocuments {
    /** One parsed document and its name (its path inside the EPUB, or the file name). */
    record Named(String name, Document document) {}

    private MarkupDocuments() {}

    static List<Named> ofHtml(Path html) throws IOException {
        String text = Files.readString(html, StandardCharsets.UTF_8);
        return List.of(new Named(html.getFileName().toString(), Jsoup.parse(text)));
    }

    static List<Named> ofEpub(Path epub) throws IOException {
        List<Named> documents = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.endsWith(".xhtml") || name.endsWith(".html")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        documents.add(new Named(name, Jsoup.parse(text)));
                    }
                }
            }
        }
        documents.sort(java.util.Comparator.comparing(Named::name));
        return documents;
    }
}
