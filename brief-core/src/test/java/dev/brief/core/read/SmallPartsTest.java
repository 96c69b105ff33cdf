package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.read.yaml.KeySuggester;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    @Test
    void isbnCheckDigits() {
        assertThat(IsbnChecker.problem("978-1-7391-2047-4")).isEmpty();
        assertThat(IsbnChecker.problem("9780306406157")).isEmpty();
        assertThat(IsbnChecker.problem("978-0-306-40615-8").orElseThrow()).contains("should be 7");
        assertThat(IsbnChecker.problem("0-306-40615-2").orElseThrow()).contains("ISBN-10");
        assertThat(IsbnChecker.problem("123-4567890123").orElseThrow()).contains("978 or 979");
        assertThat(IsbnChecker.problem("978-1-7391").orElseThrow()).contains("13 digits");
    }

    @Test
    void nearestKey() {
        Set<String> keys = Set.of("title", "subtitle", "short-title", "language");
        assertThat(KeySuggester.nearest("titel", keys)).contains("title");
        assertThat(KeySuggester.nearest("short_title", keys)).contains("short-title");
        assertThat(KeySuggester.nearest("Language", keys)).contains("language");
        assertThat(KeySuggester.nearest("publisher", keys)).isEmpty();
    }

    @Test
    void slugs() {
        assertThat(IdAllocator.slug("What a civic data trust is")).isEqualTo("what-a-civic-data-trust-is");
        assertThat(IdAllocator.slug("Inès Ødegård’s “view”")).isEqualTo("ines-degard-s-view");
        assertThat(IdAllocator.slug("2025: a year")).isEqualTo("2025-a-year");
        assertThat(IdAllocator.slug("—")).isEqualTo("section");
    }

    @Test
    void idsCountPerKind() {
        IdAllocator ids = new IdAllocator();
        assertThat(ids.next("p")).isEqualTo("p-1");
        assertThat(ids.next("list")).isEqualTo("list-1");
        assertThat(ids.next("p")).isEqualTo("p-2");
        assertThat(ids.section("A")).isEqualTo("sec-a");
        assertThat(ids.section("a")).isEqualTo("sec-a-2");
    }
}
