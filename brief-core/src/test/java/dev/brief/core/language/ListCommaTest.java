package dev.brief.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListCommaTest {
    @Test
    void eachScriptHasItsOwnComma() {
        assertThat(ListComma.forLanguage("ar")).isEqualTo("، ");
        assertThat(ListComma.forLanguage("fa-IR")).isEqualTo("، ");
        assertThat(ListComma.forLanguage("zh-Hans")).isEqualTo("，");
        assertThat(ListComma.forLanguage("ja")).isEqualTo("、");
        assertThat(ListComma.forLanguage("he")).isEqualTo(", ");
        assertThat(ListComma.forLanguage("ko")).isEqualTo(", ");
        assertThat(ListComma.forLanguage("en-GB")).isEqualTo(", ");
    }
}
