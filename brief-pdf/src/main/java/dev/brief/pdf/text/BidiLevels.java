package dev.brief.pdf.text;

import java.text.Bidi;
import java.util.Arrays;

/**
 * The bidi levels of a text (UAX #9) and the characters that take part in shaping or reordering: what decides
 * whether a piece of text can take the one-glyph-per-character path or needs the bidi algorithm and the shaper.
 */
final class BidiLevels {
    private BidiLevels() {}

    /**
     * The bidi level of each character (UAX #9) for a base direction. Most pieces of a line have one direction
     * throughout (a word, a number): they take one level without running the algorithm.
     */
    static byte[] of(String text, RunDirection direction) {
        boolean rightToLeft = direction == RunDirection.RIGHT_TO_LEFT;
        byte[] levels = new byte[text.length()];
        if (!hasOpposite(text, rightToLeft)) {
            Arrays.fill(levels, (byte) (rightToLeft ? 1 : 0));
            return levels;
        }
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
        }
        return levels;
    }

    /** Whether anything in the text runs against the base direction or changes it (numbers, controls). */
    private static boolean hasOpposite(String text, boolean rightToLeft) {
        for (int i = 0; i < text.length(); i++) {
            byte type = Character.getDirectionality(text.charAt(i));
            switch (type) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                case Character.DIRECTIONALITY_EUROPEAN_NUMBER:
                    if (rightToLeft) {
                        return true;
                    }
                    break;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    if (!rightToLeft) {
                        return true;
                    }
                    break;
                default:
                    if (isArabicNumberOrBidiControl(type)) {
                        return true;
                    }
                    break;
            }
        }
        return false;
    }

    /** Arabic-Indic digits, and the embeddings, overrides and isolates that change a text's levels. */
    static boolean isArabicNumberOrBidiControl(byte directionality) {
        switch (directionality) {
            case Character.DIRECTIONALITY_ARABIC_NUMBER:
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING:
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE:
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING:
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE:
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT:
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE:
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
            case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE:
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE:
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether a character takes part in shaping or reordering: right-to-left and complex scripts (Arabic,
     * Hebrew, the Indic scripts, Thai …), combining marks, joiners and bidi controls. CJK needs neither.
     */
    static boolean needsShaping(int codePoint) {
        if (codePoint < 0x0300) {
            return false;
        }
        switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return true;
            default:
                break;
        }
        byte directionality = Character.getDirectionality(codePoint);
        if (directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || isArabicNumberOrBidiControl(directionality)) {
            return true;
        }
        if (codePoint == 0x200C || codePoint == 0x200D) {
            return true;
        }
        switch (Character.UnicodeScript.of(codePoint)) {
            case DEVANAGARI:
            case BENGALI:
            case GURMUKHI:
            case GUJARATI:
            case ORIYA:
            case TAMIL:
            case TELUGU:
            case KANNADA:
            case MALAYALAM:
            case SINHALA:
            case THAI:
            case LAO:
            case TIBETAN:
            case MYANMAR:
            case KHMER:
            case MONGOLIAN:
            case SYRIAC:
            case THAANA:
            case NKO:
            case JAVANESE:
            case BALINESE:
                return true;
            default:
                return false;
        }
    }

    /** Whether any character of {@code text} takes part in shaping or reordering. */
    static boolean anyNeedsShaping(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (needsShaping(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }
}
