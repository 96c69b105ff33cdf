package dev.brief.maven.build;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The outputs a build can produce; {@code PNG} is the cover and the first-page preview. */
public enum Format {
    PDF("pdf"),
    HTML("html"),
    EPUB("epub"),
    PNG("png");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses a comma-separated list such as {@code "pdf,epub"}; {@code "all"} or blank means every format. */
    public static Set<Format> parseList(String list) {
        if (list == null || list.isBlank() || list.trim().equalsIgnoreCase("all")) {
            return EnumSet.allOf(Format.class);
        }
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String name : list.split("[,\\s]+")) {
            if (!name.isBlank()) {
                formats.add(parse(name));
            }
        }
        return formats;
    }

    static Format parse(String name) {
        for (Format format : values()) {
            if (format.extension.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown format '" + name + "'; use any of pdf, epub, html, png (comma-separated) or all");
    }
}
