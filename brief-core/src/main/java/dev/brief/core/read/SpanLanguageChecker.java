package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourcePosition;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the attributes of a language span: the {@code lang} value must be a well-formed BCP 47 tag (RFC 5646,
 * section 2.1) with a two- or three-letter primary language, since that is what a screen reader can switch
 * voice by; any other attribute is reported, as Brief keeps none. Problems point at the attribute itself.
 */
final class SpanLanguageChecker {
    /** A primary language subtag that names a language (2.2.1: four to eight letters are reserved or unused). */
    private static final Pattern PRIMARY_LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

    private final NodePositions positions;
    private final Diagnostics diagnostics;

    SpanLanguageChecker(NodePositions positions, Diagnostics diagnostics) {
        this.positions = positions;
        this.diagnostics = diagnostics;
    }

    /** The span's language tag as written, when it is well-formed; reported and empty otherwise. */
    Optional<String> language(LanguageSpanNode span) {
        SpanAttributes attributes = span.attributes();
        for (String other : attributes.others()) {
            diagnostics.warning(
                    at(span, other),
                    "the span attribute `" + other + "` is ignored: a span in Brief"
                            + " only marks the language of its text",
                    "remove `" + other + "` from the braces");
        }
        String tag = attributes.language().orElseThrow();
        SourcePosition at = at(span, "lang");
        if (tag.isEmpty()) {
            diagnostics.error(at, "the language span has an empty `lang`", "write a BCP 47 tag, e.g. {lang=fr}");
            return Optional.empty();
        }
        if (!wellFormed(tag)) {
            diagnostics.error(at, "`" + tag + "` is not a BCP 47 language tag", fix(tag));
            return Optional.empty();
        }
        return Optional.of(tag);
    }

    static boolean wellFormed(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return PRIMARY_LANGUAGE.matcher(locale.getLanguage()).matches()
                    && PRIMARY_LANGUAGE.matcher(tag.split("-", 2)[0]).matches();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** How to write the tag: with hyphens for underscores, or the code of a language written out in English. */
    private static String fix(String tag) {
        String hyphenated = tag.replace('_', '-');
        if (!hyphenated.equals(tag) && wellFormed(hyphenated)) {
            return "separate the subtags with hyphens: {lang=" + hyphenated + "}";
        }
        for (String code : Locale.getISOLanguages()) {
            if (new Locale(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(tag)) {
                return "write the language's code: {lang=" + code + "}";
            }
        }
        return "write a BCP 47 tag such as en, en-GB, fr, pt-BR or sr-Latn";
    }

    /** Where {@code attribute} stands inside the span's braces; the span's start when it cannot be found. */
    private SourcePosition at(LanguageSpanNode span, String attribute) {
        String braces = "{" + span.attributes().written() + "}";
        SourcePosition start = positions.of(span);
        SourcePosition opening = positions.find(span, braces);
        if (opening.equals(start)) {
            return start; // the braces are not on the span's first line
        }
        int index = braces.indexOf(attribute);
        return positions.at(opening.line(), opening.column() + Math.max(index, 0));
    }
}
