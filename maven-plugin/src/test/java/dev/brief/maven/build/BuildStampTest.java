package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStampTest {
    @TempDir
    Path folder;

    private Path source;
    private Path image;
    private Path output;

    @BeforeEach
    void writeInputsAndOutput() throws Exception {
        source = Files.writeString(folder.resolve("brief.md"), "---\ntitle: A\n---\nText.\n");
        image = Files.write(folder.resolve("chart.png"), new byte[] {1, 2, 3});
        output =
                Files.writeString(Files.createDirectories(folder.resolve("out")).resolve("brief.pdf"), "x");
    }

    @Test
    void aStampIsCurrentUntilAnInputChanges() throws Exception {
        Path outputs = output.getParent();
        BuildStamp.of("settings", List.of(source, image)).write(outputs, List.of(output));

        assertThat(BuildStamp.of("settings", List.of(source, image)).isCurrent(outputs))
                .isTrue();

        Files.write(image, new byte[] {1, 2, 4});
        assertThat(BuildStamp.of("settings", List.of(source, image)).isCurrent(outputs))
                .isFalse();
    }

    @Test
    void otherSettingsOrAMissingOutputMakeTheStampStale() throws Exception {
        Path outputs = output.getParent();
        BuildStamp.of("settings", List.of(source)).write(outputs, List.of(output));

        assertThat(BuildStamp.of("other settings", List.of(source)).isCurrent(outputs))
                .isFalse();
        Files.delete(output);
        assertThat(BuildStamp.of("settings", List.of(source)).isCurrent(outputs))
                .isFalse();
    }

    @Test
    void noStampMeansStale() throws Exception {
        assertThat(BuildStamp.of("settings", List.of(source)).isCurrent(folder)).isFalse();
        BuildStamp.of("settings", List.of(source)).write(folder, List.of());
        BuildStamp.clear(folder);
        assertThat(BuildStamp.of("settings", List.of(source)).isCurrent(folder)).isFalse();
    }
}
