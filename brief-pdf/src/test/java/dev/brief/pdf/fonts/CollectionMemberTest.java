package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.brief.core.house.BundledFonts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member copied out of a font collection is the same font as FontBox reads inside the collection. */
class CollectionMemberTest {
    private static final Path WQY_ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    /** OpenType, "head": a font's checksum with the adjustment included is this constant. */
    private static final long WHOLE_FONT_CHECKSUM = 0xB1B0AFBAL;

    @TempDir
    Path folder;

    @Test
    void aMemberOfAFixtureCollectionParsesAsTheFontItWasMadeOf() throws IOException {
        Path collection = Files.write(
                folder.resolve("pair.ttc"),
                FontFixtures.collection(
                        BundledFonts.read(BundledFonts.SERIF_REGULAR), BundledFonts.read(BundledFonts.SANS_BOLD)));

        byte[] extracted = CollectionMember.extract(collection, 1);

        assertThat(SfntWriter.checksum(extracted, 0, extracted.length)).isEqualTo(WHOLE_FONT_CHECKSUM);
        try (TrueTypeFont copy = parse(extracted);
                TrueTypeFont original = parse(BundledFonts.read(BundledFonts.SANS_BOLD))) {
            assertSameFont(copy, original, 0x0020, 0x2FFF);
        }
    }

    @Test
    void readTrueTypeGivesTheFileOrTheMember() throws IOException {
        Path collection = Files.write(
                folder.resolve("pair.ttc"),
                FontFixtures.collection(
                        BundledFonts.read(BundledFonts.SERIF_REGULAR), BundledFonts.read(BundledFonts.SANS_BOLD)));
        Path single = FontFixtures.copy(BundledFonts.SERIF_BOLD, folder);

        List<InstalledFont> fonts = SystemFonts.scan(List.of(folder)).fonts();

        assertThat(fonts)
                .extracting(InstalledFont::fileName)
                .containsExactly("SourceSerif4-Bold.ttf", "pair.ttc", "pair.ttc");
        assertThat(fonts.get(0).readTrueType()).isEqualTo(Files.readAllBytes(single));
        try (TrueTypeFont member = parse(fonts.get(1).readTrueType())) {
            assertThat(member.getName()).isEqualTo("SourceSerif4-Regular");
        }
    }

    @Test
    void everyMemberOfWenQuanYiZenHeiMatchesFontBoxsReadingOfTheCollection() throws IOException {
        assumeTrue(Files.isRegularFile(WQY_ZENHEI), "fonts-wqy-zenhei is not installed");
        List<TrueTypeFont> members = new ArrayList<>();
        try (TrueTypeCollection collection = new TrueTypeCollection(WQY_ZENHEI.toFile())) {
            collection.processAllFonts(members::add);
            for (int index = 0; index < members.size(); index++) {
                byte[] extracted = CollectionMember.extract(WQY_ZENHEI, index);
                assertThat(SfntWriter.checksum(extracted, 0, extracted.length)).isEqualTo(WHOLE_FONT_CHECKSUM);
                try (TrueTypeFont copy = parse(extracted)) {
                    assertSameFont(copy, members.get(index), 0x0020, 0xFFFF);
                    assertThat(copy.getGlyph()
                                    .getGlyph(copy.nameToGID("uni4E2D"))
                                    .getDescription()
                                    .getPointCount())
                            .isEqualTo(members.get(index)
                                    .getGlyph()
                                    .getGlyph(members.get(index).nameToGID("uni4E2D"))
                                    .getDescription()
                                    .getPointCount());
                }
            }
        }
        assertThat(members).hasSizeGreaterThan(1);
    }

    private static void assertSameFont(TrueTypeFont copy, TrueTypeFont original, int from, int to) throws IOException {
        assertThat(copy.getName()).isEqualTo(original.getName());
        assertThat(copy.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
        CmapLookup copied = copy.getUnicodeCmapLookup(false);
        CmapLookup originals = original.getUnicodeCmapLookup(false);
        int mapped = 0;
        for (int codePoint = from; codePoint <= to; codePoint++) {
            assertThat(copied.getGlyphId(codePoint))
                    .as("glyph of U+%04X", codePoint)
                    .isEqualTo(originals.getGlyphId(codePoint));
            mapped += originals.getGlyphId(codePoint) > 0 ? 1 : 0;
        }
        assertThat(mapped).isGreaterThan(100);
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
