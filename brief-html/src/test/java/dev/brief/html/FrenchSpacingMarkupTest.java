package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.language.FrenchPunctuation;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Section;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A French brief's editions carry the narrow no-break spaces of its punctuation, as its PDF shows them. */
class FrenchSpacingMarkupTest {
    @TempDir
    Path folder;

    @Test
    void theWriterSpacesFrenchPunctuationAcrossInlineElementsButNotInCode() {
        String markup = new MarkupWriter()
                .spaceFrench(FrenchPunctuation.forLanguage("fr"))
                .start("p")
                .text("Qui paie ? Et ")
                .start("em")
                .text("comment")
                .end("em")
                .text("? Le code ")
                .start("code")
                .text("a ?b")
                .end("code")
                .text(" reste. «oui»")
                .end("p")
                .start("p")
                .text("? commence un paragraphe")
                .end("p")
                .finish();
        assertThat(markup)
                .isEqualTo("<p>Qui paie\u202F? Et <em>comment</em>\u202F? Le code <code>a ?b</code>"
                        + " reste. «\u202Foui\u202F»</p><p>? commence un paragraphe</p>");
    }

    @Test
    void aFrenchBriefReadsWithNarrowSpacesAndAnEnglishOneAsWritten() {
        String text = "Trois questions : qui paie? Réunion à 10:30, voir https://exemple.fr/a?b=1.";
        Document french =
                Editions.html(Editions.printEdition(brief("fr-FR", text), TestBriefs.options(folder, Flavor.PRINT)));
        Document english =
                Editions.html(Editions.printEdition(brief("en", text), TestBriefs.options(folder, Flavor.PRINT)));

        assertThat(french.select("p#p-1").text())
                .isEqualTo("Trois questions\u202F: qui paie\u202F? Réunion à 10:30, voir https://exemple.fr/a?b=1.");
        assertThat(english.select("p#p-1").text()).isEqualTo(text);
        assertThat(french.select("h2").first().text()).isEqualTo("Questions\u202F!");
    }

    private static Brief brief(String language, String paragraph) {
        Metadata metadata = new Metadata(
                "Rapport",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                language,
                List.of(),
                Identifiers.none(),
                List.of(),
                Optional.empty());
        Section section = new Section(
                "sec-1",
                2,
                List.of(new Inline.Text("Questions !")),
                List.of(new Block.Paragraph("p-1", List.of(new Inline.Text(paragraph)))),
                List.of());
        return new Brief(metadata, Optional.empty(), List.of(), List.of(section), List.of(), Optional.empty());
    }
}
