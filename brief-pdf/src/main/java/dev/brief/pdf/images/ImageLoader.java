package dev.brief.pdf.images;

import dev.brief.pdf.UnusableImageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Loads PNG and JPEG images relative to the brief's folder, once per file, and embeds them as they are: PNG
 * through PDFBox, JPEG as DCTDecode. A CMYK or YCCK JPEG keeps its bytes too, in an ICCBased colour space (see
 * {@link CmykJpeg}), as the sRGB output intent admits no DeviceCMYK image in PDF/A-2 (6.2.4.3).
 */
public final class ImageLoader {
    private final PDDocument document;
    private final Path baseDirectory;
    private final Map<String, PDImageXObject> images = new HashMap<>();

    public ImageLoader(PDDocument document, Path baseDirectory) {
        this.document = document;
        this.baseDirectory = baseDirectory;
    }

    /**
     * The image at {@code source}, shown by model element {@code elementId} (null for the house logo).
     *
     * @throws UnusableImageException when a CMYK JPEG cannot be decoded for conversion
     */
    public PDImageXObject load(String source, String elementId) {
        PDImageXObject image = images.get(source);
        if (image == null) {
            image = read(source, elementId);
            images.put(source, image);
        }
        return image;
    }

    private PDImageXObject read(String source, String elementId) {
        Path file = baseDirectory.resolve(source);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file, e);
        }
        PDImageXObject image;
        try {
            // PDFBox reads the JPEG's header to choose the colour space; the DCT data stays as it is.
            image = PDImageXObject.createFromByteArray(
                    document, bytes, file.getFileName().toString());
            if (!(image.getColorSpace() instanceof PDDeviceCMYK)) {
                return image;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file, e);
        }
        try {
            CmykJpeg.embed(document, image, bytes);
            // Decoded once as a renderer decodes it, so that a JPEG no reader can decode fails here, naming it.
            image.getImage();
            return image;
        } catch (IOException | RuntimeException e) {
            throw new UnusableImageException(
                    elementId,
                    source,
                    "a CMYK JPEG whose pixels cannot be decoded (" + e.getMessage() + ")",
                    "save it as an sRGB JPEG or PNG (in an image editor: convert to profile sRGB IEC61966-2.1)",
                    e);
        }
    }
}
