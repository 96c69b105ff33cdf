package dev.brief.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkTextsTest {
    @Test
    void acceptsTextThatNamesTheTarget() {
        assertThat(LinkTexts.problem("the 2025 audit report")).isNull();
        assertThat(LinkTexts.problem("https://example.org/briefs/7")).isNull();
    }

    @Test
    void rejectsEmptyAndVagueText() {
        assertThat(LinkTexts.problem("  ")).contains("no text");
        assertThat(LinkTexts.problem("Click here.")).contains("Click here.");
        assertThat(LinkTexts.problem("read more\u2026")).contains("does not say where");
    }
}
