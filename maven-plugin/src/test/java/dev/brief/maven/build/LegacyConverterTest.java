package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyConverterTest {
    @TempDir
    Path folder;

    private Path legacy;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void copyLegacyBrief() throws IOException {
        legacy = folder.resolve("harbour-levy.md");
        try (InputStream in = LegacyConverterTest.class.getResourceAsStream("/legacy/harbour-levy.md")) {
            Files.copy(in, legacy);
        }
    }

    @Test
    void writesTheSourceFormatBesideTheLegacyFileAndReportsEveryRepair() throws IOException {
        List<LegacyConverter.Converted> converted =
                new LegacyConverter(new RecordingLog(log)).convert(folder, Optional.empty(), false);

        Path written = folder.resolve("harbour-levy.brief.md");
        assertThat(converted).singleElement().satisfies(one -> {
            assertThat(one.written()).contains(written);
            assertThat(one.diagnostics()).isNotEmpty();
        });
        assertThat(Files.readString(written))
                .startsWith("---\n")
                .contains("title: \"A Levy for Cleaner Harbours\"", "[^1]");
        assertThat(log).anyMatch(line -> line.startsWith("warn " + legacy + ":") && line.contains("note reference"));
    }

    @Test
    void leavesAnEditedImportAloneUnlessToldToOverwrite() throws IOException {
        Path written = Files.writeString(folder.resolve("harbour-levy.brief.md"), "edited by hand");

        new LegacyConverter(new RecordingLog(log)).convert(legacy, Optional.empty(), false);
        assertThat(written).hasContent("edited by hand");

        new LegacyConverter(new RecordingLog(log)).convert(legacy, Optional.empty(), true);
        assertThat(Files.readString(written)).startsWith("---\n");
    }

    @Test
    void writesWhereAskedForASingleFile() throws IOException {
        Path target = folder.resolve("elsewhere").resolve("levy.brief.md");

        new LegacyConverter(new RecordingLog(log)).convert(legacy, Optional.of(target), false);

        assertThat(target).isRegularFile();
        assertThat(folder.resolve("harbour-levy.brief.md")).doesNotExist();
    }
}
