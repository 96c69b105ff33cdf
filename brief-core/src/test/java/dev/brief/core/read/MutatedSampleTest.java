package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.SampleBriefs;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Damaged sources never crash the reader: deleting any one line, or cutting the file after every tenth line, gives
 * either a brief or at least one error, never an exception and never both.
 */
class MutatedSampleTest {
    @Test
    void everyDamagedVariantIsReadOrReported() throws Exception {
        List<String> lines =
                Arrays.asList(Files.readString(SampleBriefs.samplePath()).split("\n", -1));
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> without = new ArrayList<>(lines);
            without.remove(i);
            variants.add(String.join("\n", without));
            if (i % 10 == 0) {
                variants.add(String.join("\n", lines.subList(0, i)));
            }
        }
        int reported = 0;
        for (String variant : variants) {
            ReadResult result = BriefReader.read(variant, SampleBriefs.samplePath(), SampleBriefs.house());
            assertThat(result.brief().isPresent()).isNotEqualTo(!result.errors().isEmpty());
            reported += result.errors().isEmpty() ? 0 : 1;
        }
        assertThat(reported).isGreaterThan(30);
    }
}
