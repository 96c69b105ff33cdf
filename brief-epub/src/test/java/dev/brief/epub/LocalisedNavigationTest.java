package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.language.Label;
import dev.brief.core.language.LabelOverrides;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.epub.inspect.EpubInspector;
import dev.brief.epub.inspect.InspectedEpub;
import dev.brief.html.inspect.AnnouncedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian brief's EPUB names its navigation, landmarks, cover and notes in Russian, and no document of it
 * shows or announces an English label; the same brief in English shows them, so the check can fail.
 */
class LocalisedNavigationTest {
    private static final String SOURCE = """
            ---
            title: Городские данные под общим управлением
            series: Аналитическая записка
            number: 12
            language: %s
            authors:
              - name: Анна Петрова
                bio: Анна Петрова изучает муниципальные данные.
            identifiers:
              isbn:
                epub: 978-3-16-148410-0
            summary:
              - Города собирают данные, которыми почти никто не пользуется.
            publisher:
              name: Институт городской политики
            ---
            ## Введение

            Каждый город ведёт реестры[^ist], и многие ведут их дважды[^ist].

            [^ist]: Городской статистический ежегодник, 2025.
            """;

    @TempDir
    Path folder;

    @Test
    void aRussianEpubHasNoEnglishLabel() throws Exception {
        InspectedEpub epub = epub("ru", House.defaults());
        List<String> words = announced(epub);
        for (Label label : Label.values()) {
            assertThat(words).as("%s", label).noneMatch(text -> text.contains(englishWords(label)));
        }
        assertThat(epub.landmarks())
                .extracting(InspectedEpub.NavEntry::label)
                .containsExactly("Обложка", "Содержание", "Начало текста", "Примечания");
        assertThat(epub.flatTableOfContents())
                .extracting(InspectedEpub.NavEntry::label)
                .contains("Кратко", "Примечания", "Об авторах", "Выходные данные");
        assertThat(words)
                .contains("Содержание", "Ориентиры", Labels.of("ru").format(Label.BACK_TO_REFERENCE_NUMBERED, 2))
                .anyMatch(text -> text.startsWith("Обложка: Аналитическая записка"));
    }

    @Test
    void theEnglishEpubShowsTheLabelsTheCheckLooksFor() throws Exception {
        List<String> words = announced(epub("en", House.defaults()));
        for (Label label : List.of(
                Label.SUMMARY,
                Label.NOTES,
                Label.CONTENTS,
                Label.LANDMARKS,
                Label.COVER,
                Label.COVER_DESCRIPTION,
                Label.START,
                Label.ABOUT_AUTHORS,
                Label.COLOPHON)) {
            assertThat(words).as("%s", label).anyMatch(text -> text.contains(englishWords(label)));
        }
    }

    @Test
    void theHouseNamesTheCoverAndContents() throws Exception {
        HouseStyle style = HouseStyle.defaults()
                .withLabels(new LabelOverrides(
                        Map.of(),
                        Map.of(
                                "ru",
                                Map.of(Label.CONTENTS, "Оглавление", Label.COVER_DESCRIPTION, "Первая страница: %s"))));
        InspectedEpub epub = epub("ru", new House(Optional.empty(), style));
        assertThat(epub.landmarks()).extracting(InspectedEpub.NavEntry::label).contains("Оглавление");
        assertThat(announced(epub)).anyMatch(text -> text.startsWith("Первая страница: Аналитическая записка"));
    }

    private InspectedEpub epub(String language, House house) throws Exception {
        Path file = folder.resolve("brief-" + language + ".md");
        Files.writeString(file, SOURCE.formatted(language));
        ReadResult result = BriefReader.read(file, house);
        assertThat(result.diagnostics()).isEmpty();
        Brief brief = result.brief().orElseThrow();
        byte[] bytes = EpubFixtures.write(
                brief, new EpubOptions(folder, house.style(), EpubFixtures.TIMESTAMP, Optional.empty()));
        return EpubInspector.inspect(bytes);
    }

    private static String englishWords(Label label) {
        Labels english = Labels.of("en");
        String text = label.arguments() == 0 ? english.text(label) : english.format(label, "\u0000");
        return Arrays.stream(text.split("\u0000"))
                .filter(part -> !part.isBlank())
                .findFirst()
                .orElseThrow()
                .strip();
    }

    /** Every text node of every XHTML document, and the attributes that name or describe. */
    private static List<String> announced(InspectedEpub epub) {
        List<String> texts = new ArrayList<>();
        for (String document : epub.documents().values()) {
            texts.addAll(AnnouncedText.of(document));
        }
        return texts;
    }
}
