package dev.brief.pdf.fonts;

import java.util.ArrayList;
import java.util.List;

/**
 * The fonts installed on the system as a fallback chain: those that cover a character, in the order
 * {@link SystemFonts#chain} gives for the script, language and the face's style. The system is scanned once per
 * process, the first time a brief needs a character its faces lack.
 */
final class SystemFallbacks implements FallbackFonts {
    static final FallbackFonts INSTALLED = new SystemFallbacks();

    private SystemFallbacks() {}

    @Override
    public List<FontSource> chain(int codePoint, Face face, String languageTag) {
        List<FontSource> sources = new ArrayList<>();
        for (InstalledFont font :
                SystemFonts.installed().chain(codePoint, languageTag, face.serif(), face.bold(), face.italic())) {
            String key = font.path() + (font.collectionIndex() >= 0 ? "#" + font.collectionIndex() : "");
            sources.add(new FontSource(key, font.describe(), font::readTrueType));
        }
        return sources;
    }
}
