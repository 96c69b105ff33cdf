package dev.brief.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The publisher and its colophon: usually from the house file, overridden per brief. {@code logo} is a path
 * relative to the file that named it, already resolved against the brief's folder by the reader.
 */
public record Publisher(
        String name,
        List<String> address,
        Optional<String> url,
        Optional<Logo> logo,
        Optional<String> mission,
        Optional<String> disclaimer,
        Optional<String> mediaContact) {
    public Publisher {
        Ids.requireText(name, "publisher name");
        address = List.copyOf(address);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(disclaimer, "disclaimer");
        Objects.requireNonNull(mediaContact, "mediaContact");
    }

    /** A logo image with its text alternative (the publisher's name, usually). */
    public record Logo(String source, String alt) {
        public Logo {
            Ids.requireText(source, "logo source");
            Ids.requireText(alt, "logo alt");
        }
    }
}
