package dev.brief.pdf.fonts;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a font program comes from: a TrueType file (or one member of a collection, extracted) read on first use.
 * Two sources are the same font when their keys are equal, whatever supplies the bytes. Public because the Maven
 * plugin names the web fonts it makes from a typeface by its source's key.
 *
 * @param key identifies the font program (a path, with the member's index for a collection)
 * @param name a name for messages: the font's file name
 * @param trueType supplies the bytes of a standalone TrueType file
 */
public record FontSource(String key, String name, Supplier<byte[]> trueType) {
    public FontSource {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trueType, "trueType");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FontSource && ((FontSource) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
