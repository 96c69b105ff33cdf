package dev.brief.core.language;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of one brief: the bundle of its language (English when there is none), with what the house
 * overrides. Every edition takes its own words from here, so that a Russian brief announces «Примечания»
 * in the PDF, the EPUB and the HTML alike.
 *
 * <p>Arguments are formatted with {@link Locale#ROOT}, so a number stays in ASCII digits whatever the
 * language (the note numbers printed in the text are ASCII too, and the label names the same note).
 */
public final class Labels {
    private static final String FALLBACK = "en";

    private final String bundle;
    private final Locale locale;
    private final Map<Label, String> texts;
    private final List<String> summaryHeadings;

    private Labels(String bundle, Locale locale, Map<Label, String> texts, List<String> summaryHeadings) {
        this.bundle = bundle;
        this.locale = locale;
        this.texts = texts;
        this.summaryHeadings = summaryHeadings;
    }

    /** The bundled labels of {@code languageTag}, English when it has no bundle. */
    public static Labels of(String languageTag) {
        return of(languageTag, LabelOverrides.none());
    }

    /** The labels of {@code languageTag} with a house's overrides laid over the bundle. */
    public static Labels of(String languageTag, LabelOverrides overrides) {
        LabelBundle base = LabelBundle.of(bundleTag(languageTag).orElse(FALLBACK));
        Map<Label, String> texts = new EnumMap<>(base.texts());
        texts.putAll(overrides.forLanguage(languageTag));
        List<String> headings = new ArrayList<>();
        headings.add(LabelBundle.of(FALLBACK).texts().get(Label.SUMMARY));
        headings.addAll(base.summaryHeadings());
        headings.add(texts.get(Label.SUMMARY));
        Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag.strip());
        return new Labels(
                base.tag(),
                locale,
                texts,
                headings.stream().map(Labels::comparable).distinct().toList());
    }

    /** The bundle that serves {@code languageTag} ({@code zh-TW} → {@code zh-Hant}), if there is one. */
    public static Optional<String> bundleTag(String languageTag) {
        return LabelLanguage.bundle(languageTag);
    }

    /** The tags of the bundled languages, e.g. {@code ar}, {@code zh-Hans}. */
    public static List<String> bundleTags() {
        return LabelLanguage.BUNDLES;
    }

    /** The tag of the bundle these labels come from: {@code en} for a language without one. */
    public String bundle() {
        return bundle;
    }

    /** The text of a label without arguments. */
    public String text(Label label) {
        if (label.arguments() != 0) {
            throw new IllegalArgumentException(label + " takes an argument: use format");
        }
        return texts.get(label);
    }

    /** The text of a label with its argument in place: {@code format(Label.NOTE, 3)} is "Note 3". */
    public String format(Label label, Object argument) {
        if (label.arguments() != 1) {
            throw new IllegalArgumentException(label + " takes no argument: use text");
        }
        return String.format(Locale.ROOT, texts.get(label), argument);
    }

    /**
     * A date as every edition prints it: the long form of the brief's language and region, from the JDK's
     * CLDR data ("March 12, 2026" in {@code en}, "12 March 2026" in {@code en-GB}, "2026年3月12日" in
     * {@code ja}), in ASCII digits ({@link DateTimeFormatter} keeps them unless asked otherwise).
     */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    /**
     * Whether a {@code ##} heading names the summary: "Summary" in English, the bundle's words for it
     * ("Кратко", "Резюме") and the summary label of the house, ignoring case and surrounding spaces.
     */
    public boolean isSummaryHeading(String heading) {
        return summaryHeadings.contains(comparable(heading));
    }

    private static String comparable(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
