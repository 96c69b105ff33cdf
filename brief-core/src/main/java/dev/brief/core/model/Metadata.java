package dev.brief.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the front matter says about the brief. {@code language} is a BCP 47 tag ("en", "en-GB", "fr").
 * {@code shortTitle} is used in running heads; it defaults to the title.
 */
public record Metadata(
        String title,
        Optional<String> subtitle,
        Optional<String> shortTitle,
        Optional<String> series,
        Optional<String> number,
        Optional<LocalDate> date,
        String language,
        List<Author> authors,
        Identifiers identifiers,
        List<String> keywords,
        Optional<String> rights) {
    public Metadata {
        Ids.requireText(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(shortTitle, "shortTitle");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Ids.requireText(language, "language");
        authors = List.copyOf(authors);
        Objects.requireNonNull(identifiers, "identifiers");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(rights, "rights");
    }

    /** The title for running heads. */
    public String runningTitle() {
        return shortTitle.orElse(title);
    }

    /** "Series · No. 12", or whichever of the two the brief has, or "": the line above the title. */
    public String seriesLine() {
        StringBuilder line = new StringBuilder(series.orElse(""));
        number.ifPresent(value -> line.append(line.length() > 0 ? " · " : "").append(value));
        return line.toString();
    }
}
