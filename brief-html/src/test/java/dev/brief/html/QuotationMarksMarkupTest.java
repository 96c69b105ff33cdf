package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brief typed with straight quotation marks and apostrophes shows its language's typographic marks in the
 * print HTML and the EPUB's document, code keeping its straight ones; French guillemets get one narrow no-break
 * space inside each, whether the author typed spaces there or not.
 */
class QuotationMarksMarkupTest {
    private static final String SOURCE = """
            ---
            title: The "Peaceful Rise"
            language: %s
            ---
            ## China's rise

            They called it a "peaceful rise", and `say "x"` stays. Then " spaced " too.
            """;

    @TempDir
    Path folder;

    private Brief brief(String language) throws Exception {
        Path file = folder.resolve("brief-" + language + ".md");
        Files.writeString(file, SOURCE.formatted(language));
        ReadResult read = BriefReader.read(file, House.defaults());
        assertThat(read.diagnostics()).isEmpty();
        return read.brief().orElseThrow();
    }

    @Test
    void englishEditionsShowCurlyMarks() throws Exception {
        Brief brief = brief("en");
        Document print = Editions.html(Editions.printEdition(brief, TestBriefs.options(folder, Flavor.PRINT)));
        Document epub = Editions.html(HtmlWriter.xhtmlDocument(brief, TestBriefs.options(folder, Flavor.EPUB)));
        for (Document document : new Document[] {print, epub}) {
            assertThat(document.select("h1").text()).isEqualTo("The “Peaceful Rise”");
            assertThat(document.select("h2").first().text()).isEqualTo("China’s rise");
            assertThat(document.select("p#p-1").text())
                    .isEqualTo("They called it a “peaceful rise”, and say \"x\" stays. Then “ spaced ” too.");
            assertThat(document.select("p#p-1 code").text()).isEqualTo("say \"x\"");
        }
        assertThat(print.title()).contains("The “Peaceful Rise”");
    }

    @Test
    void frenchGuillemetsGetOneNarrowSpaceEach() throws Exception {
        Document print = Editions.html(Editions.printEdition(brief("fr"), TestBriefs.options(folder, Flavor.PRINT)));
        assertThat(print.select("p#p-1").text())
                .isEqualTo("They called it a «\u202Fpeaceful rise\u202F», and"
                        + " say \"x\" stays. Then «\u202Fspaced\u202F» too.");
        assertThat(print.select("h2").first().text()).isEqualTo("China’s rise");
    }
}
