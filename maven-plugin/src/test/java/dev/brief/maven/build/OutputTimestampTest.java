package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutputTimestampTest {
    @Test
    void readsMavensTwoForms() {
        assertThat(OutputTimestamp.parse("2026-01-01T00:00:00Z")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(OutputTimestamp.parse("2026-01-01T02:00:00+02:00")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(OutputTimestamp.parse("1767225600")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void fallsBackToAFixedTimeWithoutOne() {
        assertThat(OutputTimestamp.parse(null)).isEqualTo(OutputTimestamp.FALLBACK);
        assertThat(OutputTimestamp.parse("")).isEqualTo(OutputTimestamp.FALLBACK);
        assertThat(OutputTimestamp.parse("a")).isEqualTo(OutputTimestamp.FALLBACK);
    }

    @Test
    void namesAnUnreadableTimestamp() {
        assertThatThrownBy(() -> OutputTimestamp.parse("last tuesday"))
                .hasMessageContaining("last tuesday")
                .hasMessageContaining("ISO-8601");
    }
}
