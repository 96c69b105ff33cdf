package dev.brief.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {
    static Iterable<String> bundles() {
        return Labels.bundleTags();
    }

    /** The file itself: exactly the keys of {@link Label} and the summary headings, none blank (a typo is extra). */
    @ParameterizedTest
    @MethodSource("bundles")
    void everyBundleHasEveryKeyAndNoOther(String tag) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels_" + tag + ".properties")) {
            assertThat(in).as("labels_%s.properties", tag).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> expected =
                Arrays.stream(Label.values()).map(Label::key).collect(Collectors.toCollection(TreeSet::new));
        expected.add(LabelBundle.SUMMARY_HEADINGS);
        assertThat(new TreeSet<>(properties.stringPropertyNames())).isEqualTo(expected);
        properties.forEach((key, value) ->
                assertThat(value.toString()).as("%s in %s", key, tag).isNotBlank());
        // Read as UTF-8: no replacement characters, no mojibake of a two-byte sequence read as Latin-1.
        properties.values().forEach(value -> assertThat(value.toString()).doesNotContain("\uFFFD", "Ã", "Ð", "Ø§"));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLabelHasAText(String tag) {
        Labels labels = Labels.of(tag);
        assertThat(labels.bundle()).isEqualTo(tag);
        for (Label label : Label.values()) {
            String text = label.arguments() == 0 ? labels.text(label) : labels.format(label, 7);
            assertThat(text).as("%s in %s", label, tag).isNotBlank();
            assertThat(label.problemWith(texts(tag).get(label)))
                    .as("%s in %s", label, tag)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void parameterisedLabelsKeepAsciiDigits(String tag) {
        Labels labels = Labels.of(tag);
        for (Label label : Label.values()) {
            if (label.arguments() == 1) {
                String text = labels.format(label, 1234567890);
                assertThat(text).as("%s in %s", label, tag).containsOnlyOnce("1234567890");
                assertThat(text.codePoints().filter(c -> Character.isDigit(c) && (c < '0' || c > '9')))
                        .as("non-ASCII digits in %s of %s", label, tag)
                        .isEmpty();
                assertThat(text).doesNotContain("%");
            } else {
                assertThat(labels.text(label)).as("%s in %s", label, tag).doesNotContain("%s");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyOtherLanguageIsTranslated(String tag) {
        if (tag.equals("en")) {
            return;
        }
        Labels english = Labels.of("en");
        Labels labels = Labels.of(tag);
        for (Label label : new Label[] {Label.SUMMARY, Label.CONTENTS, Label.AUTHORS, Label.COLOPHON, Label.COVER}) {
            assertThat(labels.text(label)).as("%s in %s", label, tag).isNotEqualTo(english.text(label));
        }
        assertThat(labels.format(Label.BACK_TO_NOTE_REFERENCE, 3))
                .isNotEqualTo(english.format(Label.BACK_TO_NOTE_REFERENCE, 3));
    }

    @ParameterizedTest
    @CsvSource({
        "en, en",
        "en-GB, en",
        "fr-CA, fr",
        "pt-BR, pt",
        "pt-PT, pt",
        "de-AT, de",
        "iw, he",
        "he-IL, he",
        "zh, zh-Hans",
        "zh-CN, zh-Hans",
        "zh-SG, zh-Hans",
        "zh-Hans, zh-Hans",
        "zh-Hans-HK, zh-Hans",
        "zh-TW, zh-Hant",
        "zh-HK, zh-Hant",
        "zh-MO, zh-Hant",
        "zh-Hant, zh-Hant",
        "zh-Hant-CN, zh-Hant",
        "ZH-tw, zh-Hant",
        "nl-BE, nl",
        "ja-JP, ja",
        "ko-KR, ko",
        "ar-EG, ar",
        "fa-IR, fa",
        "uk-UA, uk",
        "ru-RU, ru",
        "it, it"
    })
    void chosenBundle(String tag, String bundle) {
        assertThat(Labels.bundleTag(tag)).contains(bundle);
        assertThat(Labels.of(tag).bundle()).isEqualTo(bundle);
    }

    @ParameterizedTest
    @CsvSource({"nb", "nn", "no", "sv", "pl", "da", "tr", "und", "''"})
    void otherLanguagesFallBackToEnglish(String tag) {
        assertThat(Labels.bundleTag(tag)).isEmpty();
        assertThat(Labels.of(tag).bundle()).isEqualTo("en");
        assertThat(Labels.of(tag).text(Label.NOTES)).isEqualTo("Notes");
    }

    @Test
    void wordsOfSomeBundles() {
        assertThat(Labels.of("ru").text(Label.NOTES)).isEqualTo("Примечания");
        assertThat(Labels.of("fr").text(Label.CONTENTS)).isEqualTo("Sommaire");
        assertThat(Labels.of("fa").text(Label.NOTES)).isEqualTo("یادداشت\u200cها");
        assertThat(Labels.of("ar").format(Label.NOTE, 12)).isEqualTo("الحاشية 12");
        assertThat(Labels.of("en").format(Label.BACK_TO_REFERENCE_NUMBERED, 2)).isEqualTo("Back to reference 2");
        assertThat(Labels.of("ja").format(Label.ISSUE_NUMBER, "12")).isEqualTo("第12号");
        assertThat(Labels.of("zh-TW").text(Label.NOTES)).isEqualTo("註釋");
        assertThat(Labels.of("zh-CN").text(Label.NOTES)).isEqualTo("注释");
    }

    @ParameterizedTest
    @CsvSource({
        "en, Summary", "en, '  summary '", "fr, Résumé", "fr, RÉSUMÉ", "fr, Summary", "ru, Кратко", "ru, Резюме",
        "ru, КРАТКО", "uk, Резюме", "uk, Коротко", "ar, ملخص", "he, תקציר", "fa, خلاصه", "zh-CN, 摘要",
        "zh-TW, 摘要", "ja, 要旨", "ja, 概要", "ko, 요약", "de, Zusammenfassung", "es, Resumen", "it, Sintesi",
        "pt-BR, Resumo", "nb, Summary"
    })
    void summaryHeadings(String language, String heading) {
        assertThat(Labels.of(language).isSummaryHeading(heading)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"en, Résumé", "en, Кратко", "ru, Résumé", "fr, Summary of findings", "de, Notes", "en, ''"})
    void otherHeadingsAreSections(String language, String heading) {
        assertThat(Labels.of(language).isSummaryHeading(heading)).isFalse();
    }

    @Test
    void aDecomposedAccentStillNamesTheSummary() {
        assertThat(Labels.of("fr").isSummaryHeading("Re\u0301sume\u0301")).isTrue();
    }

    @Test
    void houseLabelsWinTheMoreSpecificTagFirst() {
        LabelOverrides overrides = new LabelOverrides(
                Map.of(Label.SUMMARY, "Key points", Label.NOTES, "Endnotes"),
                Map.of(
                        "pt",
                        Map.of(Label.SUMMARY, "Pontos-chave"),
                        "pt-BR",
                        Map.of(Label.SUMMARY, "Destaques"),
                        "zh-Hant",
                        Map.of(Label.NOTES, "附註")));
        assertThat(Labels.of("en", overrides).text(Label.SUMMARY)).isEqualTo("Key points");
        assertThat(Labels.of("ru", overrides).text(Label.NOTES)).isEqualTo("Endnotes");
        assertThat(Labels.of("ru", overrides).text(Label.CONTENTS)).isEqualTo("Содержание");
        assertThat(Labels.of("pt-PT", overrides).text(Label.SUMMARY)).isEqualTo("Pontos-chave");
        assertThat(Labels.of("pt-BR", overrides).text(Label.SUMMARY)).isEqualTo("Destaques");
        assertThat(Labels.of("zh-TW", overrides).text(Label.NOTES)).isEqualTo("附註");
        assertThat(Labels.of("zh-CN", overrides).text(Label.NOTES)).isEqualTo("Endnotes");
        assertThat(Labels.of("pt-BR", overrides).isSummaryHeading("Destaques")).isTrue();
        assertThat(Labels.of("pt-BR", overrides).isSummaryHeading("Resumo")).isTrue();
    }

    @Test
    void aHouseCanCoverALanguageWithoutBundle() {
        Map<Label, String> norwegian = Arrays.stream(Label.values())
                .collect(Collectors.toMap(label -> label, label -> label.arguments() == 0 ? "ord" : "ord %s"));
        LabelOverrides overrides = new LabelOverrides(Map.of(), Map.of("nb", norwegian));
        assertThat(overrides.coversAll("nb-NO")).isTrue();
        assertThat(overrides.coversAll("nn")).isFalse();
        assertThat(Labels.of("nb-NO", overrides).format(Label.NOTE, 4)).isEqualTo("ord 4");
    }

    @Test
    void textAndFormatAreNotInterchangeable() {
        assertThatThrownBy(() -> Labels.of("en").text(Label.NOTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Labels.of("en").format(Label.NOTES, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'March 12, 2026'",
        "en-GB, 12 March 2026",
        "de, 12. März 2026",
        "fr, 12 mars 2026",
        "ru, 12 марта 2026 г.",
        "ja, 2026年3月12日",
        "zh-CN, 2026年3月12日",
        "ko, 2026년 3월 12일"
    })
    void datesInTheLongFormOfTheLanguage(String language, String expected) {
        assertThat(Labels.of(language).date(java.time.LocalDate.of(2026, 3, 12)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void datesKeepAsciiDigits(String tag) {
        String date = Labels.of(tag).date(java.time.LocalDate.of(2026, 3, 12));
        assertThat(date).contains("2026", "12");
        assertThat(date.codePoints().filter(c -> Character.isDigit(c) && (c < '0' || c > '9')))
                .isEmpty();
    }

    @Test
    void overridesThatDoNotFitTheirLabelAreABug() {
        assertThatThrownBy(() -> new LabelOverrides(Map.of(Label.NOTE, "Note"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("`note` must hold `%s` once");
        assertThatThrownBy(() -> new LabelOverrides(Map.of(), Map.of("ru", Map.of(Label.NOTES, " "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is empty");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "note | Note %s | ",
                "note | Note n°%1$s | ",
                "note | 100 %% of note %s | ",
                "note | Note | the label `note` must hold `%s` once, where its argument goes",
                "note | Note %s of %s | the label `note` holds `%` other than one `%s`; write a per cent sign as `%%`",
                "note | Note %d | the label `note` holds `%` other than one `%s`; write a per cent sign as `%%`",
                "note | Note %1$s or %1$s | the label `note` must hold `%s` once, where its argument goes",
                "notes | 100 % notes | "
            })
    void patternsOfParameterisedLabels(String key, String text, String problem) {
        assertThat(Label.ofKey(key).orElseThrow().problemWith(text).orElse(null))
                .isEqualTo(problem);
    }

    private static Map<Label, String> texts(String tag) {
        return LabelBundle.of(tag).texts();
    }
}
