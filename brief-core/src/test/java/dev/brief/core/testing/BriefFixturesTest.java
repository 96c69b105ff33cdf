package dev.brief.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefFixturesTest {
    @Test
    void kitchenSinkHasUniqueIdsAndEveryInlineKind() {
        Brief brief = BriefFixtures.kitchenSink();
        assertThat(ModelWalker.ids(brief)).doesNotHaveDuplicates();
        Set<Class<?>> kinds = new HashSet<>();
        new ModelWalker(inline -> kinds.add(inline.getClass())).walk(brief);
        assertThat(kinds)
                .contains(
                        Inline.Text.class,
                        Inline.Emphasis.class,
                        Inline.Strong.class,
                        Inline.Link.class,
                        Inline.NoteRef.class,
                        Inline.Code.class,
                        Inline.LineBreak.class,
                        Inline.LanguageSpan.class);
        assertThat(brief.note("note-a").orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void imagesAreWritten(@TempDir Path folder) {
        BriefFixtures.writeImages(folder);
        assertThat(folder.resolve("figure.png")).isNotEmptyFile();
        assertThat(folder.resolve("rule.png")).isNotEmptyFile();
        assertThat(folder.resolve("logo.png")).isNotEmptyFile();
    }
}
