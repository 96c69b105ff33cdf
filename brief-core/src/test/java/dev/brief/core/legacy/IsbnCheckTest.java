package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsbnCheckTest {
    @Test
    void anIsbn10GetsThe978PrefixAndANewCheckDigitInItsOwnGrouping() {
        assertThat(IsbnCheck.isbn13Of("0-306-40615-2")).contains("978-0-306-40615-7");
        assertThat(IsbnCheck.isbn13Of("0 306 40615 2")).contains("978 0 306 40615 7");
        assertThat(IsbnCheck.isbn13Of("080442957X")).contains("9780804429573");
    }

    @Test
    void onlyAValidIsbn10IsConverted() {
        assertThat(IsbnCheck.isbn13Of("0-306-40615-3")).as("wrong check digit").isEmpty();
        assertThat(IsbnCheck.isbn13Of("978-0-306-40615-7"))
                .as("already 13 digits")
                .isEmpty();
        assertThat(IsbnCheck.valid("9780804429573")).isTrue();
    }
}
