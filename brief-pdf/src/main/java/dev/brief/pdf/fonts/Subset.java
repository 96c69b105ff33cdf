package dev.brief.pdf.fonts;

import java.util.Map;

/**
 * A subset cut from a {@link FontProgram}: its tag, its TrueType file, and for each of its glyph ids (the
 * index) the original glyph id, ascending. The content stream shows original glyph ids, so they are the
 * font's CIDs and a CIDToGIDMap turns them into these.
 */
record Subset(String tag, byte[] file, int[] originalGlyphs) {
    private static final String BASE25 = "BCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** The largest CID, that is the largest original glyph id in the subset. */
    int lastCid() {
        return originalGlyphs[originalGlyphs.length - 1];
    }

    /**
     * The six capital letters and plus sign that prefix a subset's font name (ISO 32000-1 9.6.4), derived
     * from the glyphs it holds as PDFBox derives it, so the same glyphs give the same tag as before.
     */
    static String tag(Map<Integer, Integer> newToOldGlyphs) {
        long number = Math.abs(newToOldGlyphs.hashCode());
        StringBuilder tag = new StringBuilder();
        do {
            tag.append(BASE25.charAt((int) (number % 25)));
            number /= 25;
        } while (number != 0 && tag.length() < 6);
        while (tag.length() < 6) {
            tag.insert(0, 'A');
        }
        return tag.append('+').toString();
    }
}
