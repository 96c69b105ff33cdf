package dev.brief.core.read;

import dev.brief.core.model.Edition;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Isbn;
import dev.brief.core.read.yaml.YamlMapping;
import dev.brief.core.read.yaml.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code identifiers:}: an ISBN per edition ({@code isbn: {print: …, pdf: …}}), a DOI and a URL. */
final class IdentifiersReader {
    static final Set<String> KEYS = Set.of("isbn", "doi", "url");
    static final Set<String> EDITIONS = Set.of("print", "pdf", "epub", "html");

    private IdentifiersReader() {}

    static Identifiers read(YamlMapping identifiers) {
        List<Isbn> isbns = new ArrayList<>();
        Optional<YamlMapping> editions = identifiers.mapping("isbn", EDITIONS);
        if (editions.isPresent()) {
            for (String edition : editions.get().keys()) {
                YamlValue value = editions.get().value(edition).get();
                Optional<String> isbn = value.asText();
                if (isbn.isEmpty()) {
                    continue;
                }
                Optional<String> problem = IsbnChecker.problem(isbn.get());
                if (problem.isPresent()) {
                    identifiers
                            .context()
                            .error(
                                    value.valuePosition(),
                                    "the " + edition + " ISBN `" + isbn.get() + "` " + problem.get(),
                                    "copy the ISBN exactly as the ISBN agency assigned it");
                } else if (isbns.stream().anyMatch(other -> other.digits().equals(digits(isbn.get())))) {
                    identifiers
                            .context()
                            .error(
                                    value.valuePosition(),
                                    "the " + edition + " ISBN `" + isbn.get()
                                            + "` is already given for another edition",
                                    "each edition has its own ISBN; check the publisher's ISBN record");
                } else {
                    isbns.add(new Isbn(Edition.valueOf(edition.toUpperCase(Locale.ROOT)), isbn.get()));
                }
            }
        }
        Optional<String> doi = identifiers.text("doi");
        if (doi.isPresent() && !doi.get().matches("10\\.[0-9]{4,9}/\\S+")) {
            identifiers
                    .context()
                    .error(
                            identifiers.value("doi").get().valuePosition(),
                            "`" + doi.get() + "` is not a DOI",
                            "write the DOI name alone, e.g. 10.5555/12345678");
        }
        Optional<String> url = identifiers.text("url");
        if (url.isPresent() && !url.get().matches("https?://\\S+")) {
            identifiers
                    .context()
                    .error(
                            identifiers.value("url").get().valuePosition(),
                            "`" + url.get() + "` is not a web address",
                            "write the full address, starting with https://");
        }
        return new Identifiers(isbns, doi, url);
    }

    private static String digits(String isbn) {
        return isbn.replaceAll("[^0-9Xx]", "");
    }
}
