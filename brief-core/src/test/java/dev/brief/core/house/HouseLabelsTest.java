package dev.brief.core.house;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The house file's {@code labels:}: read into the style, and every wrong key or text reported where it is. */
class HouseLabelsTest {
    @TempDir
    Path folder;

    private HouseResult read(String yaml) throws Exception {
        Path file = folder.resolve("house.yaml");
        Files.writeString(file, yaml);
        return HouseReader.read(file);
    }

    private static List<String> lines(HouseResult result) {
        return result.diagnostics().stream()
                .map(Diagnostic::toString)
                .map(line -> line.substring(line.lastIndexOf("house.yaml")))
                .toList();
    }

    @Test
    void flatLabelsForEveryLanguageAndGroupsForOne() throws Exception {
        HouseResult result = read("""
                style:
                  accent-color: "#1b5e7a"
                labels:
                  summary: Key points
                  note: "Endnote %s"
                  ru:
                    summary: Главное
                  zh-Hant:
                    notes: 附註
                """);
        assertThat(result.diagnostics()).isEmpty();
        HouseStyle style = result.house().orElseThrow().style();
        assertThat(style.accentColor()).isEqualTo("#1b5e7a");
        assertThat(Labels.of("en", style.labels()).text(Label.SUMMARY)).isEqualTo("Key points");
        assertThat(Labels.of("en", style.labels()).format(Label.NOTE, 3)).isEqualTo("Endnote 3");
        assertThat(Labels.of("ru", style.labels()).text(Label.SUMMARY)).isEqualTo("Главное");
        assertThat(Labels.of("ru", style.labels()).text(Label.NOTES)).isEqualTo("Примечания");
        assertThat(Labels.of("zh-HK", style.labels()).text(Label.NOTES)).isEqualTo("附註");
        assertThat(Labels.of("fr", style.labels()).text(Label.SUMMARY)).isEqualTo("Key points");
    }

    @Test
    void aHouseWithoutLabelsKeepsTheBundles() throws Exception {
        HouseResult result = read("style:\n  page-size: A4\n");
        assertThat(result.house().orElseThrow().style().labels().isEmpty()).isTrue();
        assertThat(HouseStyle.defaults().labels().isEmpty()).isTrue();
    }

    @Test
    void anUnknownLabelIsReportedAtItsKeyWithTheValidOnes() throws Exception {
        HouseResult result = read("labels:\n  summry: Key points\n  ru:\n    foreword: Предисловие\n");
        assertThat(result.house()).isEmpty();
        assertThat(lines(result))
                .containsExactly(
                        "house.yaml:2:3: error: unknown label `summry` (did you mean `summary`? valid labels are"
                                + " about-authors, about-brief, authors, back-to-note-reference, back-to-reference,"
                                + " back-to-reference-numbered, colophon, contents, cover, cover-description,"
                                + " issue-number, landmarks, note, notes, pages, print-edition, start, summary)",
                        "house.yaml:4:5: error: unknown label `foreword` (valid labels are about-authors, about-brief,"
                                + " authors, back-to-note-reference, back-to-reference, back-to-reference-numbered,"
                                + " colophon, contents, cover, cover-description, issue-number, landmarks, note, notes,"
                                + " pages, print-edition, start, summary; labels for one language go under its tag,"
                                + " e.g. `ru:`)");
    }

    @Test
    void aGroupUnderSomethingOtherThanALanguageTag() throws Exception {
        HouseResult result = read("labels:\n  russian:\n    summary: Главное\n");
        assertThat(lines(result))
                .containsExactly("house.yaml:2:3: error: `russian` is not a language tag (group"
                        + " labels under a BCP 47 tag such as ru, pt-BR or zh-Hant)");
    }

    @Test
    void aParameterisedLabelWithoutItsPlaceholder() throws Exception {
        HouseResult result = read("labels:\n  de:\n    note: \"Anmerkung\"\n    back-to-reference-numbered: \"%d\"\n");
        assertThat(lines(result))
                .containsExactly(
                        "house.yaml:3:11: error: the label `note` must hold `%s` once, where its argument goes"
                                + " (e.g. `note: \"Note %s\"`)",
                        "house.yaml:4:33: error: the label `back-to-reference-numbered` holds `%` other than one `%s`;"
                                + " write a per cent sign as `%%` (e.g. `back-to-reference-numbered: \"Back to"
                                + " reference %s\"`)");
    }

    @Test
    void labelsMustBeAGroupAndTextsText() throws Exception {
        HouseResult result = read("labels: Summary\n");
        assertThat(lines(result))
                .singleElement()
                .asString()
                .startsWith("house.yaml:1:1: error: `labels` must be a group of `key: value` lines, not ");
        HouseResult empty = read("labels:\n  notes: \"\"\n  summary: [a, b]\n");
        assertThat(lines(empty))
                .containsExactly(
                        "house.yaml:2:3: error: `notes` is empty (give it a value or delete the line)",
                        "house.yaml:3:3: error: `summary` must be text, not a list (write it as one line of text)");
    }
}
