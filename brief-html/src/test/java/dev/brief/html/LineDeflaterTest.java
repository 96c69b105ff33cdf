package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every stream is inflated again by zlib ({@link Inflater} also checks the Adler-32 trailer). */
class LineDeflaterTest {
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 100, 259, 260, 261, 262, 263, 517, 4801, 32_768, 32_769, 40_000})
    void linesAndRepeatsInflateToWhatWasAdded(int lineBytes) throws Exception {
        Random random = new Random(lineBytes);
        LineDeflater deflater = new LineDeflater(lineBytes, 16);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] line = new byte[lineBytes];
        for (int round = 0; round < 6; round++) {
            fill(line, random, round);
            deflater.line(line);
            expected.write(line);
            int repeats = round % 3;
            if (repeats > 0) {
                deflater.sameAsAbove(repeats);
                byte[] up = new byte[lineBytes];
                up[0] = PngEncoder.FILTER_UP;
                for (int i = 0; i < repeats; i++) {
                    expected.write(up);
                }
            }
        }

        assertThat(ZlibStreams.inflate(deflater.finish())).isEqualTo(expected.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 40})
    void aStreamOfRepeatsAloneInflates(int count) throws Exception {
        LineDeflater deflater = new LineDeflater(4801, 16);
        deflater.sameAsAbove(count);

        byte[] rows = ZlibStreams.inflate(deflater.finish());

        assertThat(rows).hasSize(4801 * count);
        for (int i = 0; i < rows.length; i++) {
            assertThat(rows[i]).as("byte %d", i).isEqualTo(i % 4801 == 0 ? PngEncoder.FILTER_UP : (byte) 0);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4801, 1001, 7})
    void runsOfRepeatsLongerThanABlockInflate(int lineBytes) throws Exception {
        // A run is stored as one token but counts as the tokens it stands for, so blocks end inside runs.
        Random random = new Random(lineBytes);
        LineDeflater deflater = new LineDeflater(lineBytes, 16);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] line = new byte[lineBytes];
        byte[] up = new byte[lineBytes];
        up[0] = PngEncoder.FILTER_UP;
        for (int run : new int[] {3000, 1, 7000, 2}) {
            fill(line, random, run);
            deflater.line(line);
            expected.write(line);
            deflater.sameAsAbove(run);
            for (int i = 0; i < run; i++) {
                expected.write(up);
            }
        }

        assertThat(ZlibStreams.inflate(deflater.finish())).isEqualTo(expected.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void manyBlocksOfMixedLinesInflate(int seed) throws Exception {
        // Enough literals to close several blocks, each with codes of its own.
        Random random = new Random(seed);
        LineDeflater deflater = new LineDeflater(3001, 16);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] line = new byte[3001];
        for (int round = 0; round < 80; round++) {
            fill(line, random, round);
            deflater.line(line);
            expected.write(line);
        }

        assertThat(ZlibStreams.inflate(deflater.finish())).isEqualTo(expected.toByteArray());
    }

    @org.junit.jupiter.api.Test
    void anEmptyStreamIsAValidZlibStream() throws Exception {
        assertThat(ZlibStreams.inflate(new LineDeflater(10, 16).finish())).isEmpty();
    }

    /** Lines of noise, of runs, of runs with noise, and the line before slightly changed. */
    private static void fill(byte[] line, Random random, int round) {
        switch (round % 4) {
            case 0 -> random.nextBytes(line);
            case 1 -> {
                for (int i = 0; i < line.length; ) {
                    int run = 1 + random.nextInt(600);
                    byte value = (byte) random.nextInt(3);
                    for (int j = 0; j < run && i < line.length; j++) {
                        line[i++] = value;
                    }
                }
            }
            case 2 -> {
                for (int i = 0; i < line.length; i++) {
                    line[i] = random.nextInt(10) == 0 ? (byte) random.nextInt() : 0;
                }
            }
            default -> {
                for (int i = 0; i < line.length; i += 1 + random.nextInt(300)) {
                    line[i]++;
                }
            }
        }
        line[0] = (byte) (round % 5);
    }
}
