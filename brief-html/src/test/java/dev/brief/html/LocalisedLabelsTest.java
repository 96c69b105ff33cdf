package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.language.Label;
import dev.brief.core.language.LabelOverrides;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.html.inspect.AnnouncedText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words the writer adds come from the brief's language: a Russian brief's print edition and EPUB content
 * document say «Кратко», «Примечания», «Об авторах» … and no English label, in text or in the names it gives
 * to assistive technologies. The same brief in English shows every one of the English labels, so the check
 * can fail.
 */
class LocalisedLabelsTest {
    /** A Russian brief with a front matter summary, a note cited twice, a biography, an ISBN and a publisher. */
    static final String RUSSIAN = """
            ---
            title: Городские данные под общим управлением
            subtitle: Как муниципалитеты могут объединить свои сведения
            series: Аналитическая записка
            number: 12
            date: 2026-03-12
            language: %s
            authors:
              - name: Анна Петрова
                affiliation: Институт городской политики
                bio: Анна Петрова изучает муниципальные данные.
              - Борис Смирнов
            identifiers:
              isbn:
                print: 978-3-16-148410-0
            summary:
              - Города собирают данные, которыми почти никто не пользуется.
              - Общий фонд данных позволяет делиться ими безопасно.
            publisher:
              name: Институт городской политики
            ---
            ## Введение

            Каждый город ведёт реестры[^ist], и многие ведут их дважды[^ist].

            ::: about
            Институт изучает городскую политику.
            :::

            [^ist]: Городской статистический ежегодник, 2025.
            """;

    /** The labels the HTML writer uses for this brief: each shows in the English edition. */
    private static final List<Label> USED = List.of(
            Label.SUMMARY,
            Label.ABOUT_BRIEF,
            Label.NOTES,
            Label.BACK_TO_REFERENCE_NUMBERED,
            Label.AUTHORS,
            Label.ABOUT_AUTHORS,
            Label.COLOPHON,
            Label.PRINT_EDITION);

    @TempDir
    Path folder;

    @Test
    void aRussianBriefHasNoEnglishLabel() throws Exception {
        for (Flavor flavor : Flavor.values()) {
            List<String> words = announced(write(brief("ru", House.defaults()), flavor, HouseStyle.defaults()));
            for (Label label : Label.values()) {
                String english = englishWords(label);
                assertThat(words).as("%s in the %s edition", label, flavor).noneMatch(text -> text.contains(english));
            }
            Labels russian = Labels.of("ru");
            assertThat(words)
                    .contains(
                            "Кратко",
                            "Примечания",
                            "Об авторах",
                            "Выходные данные",
                            "Авторы",
                            "Об этой записке",
                            russian.format(Label.BACK_TO_REFERENCE_NUMBERED, 1),
                            "ISBN (печатное издание)");
        }
    }

    @Test
    void theEnglishBriefShowsEveryLabelTheCheckLooksFor() throws Exception {
        List<String> words = announced(write(brief("en", House.defaults()), Flavor.PRINT, HouseStyle.defaults()));
        for (Label label : USED) {
            assertThat(words).as("%s", label).anyMatch(text -> text.contains(englishWords(label)));
        }
    }

    @Test
    void theHouseWordsWin() throws Exception {
        HouseStyle style = HouseStyle.defaults()
                .withLabels(new LabelOverrides(
                        Map.of(Label.COLOPHON, "Imprint"),
                        Map.of("ru", Map.of(Label.SUMMARY, "Главное", Label.NOTES, "Источники"))));
        House house = new House(Optional.empty(), style);
        List<String> words = announced(write(brief("ru", house), Flavor.PRINT, style));
        assertThat(words)
                .contains("Главное", "Источники", "Imprint", "Об авторах")
                .doesNotContain("Кратко", "Примечания", "Выходные данные");
    }

    private Brief brief(String language, House house) throws Exception {
        Path file = folder.resolve("brief-" + language + ".md");
        Files.writeString(file, RUSSIAN.formatted(language));
        ReadResult result = BriefReader.read(file, house);
        assertThat(result.diagnostics()).isEmpty();
        return result.brief().orElseThrow();
    }

    private String write(Brief brief, Flavor flavor, HouseStyle style) throws Exception {
        HtmlOptions options = new HtmlOptions(folder, style, flavor, Optional.empty());
        if (flavor == Flavor.EPUB) {
            return HtmlWriter.xhtmlDocument(brief, options);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlWriter.writePrintEdition(brief, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A label's fixed words: the whole text, or the part before its argument ("Back to reference "). */
    static String englishWords(Label label) {
        Labels english = Labels.of("en");
        String text = label.arguments() == 0 ? english.text(label) : english.format(label, "\u0000");
        return Arrays.stream(text.split("\u0000"))
                .filter(part -> !part.isBlank())
                .findFirst()
                .orElseThrow()
                .strip();
    }

    /** What a reader sees or hears of the markup. */
    static List<String> announced(String xhtml) {
        return AnnouncedText.of(xhtml);
    }
}
