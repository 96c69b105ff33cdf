package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFinderTest {
    private static final String BRIEF = "---\ntitle: \"A\"\nlanguage: en\n---\n\nText.\n";
    private static final String LEGACY = "# Old brief\n\nA claim.<sup>1</sup>\n\n## Notes\n\n1. A source.\n";

    @TempDir
    Path folder;

    private final List<String> lines = new ArrayList<>();
    private final SourceFinder finder = new SourceFinder(new RecordingLog(lines));

    @Test
    void findsBriefsByTheirFrontMatterAndNamesThemAfterTheirFile() throws IOException {
        write("b/second-brief.md", BRIEF);
        write("a/First Brief.md", BRIEF);
        write("README.md", "# Notes for editors\n\nNothing here is a brief.\n");

        List<BriefSource> briefs = finder.find(folder);

        assertThat(briefs).extracting(BriefSource::slug).containsExactly("first-brief", "second-brief");
        assertThat(briefs).noneMatch(BriefSource::legacy);
        assertThat(lines).anyMatch(line -> line.contains("README.md") && line.contains("not a brief"));
    }

    @Test
    void takesLegacyMarkdownForImportUnlessItWasImportedAlready() throws IOException {
        write("old.md", LEGACY);
        write("older.md", LEGACY);
        write("older.brief.md", BRIEF);

        List<BriefSource> briefs = finder.find(folder);

        assertThat(briefs).extracting(BriefSource::slug).containsExactly("old", "older");
        assertThat(briefs.get(0).legacy()).isTrue();
        assertThat(briefs.get(1).legacy()).isFalse();
        assertThat(briefs.get(1).file().getFileName()).hasToString("older.brief.md");
    }

    @Test
    void refusesTwoBriefsThatWouldShareAnOutputFolder() throws IOException {
        write("one/policy.md", BRIEF);
        write("two/policy.md", BRIEF);

        assertThatThrownBy(() -> finder.find(folder))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("policy")
                .hasMessageContaining("rename");
    }

    @Test
    void acceptsASingleFileAndIgnoresHiddenFolders() throws IOException {
        Path brief = write("only.md", BRIEF);
        write(".drafts/hidden.md", BRIEF);

        assertThat(finder.find(brief)).extracting(BriefSource::file).containsExactly(brief);
        assertThat(finder.find(folder)).extracting(BriefSource::slug).containsExactly("only");
    }

    @Test
    void namesAMissingSource() {
        assertThatThrownBy(() -> finder.find(folder.resolve("nowhere")))
                .hasMessageContaining("nowhere")
                .hasMessageContaining("brief.source");
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
