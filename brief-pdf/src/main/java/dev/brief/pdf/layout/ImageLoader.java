package dev.brief.pdf.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Loads PNG and JPEG images relative to the brief's folder, once per file. */
final class ImageLoader {
    private final PDDocument document;
    private final Path baseDirectory;
    private final Map<String, PDImageXObject> images = new HashMap<>();

    ImageLoader(PDDocument document, Path baseDirectory) {
        this.document = document;
        this.baseDirectory = baseDirectory;
    }

    PDImageXObject load(String source) {
        return images.computeIfAbsent(source, this::read);
    }

    private PDImageXObject read(String source) {
        Path file = baseDirectory.resolve(source);
        try {
            return PDImageXObject.createFromByteArray(document, Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file, e);
        }
    }
}
