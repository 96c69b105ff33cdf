package dev.brief.maven.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
        documents.sort(Comparator.comparing(Named::name));
        return documents;
    }

    /**
     * The content documents of an EPUB in reading order: the package document's spine (EPUB 3.3 §5.7),
     * found through {@code META-INF/container.xml}. Documents outside the spine (the navigation document,
     * usually) are left out.
     */
    static List<Named> ofEpubSpine(Path epub, List<Named> documents) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Document container = xml(zip, "META-INF/container.xml");
            String packagePath = container.select("rootfile").attr("full-path");
            Document opf = xml(zip, packagePath);
            String folder = packagePath.contains("/") ? packagePath.substring(0, packagePath.lastIndexOf('/') + 1) : "";
            List<Named> spine = new ArrayList<>();
            for (Element itemref : opf.select("spine > itemref")) {
                String href = opf.select("manifest > item[id=" + itemref.attr("idref") + "]")
                        .attr("href");
                String path = folder + href;
                documents.stream()
                        .filter(named -> named.name().equals(path))
                        .findFirst()
                        .ifPresent(spine::add);
            }
            return spine;
        }
    }

    private static Document xml(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException(name + " is missing from the EPUB");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
        }
    }
}
