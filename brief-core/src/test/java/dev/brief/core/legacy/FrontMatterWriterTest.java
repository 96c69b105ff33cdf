package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Whatever the extraction left in a value, the front matter reads back as exactly that string. */
class FrontMatterWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Plain title",
                "Title: with a colon # and a hash",
                "\"Quoted\" and 'single' and \\ backslash",
                "- starts like a list item",
                "@starts with a reserved indicator",
                "* & ! % | > { } [ ] ,",
                "yes",
                "null",
                "0012",
                "2026-01-01",
                "line one\nline two\ttabbed",
                "bell \u0007 and line separator \u2028 and next line \u0085",
                "Zoë, Łódź, 北京, emoji \ud83c\udf0a",
                "   leading and trailing spaces   ",
                "---",
                "..."
            })
    void everyValueReadsBackUnchanged(String value) {
        Masthead masthead = new Masthead(
                value,
                Optional.of(value),
                Optional.of(value),
                Optional.of(value),
                List.of(new LegacyAuthor(value, Optional.of(value), Optional.of(value))),
                List.of());
        Colophon colophon = new Colophon(
                Optional.of(value),
                List.of(value, value),
                Optional.of(value),
                Optional.of(value),
                Optional.of(value),
                Optional.of(value),
                Optional.of(value),
                Map.of("pdf", value));

        String yaml = FrontMatterWriter.write(masthead, colophon, "en");

        assertThat(yaml).startsWith("---\n").endsWith("---\n");
        Map<?, ?> front = (Map<?, ?>)
                new Load(LoadSettings.builder().build()).loadFromString(yaml.substring(4, yaml.length() - 4));
        assertThat(front.get("title")).isEqualTo(value);
        assertThat(front.get("subtitle")).isEqualTo(value);
        assertThat(front.get("series")).isEqualTo(value);
        assertThat(front.get("number")).isEqualTo(value);
        assertThat(front.get("language")).isEqualTo("en");
        assertThat(front.get("rights")).isEqualTo(value);
        Map<?, ?> author = (Map<?, ?>) ((List<?>) front.get("authors")).get(0);
        assertThat(author.get("name")).isEqualTo(value);
        assertThat(author.get("email")).isEqualTo(value);
        assertThat(author.get("affiliation")).isEqualTo(value);
        Map<?, ?> isbn = (Map<?, ?>) ((Map<?, ?>) front.get("identifiers")).get("isbn");
        assertThat(isbn.get("pdf")).isEqualTo(value);
        Map<?, ?> publisher = (Map<?, ?>) front.get("publisher");
        assertThat(publisher.get("name")).isEqualTo(value);
        assertThat(publisher.get("address")).isEqualTo(List.of(value, value));
        assertThat(publisher.get("url")).isEqualTo(value);
        assertThat(publisher.get("mission")).isEqualTo(value);
        assertThat(publisher.get("disclaimer")).isEqualTo(value);
        assertThat(publisher.get("media-contact")).isEqualTo(value);
    }
}
