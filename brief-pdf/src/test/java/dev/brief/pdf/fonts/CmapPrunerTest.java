package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class CmapPrunerTest {
    @Test
    void keepsOnlyTheSubtablePdfboxReadsAndItMapsEveryCharacterAsBefore() throws IOException {
        for (Face face : Face.values()) {
            byte[] original = FontFiles.bundled().read(face);
            byte[] copy = original.clone();
            byte[] pruned = CmapPruner.prune(original);
            assertThat(original).as("input untouched").isEqualTo(copy);

            try (TrueTypeFont before = parse(original);
                    TrueTypeFont after = parse(pruned)) {
                assertThat(before.getCmap().getCmaps()).as(face.name()).hasSizeGreaterThan(1);
                CmapSubtable[] kept = after.getCmap().getCmaps();
                assertThat(kept).as(face.name()).hasSize(1);
                CmapSubtable chosen = (CmapSubtable) before.getUnicodeCmapLookup(false);
                assertThat(kept[0].getPlatformId()).isEqualTo(chosen.getPlatformId());
                assertThat(kept[0].getPlatformEncodingId()).isEqualTo(chosen.getPlatformEncodingId());

                CmapLookup lookupBefore = before.getUnicodeCmapLookup(false);
                CmapLookup lookupAfter = after.getUnicodeCmapLookup(false);
                for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                    if (lookupAfter.getGlyphId(c) != lookupBefore.getGlyphId(c)) {
                        assertThat(lookupAfter.getGlyphId(c))
                                .as("%s U+%04X", face, c)
                                .isEqualTo(lookupBefore.getGlyphId(c));
                    }
                }
                assertThat(after.getTableBytes(after.getTableMap().get("glyf")))
                        .isEqualTo(before.getTableBytes(before.getTableMap().get("glyf")));
            }
        }
    }

    @Test
    void leavesWhatPdfboxCannotReadAlone() {
        byte[] notAFont = new byte[64];
        assertThat(CmapPruner.prune(notAFont)).isSameAs(notAFont);
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
