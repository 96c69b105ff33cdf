package dev.brief.core.house;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.core.testing.SampleBriefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseReaderTest {
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
    void aHouseFileThatIsNotUtf8IsAnErrorAtTheFirstBadByte() throws Exception {
        Path file = folder.resolve("house.yaml");
        byte[] latin1 =
                "publisher:\n  name: \"Caf\u00e9 Institute\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        HouseResult result = HouseReader.read(file);
        assertThat(result.house()).isEmpty();
        assertThat(lines(result))
                .containsExactly("house.yaml:2:13: error: the file is not UTF-8 text: byte 0xE9 at"
                        + " line 2, column 13 (save the file as UTF-8)");
    }

    @Test
    void readsTheSampleHouse() {
        House house = SampleBriefs.house();
        assertThat(house.style().accentColor()).isEqualTo("#1b5e7a");
        assertThat(house.style().pageSize()).isEqualTo(PageSize.LETTER);
        assertThat(ContrastRatio.onWhite(house.style().accentRgb())).isGreaterThanOrEqualTo(4.5);
        var publisher = house.publisher().orElseThrow();
        assertThat(publisher.name()).isEqualTo("Northfield Institute for Public Policy");
        assertThat(publisher.address()).hasSize(3);
        assertThat(publisher.mediaContact()).isPresent();
        assertThat(Path.of(publisher.logo().orElseThrow().source()))
                .isAbsolute()
                .exists();
    }

    @Test
    void defaultsAreAccessible() {
        assertThat(ContrastRatio.onWhite(HouseStyle.defaults().accentRgb())).isGreaterThanOrEqualTo(4.5);
        assertThat(House.defaults().publisher()).isEmpty();
    }

    @Test
    void accentColourWithTooLittleContrast() throws Exception {
        HouseResult result = read("style:\n  accent-color: \"#ffcc00\"\n");
        assertThat(lines(result))
                .containsExactly(
                        "house.yaml:2:3: error: the accent colour #ffcc00 has a contrast of 1.51:1 on white; text in it"
                                + " fails WCAG 2.2 AA, which asks for 4.5:1 (choose a darker colour)");
        assertThat(result.house()).isEmpty();
    }

    @Test
    void malformedColourPageSizeAndKey() throws Exception {
        HouseResult result =
                read("publisher:\n  name: X\n  mision: M\nstyle:\n  accent-color: blue\n" + "  page-size: B5\n");
        assertThat(lines(result))
                .containsExactly(
                        "house.yaml:3:3: error: unknown key `mision` (did you mean `mission`?)",
                        "house.yaml:5:3: error: the accent colour `blue` is not a #rrggbb colour (write six hexadecimal"
                                + " digits in quotes, e.g. `accent-color: \"#1b5e7a\"`)",
                        "house.yaml:6:3: error: unknown page size `B5` (use LETTER or A4)");
    }

    @Test
    void pdfStandardNamesTheStandardOfThePdfEdition() throws Exception {
        assertThat(HouseStyle.defaults().pdfStandard()).isEqualTo(PdfStandard.UA1);
        HouseResult result = read("style:\n  pdf-standard: UA2\n");
        assertThat(lines(result)).isEmpty();
        assertThat(result.house().orElseThrow().style().pdfStandard()).isEqualTo(PdfStandard.UA2);
    }

    @Test
    void unknownPdfStandardListsTheValidOnes() throws Exception {
        HouseResult result = read("style:\n  page-size: A4\n  pdf-standard: ua3\n");
        assertThat(lines(result))
                .containsExactly("house.yaml:3:3: error: unknown PDF standard `ua3` (use one of"
                        + " ua1, ua2 (ua1: PDF/UA-1 and PDF/A-2a; ua2: PDF/UA-2, PDF/A-4 and WTPDF))");
        assertThat(result.house()).isEmpty();
    }

    @Test
    void missingLogoAndFonts() throws Exception {
        HouseResult result = read("publisher:\n  name: X\n  logo: nowhere.png\nstyle:\n  fonts:\n    serif:\n"
                + "      regular: a.ttf\n");
        assertThat(lines(result))
                .hasSize(5)
                .first()
                .asString()
                .startsWith("house.yaml:3:3: error: the logo file `nowhere.png` does not exist");
    }

    @Test
    void fontsResolveAgainstTheHouseFolder() throws Exception {
        for (String face : new String[] {"r", "b", "i", "bi"}) {
            Files.writeString(folder.resolve(face + ".ttf"), "not really a font");
        }
        HouseResult result = read("style:\n  fonts:\n    sans:\n      regular: r.ttf\n      bold: b.ttf\n"
                + "      italic: i.ttf\n      bold-italic: bi.ttf\n");
        assertThat(result.diagnostics()).isEmpty();
        FontFamily sans = result.house().orElseThrow().style().sans().orElseThrow();
        assertThat(sans.boldItalic()).isEqualTo(folder.resolve("bi.ttf").toAbsolutePath());
        assertThat(result.house().orElseThrow().style().serif()).isEmpty();
    }

    @Test
    void briefFrontMatterOverridesTheHousePublisherFieldByField() throws Exception {
        BriefFixtures.writeImages(folder);
        House house = read("publisher:\n  name: House Institute\n  mission: House mission.\n  logo: logo.png\n"
                        + "  media-contact: press@example.org\n")
                .house()
                .orElseThrow();
        Path briefFolder = Files.createDirectories(folder.resolve("briefs").resolve("one"));
        Files.copy(folder.resolve("figure.png"), briefFolder.resolve("own-logo.png"));
        String brief = "---\ntitle: T\nlanguage: en\npublisher:\n  mission: Our own mission.\n"
                + "  logo:\n    source: own-logo.png\n    alt: Own logo\n---\n## S\n\nText.\n";
        Path file = briefFolder.resolve("brief.md");
        Files.writeString(file, brief);

        ReadResult result = BriefReader.read(file, house);

        assertThat(result.diagnostics()).isEmpty();
        var publisher = result.brief().orElseThrow().publisher().orElseThrow();
        assertThat(publisher.name()).isEqualTo("House Institute");
        assertThat(publisher.mission()).contains("Our own mission.");
        assertThat(publisher.mediaContact()).contains("press@example.org");
        assertThat(publisher.logo().orElseThrow().source()).isEqualTo("own-logo.png");
        assertThat(publisher.logo().orElseThrow().alt()).isEqualTo("Own logo");
    }

    @Test
    void houseLogoIsRelativeToTheBriefAndNamedAfterThePublisher() throws Exception {
        BriefFixtures.writeImages(folder);
        House house = read("publisher:\n  name: House Institute\n  logo: logo.png\n")
                .house()
                .orElseThrow();
        Path file = Files.createDirectories(folder.resolve("briefs")).resolve("brief.md");
        Files.writeString(file, "---\ntitle: T\nlanguage: en\n---\n## S\n\nText.\n");

        var publisher =
                BriefReader.read(file, house).brief().orElseThrow().publisher().orElseThrow();

        assertThat(publisher.logo().orElseThrow().source()).isEqualTo("../logo.png");
        assertThat(publisher.logo().orElseThrow().alt()).isEqualTo("House Institute");
    }

    @Test
    void briefPublisherWithoutAnyName() throws Exception {
        Path file = folder.resolve("brief.md");
        Files.writeString(file, "---\ntitle: T\nlanguage: en\npublisher:\n  mission: M.\n---\n## S\n\nText.\n");
        ReadResult result = BriefReader.read(file, House.defaults());
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .singleElement()
                .asString()
                .endsWith("brief.md:4:1: error: the publisher has no name (add `name: …` under `publisher:`, or"
                        + " give the publisher in the house file)");
    }
}
