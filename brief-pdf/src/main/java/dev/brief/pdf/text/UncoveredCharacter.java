package dev.brief.pdf.text;

/**
 * A character that a face cannot draw.
 *
 * @param index the char index of the character in the text that was checked
 * @param codePoint the character
 * @param face the face that lacks it
 * @param fontName the PostScript name of that face's font
 */
public record UncoveredCharacter(int index, int codePoint, Face face, String fontName) {

    /**
     * What is wrong, for a diagnostic that the caller prefixes with file:line:column, e.g.
     * {@code character U+4E2D '中' (CJK UNIFIED IDEOGRAPH-4E2D) is not covered by font
     * SourceSerif4-Regular}.
     */
    public String message() {
        return String.format(
                "character U+%04X '%s' (%s) is not covered by font %s",
                codePoint, new String(Character.toChars(codePoint)), unicodeName(), fontName);
    }

    /**
     * The character's Unicode name. Java names ideographs after their block ("CJK UNIFIED
     * IDEOGRAPHS 4FE1"); Unicode derives "CJK UNIFIED IDEOGRAPH-4FE1", which readers can search.
     */
    String unicodeName() {
        String name = Character.getName(codePoint);
        if (name == null) {
            return "unassigned";
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPHS")) {
            return String.format("CJK UNIFIED IDEOGRAPH-%04X", codePoint);
        }
        return name;
    }

    /** How to fix it, for the same diagnostic. */
    public String fix() {
        return "replace the character, or configure a house font that covers it";
    }
}
