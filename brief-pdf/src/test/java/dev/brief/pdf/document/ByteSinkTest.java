package dev.brief.pdf.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers and line ends as PDFBox's writer puts them into a file. */
class ByteSinkTest {

    @Test
    void numbersAreWrittenAsStringValueOfWritesThem() {
        long[] values = {0, 1, 9, 10, 99, 100, 65535, Integer.MAX_VALUE, Long.MAX_VALUE, -1, -10, Long.MIN_VALUE};
        for (long value : values) {
            assertDecimal(value);
        }
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            assertDecimal(random.nextLong() >> random.nextInt(64));
        }
    }

    @Test
    void anEndOfLineIsWrittenOnlyWhereNoneWasJustWritten() {
        ByteSink sink = new ByteSink(4);
        sink.endOfLine();
        sink.ascii("obj");
        sink.endOfLine();
        sink.endOfLine();
        sink.crlf();
        sink.endOfLine();
        assertThat(new String(sink.toByteArray(), StandardCharsets.ISO_8859_1)).isEqualTo("\nobj\n\r\n\n");
    }

    private static void assertDecimal(long value) {
        ByteSink sink = new ByteSink(1);
        sink.write('x');
        sink.decimal(value);
        assertThat(new String(sink.toByteArray(), StandardCharsets.ISO_8859_1)).isEqualTo("x" + value);
    }
}
