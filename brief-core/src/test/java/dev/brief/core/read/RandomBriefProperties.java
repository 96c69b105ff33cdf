package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Note;
import dev.brief.core.testing.ModelWalker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Briefs assembled at random from source fragments (valid and broken) hold the reader's invariants: no
 * exception; a brief iff no error; every diagnostic placed in the file and saying how to fix it; unique ids;
 * every note reference resolves; notes numbered 1…n.
 */
class RandomBriefProperties {
    private static final List<String> FRAGMENTS = List.of(
            "## Section\n",
            "### Subsection\n",
            "#### Deep\n",
            "# Title\n",
            "## Summary\n",
            "A paragraph with *emphasis* and **strong** text.\n",
            "A claim.[^a]\n",
            "Another claim.[^b]\n",
            "A dangling claim.[^zz]\n",
            "[^a]: Note A, <https://example.org/a>.\n",
            "[^b]: Note B.[^a]\n",
            "- one\n- two\n",
            "1. first\n2. second\n",
            "> Quoted.\n>\n> — Someone\n",
            "::: pullquote\n“Pulled.”\n:::\n",
            "::: about \"About\"\nBox text.\n:::\n",
            "::: about\n",
            ":::\n",
            "::: sidebar\nx\n:::\n",
            "| A | B |\n| - | - |\n| 1 | 2 |\n",
            "Table: A caption.\n",
            "![An image](missing.png)\n",
            "![](x.png \"decorative\")\n",
            "<b>bold</b>\n",
            "    code\n",
            "***\n",
            "[link](https://example.org/)\n",
            "<https://example.org/>\n",
            "Line\\\nbreak `code`.\n",
            "[les *mots*]{lang=fr} and [Wort]{lang=e_n} and [a]{lang=fr\n");

    /** Fragments that are valid in any order after a ## heading. */
    private static final List<String> VALID = List.of(
            "## Section\n",
            "### Subsection\n",
            "A paragraph with *emphasis* and **strong** text.\n",
            "A claim.[^a]\n",
            "- one\n- two[^a]\n",
            "1. first\n2. second\n",
            "> Quoted.\n>\n> — Someone\n",
            "::: pullquote\n“Pulled.”\n:::\n",
            "::: about \"About\"\nBox text.[^a]\n:::\n",
            "| A | B |\n| - | - |\n| 1 | 2 |\n\nTable: A caption.\n",
            "[link](https://example.org/)\n",
            "Line\\\nbreak `code`.\n",
            "*[les mots]{lang=fr}* and [Lenz](https://example.org/l){lang=de}.\n");

    @Provide
    Arbitrary<List<String>> validBodies() {
        return Arbitraries.of(VALID).list().ofMaxSize(25);
    }

    @Property(tries = 200)
    void validFragmentsAlwaysGiveABrief(@ForAll("validBodies") List<String> fragments) {
        String body = "## Start\n\n" + String.join("\n", fragments);
        if (body.contains("[^a]")) {
            body += "\n[^a]: The note.\n";
        }
        ReadResult result =
                BriefReader.read(BriefSources.FRONT_MATTER + body, Path.of("random", "brief.md"), House.defaults());
        assertThat(result.errors()).isEmpty();
        Brief brief = result.brief().orElseThrow();
        assertThat(ModelWalker.ids(brief)).doesNotHaveDuplicates();
        assertThat(brief.notes()).hasSize(body.contains("[^a]") ? 1 : 0);
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(25);
    }

    @Property(tries = 300)
    @StatisticsReport(StatisticsReportMode.OFF)
    void readerInvariantsHold(@ForAll("bodies") List<String> fragments) {
        String source = BriefSources.FRONT_MATTER + String.join("\n", fragments);
        ReadResult result = BriefReader.read(source, Path.of("random", "brief.md"), House.defaults());

        assertThat(result.brief().isPresent()).isEqualTo(result.errors().isEmpty());
        Statistics.collect(result.brief().isPresent() ? "brief" : "errors");
        // The invariants below the early return hold only for briefs that read, about one try in ten: a run
        // in which (nearly) every try had errors would check little, so too few briefs fail the property.
        Statistics.coverage(coverage -> coverage.check("brief").count(briefs -> briefs >= 5));
        int lineCount = source.split("\n", -1).length;
        result.diagnostics().forEach(diagnostic -> {
            assertThat(diagnostic.position().line()).isBetween(1, lineCount);
            assertThat(diagnostic.fix())
                    .as("every diagnostic says how to fix it")
                    .isNotBlank();
        });
        if (result.brief().isEmpty()) {
            return;
        }
        Brief brief = result.brief().get();
        assertThat(ModelWalker.ids(brief)).doesNotHaveDuplicates();
        List<String> referenced = new ArrayList<>();
        new ModelWalker(inline -> {
                    if (inline instanceof Inline.NoteRef) {
                        referenced.add(((Inline.NoteRef) inline).noteId());
                    }
                })
                .walk(brief);
        Set<String> noteIds = new HashSet<>(brief.notes().stream().map(Note::id).toList());
        assertThat(noteIds).containsExactlyInAnyOrderElementsOf(new HashSet<>(referenced));
        for (int i = 0; i < brief.notes().size(); i++) {
            assertThat(brief.notes().get(i).number()).isEqualTo(i + 1);
        }
        ModelWalker.ids(brief)
                .forEach(id -> assertThat(result.sourceMap().position(id)).isPresent());
    }
}
