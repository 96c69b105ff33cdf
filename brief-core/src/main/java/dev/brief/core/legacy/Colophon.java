package dev.brief.core.legacy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publisher's block at the end of a legacy brief. {@code isbns} maps an edition key of the front matter
 * ({@code print}, {@code pdf}, {@code epub}) to the ISBN as printed.
 */
record Colophon(
        Optional<String> name,
        List<String> address,
        Optional<String> url,
        Optional<String> mission,
        Optional<String> disclaimer,
        Optional<String> mediaContact,
        Optional<String> rights,
        Map<String, String> isbns) {
    Colophon {
        address = List.copyOf(address);
        // in the order printed: Map.copyOf would iterate in an order that changes from run to run
        isbns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(isbns));
    }

    static Colophon none() {
        return new Colophon(
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of());
    }

    /** The rights line and ISBNs only: what stays in the front matter when the publisher's lines go elsewhere. */
    Colophon withoutPublisher() {
        return new Colophon(
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                rights,
                isbns);
    }

    boolean hasPublisher() {
        return name.isPresent()
                || !address.isEmpty()
                || url.isPresent()
                || mission.isPresent()
                || disclaimer.isPresent()
                || mediaContact.isPresent();
    }
}
