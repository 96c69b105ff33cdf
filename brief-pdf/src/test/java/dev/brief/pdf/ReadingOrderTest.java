package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text in structure order is the source text in source order: every source block is one structure
 * block with exactly its text (so no added hyphen, no page break and no side box inside it), in order.
 */
class ReadingOrderTest {

    @Test
    void sampleReadsInSourceOrder() throws IOException {
        assertReadsInOrder(TestPdfs.sample());
    }

    @Test
    void kitchenSinkReadsInSourceOrder() throws IOException {
        assertReadsInOrder(TestPdfs.kitchenSink());
    }

    @Test
    void noLineEndHyphenSurvivesInTheText() throws IOException {
        List<String> reading = PdfInspection.of(TestPdfs.sample().bytes()).readingText();
        String all = TestPdfs.sample().brief().toString();
        for (String block : reading) {
            for (String word : block.split(" ")) {
                if (word.matches("\\p{L}+-\\p{L}+")) {
                    assertThat(all).as("hyphenated word %s comes from the source", word).contains(word);
                }
            }
        }
    }

    private static void assertReadsInOrder(TestPdfs.Written written) throws IOException {
        List<String> reading = new ArrayList<>();
        for (String block : PdfInspection.of(written.bytes()).readingText()) {
            reading.add(SourceText.normalise(block));
        }
        int position = -1;
        for (String expected : SourceText.blocks(written.brief())) {
            int found = -1;
            for (int i = position + 1; i < reading.size(); i++) {
                if (reading.get(i).equals(expected)) {
                    found = i;
                    break;
                }
            }
            assertThat(found)
                    .as("block \"%s\" after structure block %d; structure text:%n%s", expected, position,
                            String.join("\n", reading.subList(Math.max(0, position), Math.min(reading.size(),
                                    position + 6))))
                    .isGreaterThan(position);
            position = found;
        }
    }
}
