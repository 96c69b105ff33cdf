package dev.brief.core.house;

import dev.brief.core.read.yaml.YamlMapping;
import dev.brief.core.read.yaml.YamlValue;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code typography:} group, from a brief's front matter or a house file's {@code style:}:
 * {@code quotes: false} keeps the source's straight quotation marks and apostrophes as they are, instead of
 * setting them as the language's typographic ones.
 */
public final class TypographyReader {
    public static final Set<String> KEYS = Set.of("quotes");

    private TypographyReader() {}

    /** Whether the group sets typographic quotation marks; empty when it does not say (or says it wrongly). */
    public static Optional<Boolean> quotes(YamlMapping typography) {
        return typography.value("quotes").flatMap(TypographyReader::flag);
    }

    private static Optional<Boolean> flag(YamlValue value) {
        Optional<String> text = value.asText();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
            case "on":
                return Optional.of(true);
            case "false":
            case "no":
            case "off":
                return Optional.of(false);
            default:
                value.context()
                        .error(
                                value.valuePosition(),
                                "`quotes: " + text.get() + "` is neither true nor false",
                                "write `quotes: false` to keep straight quotation marks, or delete the line");
                return Optional.empty();
        }
    }
}
