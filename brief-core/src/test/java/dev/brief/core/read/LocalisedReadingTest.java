package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.language.Label;
import dev.brief.core.language.LabelOverrides;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PlainText;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader in the brief's language: its summary heading, the front matter summary's title, its labels. */
class LocalisedReadingTest {
    private static final String BODY_AFTER_SUMMARY = "\n- Point one.\n- Point two.\n\n## Context\n\nText.\n";

    @TempDir
    Path folder;

    private BriefSources sources;

    @BeforeEach
    void setUp() {
        sources = new BriefSources(folder);
    }

    private ReadResult brief(String language, String body) {
        return brief(language, body, House.defaults());
    }

    private ReadResult brief(String language, String body, House house) {
        return sources.read("---\ntitle: T\nlanguage: " + language + "\n---\n" + body, house);
    }

    @ParameterizedTest
    @CsvSource({
        "fr, Résumé",
        "ru, Кратко",
        "ru, Резюме",
        "uk, Коротко",
        "ar, ملخص",
        "he, תקציר",
        "fa, خلاصه",
        "zh-CN, 摘要",
        "ja, 要旨",
        "ja, 概要",
        "ko, 요약",
        "de, Zusammenfassung",
        "es, Resumen",
        "it, Sintesi",
        "pt-BR, Resumo",
        "fr, Summary",
        "ru, summary"
    })
    void theSummaryHeadingInTheBriefsLanguage(String language, String heading) {
        ReadResult result = brief(language, "## " + heading + "\n" + BODY_AFTER_SUMMARY);
        assertThat(result.diagnostics()).isEmpty();
        Brief brief = result.brief().orElseThrow();
        assertThat(brief.summary()).isPresent();
        assertThat(PlainText.of(brief.summary().get().title(), brief)).isEqualTo(heading);
        assertThat(brief.summary().get().points()).hasSize(2);
        assertThat(brief.sections())
                .extracting(section -> PlainText.of(section.heading(), brief))
                .containsExactly("Context");
    }

    @Test
    void anUntitledAboutBoxIsTitledInTheBriefsLanguage() {
        Brief brief = brief("fr", "## Contexte\n\n::: about\nUn institut indépendant.\n:::\n")
                .brief()
                .orElseThrow();
        Block.AboutBox about = (Block.AboutBox) brief.sections().get(0).blocks().get(0);
        assertThat(PlainText.of(about.title(), brief)).isEqualTo("À propos de cette note");
        Brief english = brief("en", "## Context\n\n::: about\nAn independent institute.\n:::\n")
                .brief()
                .orElseThrow();
        assertThat(PlainText.of(
                        ((Block.AboutBox) english.sections().get(0).blocks().get(0)).title(), english))
                .isEqualTo("About this brief");
    }

    @Test
    void anotherLanguagesWordIsASection() {
        Brief brief = brief("en", "## Résumé\n\nA paragraph.\n").brief().orElseThrow();
        assertThat(brief.summary()).isEmpty();
        assertThat(brief.sections()).hasSize(1);
    }

    @Test
    void aFrontMatterSummaryIsTitledInTheBriefsLanguage() {
        ReadResult result =
                sources.read("---\ntitle: T\nlanguage: ru\nsummary:\n  - Один.\n---\n## Раздел\n\nТекст.\n");
        Brief brief = result.brief().orElseThrow();
        assertThat(PlainText.of(brief.summary().orElseThrow().title(), brief)).isEqualTo("Кратко");
    }

    @Test
    void theHouseSummaryLabelTitlesTheSummaryAndNamesItsHeading() {
        LabelOverrides overrides = new LabelOverrides(Map.of(), Map.of("ru", Map.of(Label.SUMMARY, "Главное")));
        House house =
                new House(java.util.Optional.empty(), HouseStyle.defaults().withLabels(overrides));
        ReadResult frontMatterSummary =
                sources.read("---\ntitle: T\nlanguage: ru\nsummary:\n  - Один.\n---\n## Раздел\n\nТекст.\n", house);
        Brief brief = frontMatterSummary.brief().orElseThrow();
        assertThat(PlainText.of(brief.summary().orElseThrow().title(), brief)).isEqualTo("Главное");
        assertThat(brief("ru", "## Главное\n" + BODY_AFTER_SUMMARY, house)
                        .brief()
                        .orElseThrow()
                        .summary())
                .isPresent();
    }

    @Test
    void aLanguageWithoutLabelsIsEnglishWithAWarningAtItsTag() {
        ReadResult result = brief("nb", "## Summary\n" + BODY_AFTER_SUMMARY);
        assertThat(result.brief()).isPresent();
        assertThat(BriefSources.lines(result))
                .singleElement()
                .asString()
                .startsWith(
                        "brief.md:3:11: warning: the toolkit has no labels in `nb`: the editions will say \"Summary\","
                                + " \"Notes\", \"Contents\" … in English (give them in the house file, under `labels:`"
                                + " then `nb:`");
        assertThat(BriefSources.lines(result).get(0)).contains("bundled languages are ar, de, en, es, fa, fr");
    }

    @Test
    void noWarningWhenTheHouseGivesEveryLabel() {
        Map<Label, String> norwegian = Arrays.stream(Label.values())
                .collect(Collectors.toMap(label -> label, label -> label.arguments() == 0 ? "ord" : "ord %s"));
        House house = new House(
                java.util.Optional.empty(),
                HouseStyle.defaults().withLabels(new LabelOverrides(Map.of(), Map.of("nb", norwegian))));
        assertThat(brief("nb-NO", "## Seksjon\n\nTekst.\n", house).diagnostics())
                .isEmpty();
    }

    @Test
    void noLabelWarningBesideAMalformedTag() {
        assertThat(BriefSources.lines(brief("english", "## A\n\nB.\n")))
                .singleElement()
                .asString()
                .contains("error: `english` is not a language tag");
    }
}
