package dev.brief.epub;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the package document says about the publication (EPUB 3.3, §5.5 "Metadata section"), taken from the
 * brief's model and the build's options. {@code identifier} is the {@code dc:identifier} that the package's
 * {@code unique-identifier} points at; {@code series} becomes a {@code belongs-to-collection} of type
 * {@code series}; {@code modified} becomes {@code dcterms:modified}.
 */
record PackageMetadata(
        String identifier,
        String title,
        Optional<String> subtitle,
        String language,
        List<String> creators,
        Optional<String> publisher,
        Optional<LocalDate> date,
        Optional<String> rights,
        Optional<String> description,
        List<String> subjects,
        Optional<Series> series,
        Instant modified,
        AccessibilityMetadata accessibility) {
    PackageMetadata {
        creators = List.copyOf(creators);
        subjects = List.copyOf(subjects);
    }

    /** The series the brief belongs to and, when the brief has one, its number in it. */
    record Series(String name, Optional<String> number) {}
}
