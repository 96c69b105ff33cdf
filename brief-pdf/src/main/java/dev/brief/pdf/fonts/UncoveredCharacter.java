package dev.brief.pdf.fonts;

/**
 * A character that a face cannot draw: no font has it, or the face's font has it but cannot shape its script.
 *
 * @param index the char index of the character in the text that was checked
 * @param codePoint the character
 * @param face the face that lacks it
 * @param fontName the PostScript name of that face's font
 * @param unshapeable whether the font has the character but no OpenType substitutions for its script, so that
 *     its letters would be drawn unjoined
 */
public record UncoveredCharacter(int index, int codePoint, Face face, String fontName, boolean unshapeable) {

    public UncoveredCharacter(int index, int codePoint, Face face, String fontName) {
        this(index, codePoint, face, fontName, false);
    }

    static UncoveredCharacter unshapeable(int index, int codePoint, Face face, String fontName) {
        return new UncoveredCharacter(index, codePoint, face, fontName, true);
    }

    /**
     * What is wrong, for a diagnostic that the caller prefixes with file:line:column, e.g.
     * {@code character U+4E2D '中' (CJK UNIFIED IDEOGRAPH-4E2D) is not covered by font
     * SourceSerif4-Regular}.
     */
    public String message() {
        if (unshapeable) {
            return String.format(
                    "font %s has the %s letters (first: U+%04X '%s') but cannot shape them: it has no"
                            + " OpenType substitutions for the script, so its letters would be drawn unjoined",
                    fontName, scriptName(), codePoint, new String(Character.toChars(codePoint)));
        }
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
        if (unshapeable) {
            return "configure a house font made for the " + scriptName() + " script, or none, so that a system font"
                    + " that shapes it is used";
        }
        return "replace the character, or configure a house font that covers it";
    }

    private String scriptName() {
        String name = Character.UnicodeScript.of(codePoint).name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
