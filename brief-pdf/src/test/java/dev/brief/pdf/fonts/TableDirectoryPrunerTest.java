package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class TableDirectoryPrunerTest {
    private static final String SAMPLE = "Civic data trusts, 2026: “accountable” — naïve façade ﬁ";

    @Test
    void dropsOnlyTheUnusedTablesAndKeepsTheOthersByteForByte() throws IOException {
        for (Face face : Face.values()) {
            byte[] original = FontFiles.bundled().read(face);
            byte[] copy = original.clone();
            byte[] pruned = TableDirectoryPruner.prune(original);
            assertThat(original).as("input untouched").isEqualTo(copy);

            try (TrueTypeFont before = parse(original);
                    TrueTypeFont after = parse(pruned)) {
                assertThat(before.getTableMap()).as(face.name()).containsKey("GSUB");
                Map<String, byte[]> expected = new TreeMap<>();
                for (TTFTable table : before.getTables()) {
                    if (!TableDirectoryPruner.UNUSED.contains(table.getTag())) {
                        expected.put(table.getTag(), before.getTableBytes(table));
                    }
                }
                Map<String, byte[]> actual = new TreeMap<>();
                for (TTFTable table : after.getTables()) {
                    actual.put(table.getTag(), after.getTableBytes(table));
                }
                assertThat(actual).as(face.name()).containsOnlyKeys(expected.keySet());
                expected.forEach(
                        (tag, bytes) -> assertThat(actual.get(tag)).as(tag).isEqualTo(bytes));
                assertThat(after.getGsub()).isNull();

                CmapLookup cmapBefore = before.getUnicodeCmapLookup();
                CmapLookup cmapAfter = after.getUnicodeCmapLookup();
                SAMPLE.codePoints()
                        .forEach(c -> assertThat(cmapAfter.getGlyphId(c)).isEqualTo(cmapBefore.getGlyphId(c)));
            }
        }
    }

    @Test
    void writesADirectoryWhoseSearchFieldsMatchTheTableCount() {
        byte[] pruned = TableDirectoryPruner.prune(FontFiles.bundled().read(Face.SANS_BOLD));
        int tables = u16(pruned, 4);
        int searchRange = u16(pruned, 6);
        assertThat(Integer.bitCount(searchRange / 16)).isOne();
        assertThat(searchRange / 16).isLessThanOrEqualTo(tables).isGreaterThan(tables / 2);
        assertThat(u16(pruned, 8)).isEqualTo(Integer.numberOfTrailingZeros(searchRange / 16));
        assertThat(u16(pruned, 10)).isEqualTo(tables * 16 - searchRange);
    }

    @Test
    void leavesWhatIsNotATrueTypeFileAlone() {
        byte[] notAFont = "ttcf and then some bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(TableDirectoryPruner.prune(notAFont)).isSameAs(notAFont);
        byte[] tiny = {0, 1, 0};
        assertThat(TableDirectoryPruner.prune(tiny)).isSameAs(tiny);
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
    }
}
