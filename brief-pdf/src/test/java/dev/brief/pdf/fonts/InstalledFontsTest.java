package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index and the chain on the free CJK fonts of a Debian machine, where they are installed (each test
 * is skipped elsewhere): the fixtures cannot hold fonts this large.
 */
class InstalledFontsTest {
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy");
    private static final Path IPA_GOTHIC = Path.of("/usr/share/fonts/opentype/ipafont-gothic");
    private static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto");

    @TempDir
    Path folder;

    @Test
    void hanCharactersFindWenQuanYiForChineseAndIpaGothicForJapanese() {
        assumeTrue(Files.isDirectory(WQY) && Files.isDirectory(IPA_GOTHIC), "fonts-wqy-zenhei or IPA fonts missing");
        SystemFonts fonts = SystemFonts.scan(List.of(WQY, IPA_GOTHIC));

        assertThat(fonts.fonts())
                .extracting(InstalledFont::family)
                .contains("WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono", "IPAGothic", "IPAPGothic");
        InstalledFont chinese = fonts.chain(0x4E2D, "zh", true, false, false).get(0);
        assertThat(chinese.family()).isEqualTo("WenQuanYi Zen Hei");
        assertThat(chinese.collectionIndex()).isEqualTo(0);
        assertThat(chinese.design()).isEqualTo(InstalledFont.Design.SANS);
        assertThat(fonts.chain(0x4E2D, "ja", false, true, false).get(0).family())
                .isEqualTo("IPAGothic");
        assertThat(fonts.chain(0xAC00, "ko", true, false, false))
                .extracting(InstalledFont::family)
                .containsExactly("WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono", "WenQuanYi Zen Hei Sharp");
    }

    @Test
    void notoCjkCollectionsAreFoundAsCffAndLeftOutOfTheChain() {
        assumeTrue(Files.isRegularFile(NOTO_CJK.resolve("NotoSansCJK-Regular.ttc")), "fonts-noto-cjk missing");
        SystemFonts fonts = SystemFonts.scan(List.of(NOTO_CJK));

        assertThat(fonts.fonts()).isNotEmpty().allMatch(font -> font.outlines() == InstalledFont.Outlines.CFF);
        assertThat(fonts.fonts()).extracting(InstalledFont::family).contains("Noto Sans CJK JP", "Noto Serif CJK SC");
        assertThat(fonts.covering(0x4E2D)).hasSameSizeAs(fonts.fonts());
        assertThat(fonts.chain(0x4E2D, "ja", false, false, false)).isEmpty();
    }

    /**
     * Why CFF fonts are left out: PDFBox 3 subsets TrueType outlines only (embedding the whole font works,
     * but puts 14 MB into every PDF). The day this fails, PDFBox can subset CFF outlines and the Noto CJK
     * fonts could join the chain.
     */
    @Test
    void pdfBoxCannotSubsetCffOutlines() throws IOException {
        assumeTrue(Files.isRegularFile(NOTO_CJK.resolve("NotoSansCJK-Regular.ttc")), "fonts-noto-cjk missing");
        Path member = Files.write(
                folder.resolve("NotoSansCJKjp-Regular.otf"),
                CollectionMember.extract(NOTO_CJK.resolve("NotoSansCJK-Regular.ttc"), 0));
        try (PDDocument document = new PDDocument();
                OpenTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(member.toFile()))) {
            assertThat(font.isPostScript()).isTrue();
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font subset = PDType0Font.load(document, font, true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(subset, 12);
                content.showText("\u4e2d\u6587");
                content.endText();
            }
            assertThatThrownBy(() -> document.save(OutputStream.nullOutputStream()))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("glyf");
        }
    }
}
