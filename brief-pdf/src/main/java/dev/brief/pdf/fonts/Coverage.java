package dev.brief.pdf.fonts;

import java.util.BitSet;
import java.util.function.Supplier;

/**
 * The Unicode characters a font maps to glyphs (its character map), as a set of code points. Immutable;
 * a coverage made {@link #later} reads its characters on first use, once.
 */
final class Coverage {
    private Supplier<BitSet> reader;
    private volatile BitSet codePoints;

    private Coverage(BitSet codePoints, Supplier<BitSet> reader) {
        this.codePoints = codePoints;
        this.reader = reader;
    }

    /** The code points set in {@code codePoints}, copied. */
    static Coverage of(BitSet codePoints) {
        return new Coverage((BitSet) codePoints.clone(), null);
    }

    /** Exactly the characters of {@code text}. */
    public static Coverage of(CharSequence text) {
        BitSet set = new BitSet();
        text.codePoints().forEach(set::set);
        return new Coverage(set, null);
    }

    /** The characters {@code reader} gives when first asked for; it must not fail (an unreadable map is empty). */
    static Coverage later(Supplier<BitSet> reader) {
        return new Coverage(null, reader);
    }

    public boolean covers(int codePoint) {
        return codePoint >= 0 && codePoints().get(codePoint);
    }

    /** How many characters are covered. */
    public int size() {
        return codePoints().cardinality();
    }

    private BitSet codePoints() {
        BitSet known = codePoints;
        if (known == null) {
            synchronized (this) {
                known = codePoints;
                if (known == null) {
                    known = reader.get();
                    codePoints = known;
                    reader = null;
                }
            }
        }
        return known;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Coverage && ((Coverage) other).codePoints().equals(codePoints());
    }

    @Override
    public int hashCode() {
        return codePoints().hashCode();
    }

    @Override
    public String toString() {
        return codePoints == null ? "characters not read yet" : size() + " characters";
    }
}
