package dev.brief.core.house;

import dev.brief.core.model.Publisher;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A publisher as one file states it: any field may be missing, because a brief's front matter overrides
 * the house publisher field by field. A logo source is an absolute path here.
 */
public record PublisherFields(
        Optional<String> name,
        Optional<List<String>> address,
        Optional<String> url,
        Optional<String> logoSource,
        Optional<String> logoAlt,
        Optional<String> mission,
        Optional<String> disclaimer,
        Optional<String> mediaContact) {
    public PublisherFields {
        Objects.requireNonNull(name, "name");
        address = address.map(List::copyOf);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(logoSource, "logoSource");
        Objects.requireNonNull(logoAlt, "logoAlt");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(disclaimer, "disclaimer");
        Objects.requireNonNull(mediaContact, "mediaContact");
    }

    public static PublisherFields none() {
        Optional<String> no = Optional.empty();
        return new PublisherFields(no, Optional.empty(), no, no, no, no, no, no);
    }

    public static PublisherFields of(Publisher publisher) {
        return new PublisherFields(
                Optional.of(publisher.name()),
                Optional.of(publisher.address()),
                publisher.url(),
                publisher.logo().map(Publisher.Logo::source),
                publisher.logo().map(Publisher.Logo::alt),
                publisher.mission(),
                publisher.disclaimer(),
                publisher.mediaContact());
    }

    /** These fields where present, {@code base}'s elsewhere. */
    public PublisherFields over(PublisherFields base) {
        boolean ownLogo = logoSource.isPresent();
        return new PublisherFields(
                name.or(base::name),
                address.or(base::address),
                url.or(base::url),
                logoSource.or(base::logoSource),
                // A new logo does not keep the old logo's description.
                ownLogo ? logoAlt : logoAlt.or(base::logoAlt),
                mission.or(base::mission),
                disclaimer.or(base::disclaimer),
                mediaContact.or(base::mediaContact));
    }

    /**
     * The publisher, when there is a name; the logo's text alternative defaults to the name.
     * {@code logoPath} turns the stored logo source into the one the publisher record carries.
     */
    public Optional<Publisher> toPublisher(java.util.function.UnaryOperator<String> logoPath) {
        return name.map(n -> new Publisher(
                n,
                address.orElse(List.of()),
                url,
                logoSource.map(source -> new Publisher.Logo(logoPath.apply(source), logoAlt.orElse(n))),
                mission,
                disclaimer,
                mediaContact));
    }
}
