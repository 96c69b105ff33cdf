package dev.brief.pdf.images;

import dev.brief.pdf.UnusableImageException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Loads PNG and JPEG images relative to the brief's folder, once per file. RGB and greyscale JPEGs are
 * embedded as they are; a CMYK or YCCK JPEG is converted to sRGB and re-encoded (see {@link CmykJpegConverter}),
 * because the sRGB output intent admits no DeviceCMYK image in PDF/A-2.
 */
public final class ImageLoader {
    /** High enough that re-encoding a converted photograph shows no visible loss. */
    private static final float CONVERTED_JPEG_QUALITY = 0.92f;
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
        JpegHeader header = JpegHeader.isJpeg(bytes) ? JpegHeader.of(bytes) : null;
        try {
            if (header != null && header.isCmyk()) {
                return JPEGFactory.createFromImage(document, cmykToSrgb(bytes, header, source, elementId),
                        CONVERTED_JPEG_QUALITY);
            }
            return PDImageXObject.createFromByteArray(document, bytes, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file, e);
        }
    }

    private static BufferedImage cmykToSrgb(byte[] bytes, JpegHeader header, String source,
            String elementId) {
        try {
            return CmykJpegConverter.toSrgb(bytes, header);
        } catch (IOException | RuntimeException e) {
            throw new UnusableImageException(elementId, source,
                    "a CMYK JPEG whose pixels cannot be decoded for conversion to sRGB (" + e.getMessage() + ")",
                    "save it as an sRGB JPEG or PNG (in an image editor: convert to profile sRGB IEC61966-2.1)", e);
        }
    }
}
