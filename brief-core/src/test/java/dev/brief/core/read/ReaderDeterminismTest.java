package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseReader;
import dev.brief.core.model.Brief;
import dev.brief.core.testing.ModelWalker;
import dev.brief.core.testing.SampleBriefs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same source always gives the same model, whatever the place or the time it is read. */
class ReaderDeterminismTest {
    @TempDir
    Path elsewhere;

    @Test
    void idsAreStableAcrossReads() {
        Brief first = SampleBriefs.read().brief().orElseThrow();
        Brief second = SampleBriefs.read().brief().orElseThrow();
        assertThat(ModelWalker.ids(second)).isEqualTo(ModelWalker.ids(first));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void idsAreUnique() {
        var ids = ModelWalker.ids(SampleBriefs.sample());
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(100);
    }

    @Test
    void equalSourcesInDifferentFoldersGiveEqualRecords() throws Exception {
        Path briefs = SampleBriefs.briefsDirectory();
        Path copy = Files.createDirectories(elsewhere.resolve("civic-data-trusts"));
        for (String name : new String[] {"civic-data-trusts.md", "requests-chart.png"}) {
            Files.copy(SampleBriefs.sampleDirectory().resolve(name), copy.resolve(name));
        }
        Files.copy(briefs.resolve("house.yaml"), elsewhere.resolve("house.yaml"));
        Files.copy(briefs.resolve("logo.png"), elsewhere.resolve("logo.png"));
        var house = HouseReader.read(elsewhere.resolve("house.yaml")).house().orElseThrow();

        ReadResult moved = BriefReader.read(copy.resolve("civic-data-trusts.md"), house);

        assertThat(moved.brief()).contains(SampleBriefs.sample());
    }

    @Test
    void lineEndingsDoNotChangeTheModel() throws Exception {
        String text = Files.readString(SampleBriefs.samplePath());
        ReadResult crlf = BriefReader.read(text.replace("\n", "\r\n"), SampleBriefs.samplePath(), SampleBriefs.house());
        assertThat(crlf.brief()).contains(SampleBriefs.sample());
        assertThat(crlf.sourceMap().position("sec-conclusion"))
                .isEqualTo(SampleBriefs.read().sourceMap().position("sec-conclusion"));
    }
}
