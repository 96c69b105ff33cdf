package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.SampleBriefs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cover is rendered once for the EPUB and the cover picture: both carry the same bytes as before. */
class SharedCoverTest {
    @TempDir
    Path work;

    private Path sources;

    @BeforeEach
    void copySamples() throws IOException {
        sources = work.resolve("src");
        SampleBriefs.copyBriefsTo(sources);
    }

    @Test
    void theEpubPacksTheCoverPictureAndEqualsTheEpubThatRenderedItsOwnCover() throws IOException {
        Path shared = build("shared", EnumSet.of(Format.EPUB, Format.PNG));
        Path alone = build("alone", EnumSet.of(Format.EPUB));

        byte[] epub = Files.readAllBytes(shared.resolve("civic-data-trusts.epub"));
        byte[] picture = Files.readAllBytes(shared.resolve("civic-data-trusts-cover.png"));
        assertThat(coverEntry(epub)).isEqualTo(picture);
        assertThat(epub).isEqualTo(Files.readAllBytes(alone.resolve("civic-data-trusts.epub")));
    }

    private Path build(String name, Set<Format> formats) throws IOException {
        Path output = work.resolve(name);
        BuildRequest request = new BuildRequest(
                sources,
                output,
                formats,
                Optional.empty(),
                Optional.empty(),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "test");
        BuildReport report = new BriefBuilder(request, new RecordingLog(new ArrayList<>())).build();
        assertThat(report.outcomes()).allMatch(outcome -> !outcome.failed());
        return output.resolve("civic-data-trusts");
    }

    private static byte[] coverEntry(byte[] epub) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith("cover/cover.png")) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("the EPUB has no cover/cover.png");
    }
}
