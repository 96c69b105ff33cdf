package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LooksLegacyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# T\n\nA claim.<sup>1</sup>\n",
                "# T\n\nText.\n\n## Notes\n\n1. A note.\n",
                "# T\n\n## ABOUT THIS BRIEF\n\nText.\n",
                "# T\n\nText.\n\neISBN: 978-0-306-40615-7\n",
                "JANE DOE\n\nEmail: jane@example.org\n\n# T\n",
                "# T\n\nIt cost \\$5.\n",
                "# T\n\nA &amp; B.\n"
            })
    void extractionPatternsWithoutFrontMatterAreLegacy(String content) {
        assertThat(LegacyImporter.looksLegacy(content)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "---\ntitle: T\nlanguage: en\n---\n\nA claim.<sup>1</sup>\n",
                "\ufeff---\ntitle: T\n---\n\n## Notes\n",
                "# T\n\nPlain Markdown with nothing an extraction leaves.\n",
                ""
            })
    void frontMatterOrPlainMarkdownIsNotLegacy(String content) {
        assertThat(LegacyImporter.looksLegacy(content)).isFalse();
    }
}
