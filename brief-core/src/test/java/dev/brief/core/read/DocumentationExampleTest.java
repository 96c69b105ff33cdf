package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.core.testing.ModelWalker;
import dev.brief.core.testing.SampleBriefs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in docs/source-format.md reads without a single diagnostic. */
class DocumentationExampleTest {
    @Test
    void completeExampleReadsCleanly(@TempDir Path folder) throws Exception {
        String doc =
                Files.readString(SampleBriefs.repositoryRoot().resolve("docs").resolve("source-format.md"));
        int start = doc.indexOf("````markdown\n", doc.indexOf("## A complete example"));
        String example = doc.substring(start + "````markdown\n".length(), doc.indexOf("````\n", start + 4));
        BriefFixtures.writeImages(folder);
        Files.copy(folder.resolve("rule.png"), folder.resolve("ornament.png"));
        Files.copy(SampleBriefs.sampleDirectory().resolve("requests-chart.png"), folder.resolve("requests-chart.png"));

        ReadResult result = new BriefSources(folder).read(example, SampleBriefs.house());

        assertThat(BriefSources.lines(result)).isEmpty();
        Brief brief = result.brief().orElseThrow();
        assertThat(ModelWalker.ids(brief))
                .contains(
                        "summary-2",
                        "p-1",
                        "pullquote-1",
                        "list-1",
                        "list-2",
                        "quote-1",
                        "fig-1",
                        "fig-2",
                        "table-1",
                        "about-1",
                        "note-contracts",
                        "ref-contracts-2");
        assertThat(brief.metadata().authors()).hasSize(2);
        assertThat(brief.publisher().orElseThrow().mediaContact()).contains("Inès Ødegård, i.odegard@example.org");
        assertThat(brief.publisher().orElseThrow().name()).isEqualTo("Northfield Institute for Public Policy");
        assertThat(((Block.Figure) brief.allSections().get(1).blocks().stream()
                                .filter(block -> block.id().equals("fig-2"))
                                .findFirst()
                                .orElseThrow())
                        .decorative())
                .isTrue();
    }
}
