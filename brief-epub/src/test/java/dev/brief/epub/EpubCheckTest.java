package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Brief;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUBCheck 5 finds nothing to report, not even a warning, in the EPUBs of every shape of brief. */
class EpubCheckTest {
    @TempDir
    Path directory;

    @Test
    void fullBriefWithPageListIsClean() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        byte[] epub = EpubFixtures.write(TestBriefs.full(), folder, Optional.of(TestBriefs.fullPageMap()));
        assertClean("full.epub", epub);
    }

    @Test
    void minimalBriefWithoutPageListIsClean() throws Exception {
        byte[] epub = EpubFixtures.write(TestBriefs.minimal("en"), directory, Optional.empty());
        assertClean("minimal.epub", epub);
    }

    @Test
    void frenchBriefIsClean() throws Exception {
        Brief brief = TestBriefs.minimal("fr-CA");
        assertClean("french.epub", EpubFixtures.write(brief, directory, Optional.empty()));
    }

    private void assertClean(String name, byte[] epub) throws Exception {
        EpubFixtures.keep(name, epub);
        EpubCheckReport report = EpubCheckReport.check(epub, directory);
        assertThat(report.problems()).isEmpty();
    }
}
