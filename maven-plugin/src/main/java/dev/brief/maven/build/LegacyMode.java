package dev.brief.maven.build;

import java.util.Locale;

/**
 * When a Markdown file without front matter is imported as legacy Markdown (extracted from a PDF) instead of
 * being refused. The rules and their messages are in {@code docs/import.md}, "When Brief imports, and when it
 * refuses".
 */
public enum LegacyMode {
    /** Import only a file that is unmistakably an extracted brief ({@link ExtractionSigns}); the default. */
    AUTO,
    /** Import every file without front matter: the author says these are extracted briefs. */
    ALWAYS,
    /** Import nothing: every brief must be in the source format. */
    NEVER;

    /** Parses {@code auto}, {@code always} or {@code never}; blank means {@link #AUTO}. */
    public static LegacyMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        for (LegacyMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown legacy setting '" + value + "'; use auto (import what is"
                + " unmistakably extracted from a PDF), always (import every file without front matter) or never");
    }

    /** The value as the author writes it, for messages. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
