package dev.brief.pdf.layout;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.tag.StructureNode;

/**
 * Characters in one face that belong to one structure element. {@code elementId} and {@code offset} place
 * the run's first character in the plain text of a model element (for the page map); {@code target} is the
 * link target (a URL, or {@code #id} inside the brief) or null; {@code anchor} names a destination others
 * link to (a note reference); {@code superscript} raises a note number; {@code lineBreak} forces a new line.
 */
public record TextRun(
        String text,
        Face face,
        float size,
        boolean superscript,
        StructureNode owner,
        String elementId,
        int offset,
        String target,
        String anchor,
        boolean lineBreak) {

    static TextRun plain(String text, Face face, float size, StructureNode owner, String elementId, int offset) {
        return new TextRun(text, face, size, false, owner, elementId, offset, null, null, false);
    }
}
