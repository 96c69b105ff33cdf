package dev.brief.core.house;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The TrueType files shipped in the jar for houses that name no fonts of their own: Source Serif 4 and
 * Source Sans 3, under the SIL Open Font License (the licences and their origin are beside them, in
 * {@value #FOLDER}). The PDF embeds subsets of them and the EPUB cover is set in them, so both editions
 * share one typography.
 */
public final class BundledFonts {
    public static final String FOLDER = "/dev/brief/core/fonts/";

    public static final String SERIF_REGULAR = "SourceSerif4-Regular.ttf";
    public static final String SERIF_ITALIC = "SourceSerif4-It.ttf";
    public static final String SERIF_BOLD = "SourceSerif4-Bold.ttf";
    public static final String SERIF_BOLD_ITALIC = "SourceSerif4-BoldIt.ttf";
    public static final String SANS_REGULAR = "SourceSans3-Regular.ttf";
    public static final String SANS_ITALIC = "SourceSans3-It.ttf";
    public static final String SANS_SEMIBOLD = "SourceSans3-Semibold.ttf";
    public static final String SANS_BOLD = "SourceSans3-Bold.ttf";
    public static final String SANS_BOLD_ITALIC = "SourceSans3-BoldIt.ttf";

    private BundledFonts() {}

    /** The bytes of one bundled file, by its name (one of the constants above). */
    public static byte[] read(String name) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + name, e);
        }
    }
}
