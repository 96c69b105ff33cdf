package dev.brief.pdf.font;

import java.util.BitSet;

/** The Unicode characters a font maps to glyphs (its character map), as a set of code points. Immutable. */
public final class Coverage {
    private final BitSet codePoints;

    private Coverage(BitSet codePoints) {
        this.codePoints = codePoints;
    }

    /** The code points set in {@code codePoints}, copied. */
    static Coverage of(BitSet codePoints) {
        return new Coverage((BitSet) codePoints.clone());
    }

    /** Exactly the characters of {@code text}. */
    public static Coverage of(CharSequence text) {
        BitSet set = new BitSet();
        text.codePoints().forEach(set::set);
        return new Coverage(set);
    }

    public boolean covers(int codePoint) {
        return codePoint >= 0 && codePoints.get(codePoint);
    }

    /** How many characters are covered. */
    public int size() {
        return codePoints.cardinality();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Coverage && ((Coverage) other).codePoints.equals(codePoints);
    }

    @Override
    public int hashCode() {
        return codePoints.hashCode();
    }

    @Override
    public String toString() {
        return size() + " characters";
    }
}
