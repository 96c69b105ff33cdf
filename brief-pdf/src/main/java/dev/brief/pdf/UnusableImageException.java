package dev.brief.pdf;

/**
 * An image file the PDF cannot embed as a valid PDF/A image, such as a CMYK JPEG whose samples cannot be
 * decoded. It names the model element that shows the image (null for the house logo),
 * which a caller maps to a source position, the image file, and how to fix it.
 */
public final class UnusableImageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String elementId;
    private final String source;
    private final String problem;
    private final String fix;

    /** Public because the layout and image stages, in packages of their own, throw it. */
    public UnusableImageException(String elementId, String source, String problem, String fix, Throwable cause) {
        super(
                "image " + source + (elementId == null ? "" : " (in " + elementId + ")") + ": " + problem + "; " + fix,
                cause);
        this.elementId = elementId;
        this.source = source;
        this.problem = problem;
        this.fix = fix;
    }

    /** The figure that shows the image, or null for an image the house supplies (the logo). */
    public String elementId() {
        return elementId;
    }

    /** The image path as the brief (or house) gives it. */
    public String source() {
        return source;
    }

    /** What is wrong with the image, without the fix. */
    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
