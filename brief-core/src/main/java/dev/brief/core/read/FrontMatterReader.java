package dev.brief.core.read;

import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.house.PublisherFields;
import dev.brief.core.house.PublisherReader;
import dev.brief.core.house.TypographyReader;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Metadata;
import dev.brief.core.read.yaml.YamlMapping;
import dev.brief.core.read.yaml.YamlValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the front matter's keys into typed values, reporting every missing, unknown or malformed one. */
final class FrontMatterReader {
    static final Set<String> KEYS = Set.of(
            "title",
            "subtitle",
            "short-title",
            "series",
            "number",
            "date",
            "language",
            "authors",
            "identifiers",
            "keywords",
            "rights",
            "summary",
            "publisher",
            "typography");
    /** A BCP 47 tag's shape: a language subtag of two or three letters, then subtags of up to eight. */
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";
    /** Placeholders that keep the conversion going after an error; such a brief is never returned. */
    private static final String MISSING = "missing";

    private FrontMatterReader() {}

    static FrontMatter read(YamlMapping yaml, Path folder) {
        String title = required(yaml, "title", "add `title: The brief's title`");
        String language = required(yaml, "language", "add `language: en` (a BCP 47 tag such as en, en-GB, fr)");
        if (!language.equals(MISSING)) {
            checkLanguage(yaml, language);
        }
        Optional<LocalDate> date = yaml.value("date").flatMap(FrontMatterReader::date);
        Identifiers identifiers = yaml.mapping("identifiers", IdentifiersReader.KEYS)
                .map(IdentifiersReader::read)
                .orElse(Identifiers.none());
        Metadata metadata = new Metadata(
                title,
                yaml.text("subtitle"),
                yaml.text("short-title"),
                yaml.text("series"),
                yaml.text("number"),
                date,
                language,
                AuthorsReader.read(yaml),
                identifiers,
                yaml.texts("keywords").orElse(List.of()),
                yaml.text("rights"));
        Optional<List<FrontMatter.Point>> summary = yaml.value("summary").map(FrontMatterReader::points);
        Optional<PublisherFields> publisher =
                yaml.mapping("publisher", PublisherReader.KEYS).map(group -> PublisherReader.read(group, folder));
        SourcePosition languagePosition =
                yaml.value("language").map(YamlValue::valuePosition).orElse(yaml.keyPosition("language"));
        Optional<Boolean> quotes =
                yaml.mapping("typography", TypographyReader.KEYS).flatMap(TypographyReader::quotes);
        return new FrontMatter(
                metadata,
                languagePosition,
                summary,
                yaml.keyPosition("summary"),
                publisher,
                yaml.keyPosition("publisher"),
                quotes);
    }

    private static String required(YamlMapping yaml, String key, String fix) {
        if (!yaml.has(key)) {
            // Nothing to point at: report at the opening fence of the front matter.
            SourcePosition fence = new SourcePosition(
                    yaml.context().file(), Math.max(1, yaml.context().firstLine() - 1), 1);
            yaml.context().error(fence, "the front matter has no `" + key + "`", fix);
            return MISSING;
        }
        return yaml.text(key).orElse(MISSING);
    }

    private static void checkLanguage(YamlMapping yaml, String language) {
        boolean wellFormed = language.matches(LANGUAGE_TAG)
                && !Locale.forLanguageTag(language).getLanguage().isEmpty();
        if (!wellFormed) {
            yaml.context()
                    .error(
                            yaml.value("language").get().valuePosition(),
                            "`" + language + "` is not a language tag",
                            "write a BCP 47 tag such as en, en-GB, fr or pt-BR");
        }
    }

    private static Optional<LocalDate> date(YamlValue value) {
        Optional<String> text = value.asText();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            value.context()
                    .error(
                            value.valuePosition(),
                            "the date `" + text.get() + "` is not a date",
                            "write it as YYYY-MM-DD, e.g. 2026-03-12");
            return Optional.empty();
        }
    }

    private static List<FrontMatter.Point> points(YamlValue summary) {
        List<FrontMatter.Point> points = new ArrayList<>();
        for (YamlValue item : summary.asItems()) {
            item.asText().ifPresent(text -> points.add(new FrontMatter.Point(text, item.position())));
        }
        return points;
    }
}
