package dev.brief.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Identifiers of the brief: an ISBN per edition, a DOI, the canonical URL. */
public record Identifiers(List<Isbn> isbns, Optional<String> doi, Optional<String> url) {
    public Identifiers {
        isbns = List.copyOf(isbns);
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(url, "url");
        long editions = isbns.stream().map(Isbn::edition).distinct().count();
        if (editions != isbns.size()) {
            throw new IllegalArgumentException("more than one ISBN for one edition");
        }
    }

    public static Identifiers none() {
        return new Identifiers(List.of(), Optional.empty(), Optional.empty());
    }

    public Optional<Isbn> isbn(Edition edition) {
        return isbns.stream().filter(isbn -> isbn.edition() == edition).findFirst();
    }
}
