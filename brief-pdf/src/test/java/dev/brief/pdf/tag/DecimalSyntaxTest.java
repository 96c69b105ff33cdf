package dev.brief.pdf.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.util.NumberFormatUtil;
import org.junit.jupiter.api.Test;

/** Numbers in content streams, byte for byte as PDFBox's formatter writes them with five fraction digits. */
class DecimalSyntaxTest {

    @Test
    void specialValuesAreWrittenAsPdfBoxWritesThem() {
        float[] values = {0f, -0f, 1f, -1f, 0.5f, -0.5f, 1e-6f, -1e-6f, 4e-6f, 5e-6f, 6e-6f, -6e-6f, 0.000005f,
            0.99999f, 0.999995f, 0.9999951f, -0.999995f, 9.999995f, 99999.99f, 123456.7f, 797.89001f,
            254.94244f, 595.276f, 841.89f, 1f / 3, -2f / 3, Float.MIN_VALUE, -Float.MIN_VALUE, 2.147483E9f,
            -2.147483E9f, 2.1474836E9f, -2.1474836E9f, 1e10f, Float.MAX_VALUE, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (float value : values) {
            assertSameOrRefused(value);
        }
    }

    @Test
    void everyHundredThousandthBetweenMinusAndPlusTwoThousandIsWrittenAsPdfBoxWritesIt() {
        for (int i = -200_000_000; i <= 200_000_000; i += 37) {
            assertSameOrRefused(i / 100_000f);
        }
    }

    @Test
    void randomFloatsAreWrittenAsPdfBoxWritesThem() {
        Random random = new Random(2026);
        for (int i = 0; i < 3_000_000; i++) {
            assertSameOrRefused(Float.intBitsToFloat(random.nextInt()));
            assertSameOrRefused((random.nextFloat() - 0.5f) * 2000);
        }
    }

    private static void assertSameOrRefused(float value) {
        byte[] ours = new byte[40];
        int end = DecimalSyntax.write(value, ours, 3);
        if (end < 0) {
            assertThat(Math.abs(value) >= 2.147483E9f || Float.isNaN(value)).as("refused %s", value).isTrue();
            return;
        }
        byte[] theirs = new byte[40];
        int length = NumberFormatUtil.formatFloatFast(value, 5, theirs);
        assertThat(length).as("%s", value).isPositive();
        if (!Arrays.equals(ours, 3, end, theirs, 0, length)) {
            throw new AssertionError(value + ": " + new String(ours, 3, end - 3) + " instead of "
                    + new String(theirs, 0, length));
        }
    }
}
