package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.house.BundledFonts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning folders of fonts made from the bundled fonts: what is found, in which order, and what is read. */
class FontScannerTest {
    @TempDir
    Path folder;

    @Test
    void findsEveryFontBelowTheFolderInSortedPathOrderWithItsNamesAndStyle() throws IOException {
        FontFixtures.copy(BundledFonts.SERIF_BOLD, folder.resolve("b"));
        FontFixtures.copy(BundledFonts.SERIF_REGULAR, folder.resolve("a"));
        FontFixtures.copy(BundledFonts.SANS_ITALIC, folder.resolve("a/deeper"));

        List<InstalledFont> fonts = SystemFonts.scan(List.of(folder)).fonts();

        assertThat(fonts)
                .extracting(InstalledFont::path)
                .containsExactly(
                        folder.resolve("a/SourceSerif4-Regular.ttf"),
                        folder.resolve("a/deeper/SourceSans3-It.ttf"),
                        folder.resolve("b/SourceSerif4-Bold.ttf"));
        InstalledFont regular = fonts.get(0);
        assertThat(regular.family()).isEqualTo("Source Serif 4");
        assertThat(regular.postScriptName()).isEqualTo("SourceSerif4-Regular");
        assertThat(regular.weight()).isEqualTo(400);
        assertThat(regular.italic()).isFalse();
        assertThat(regular.design()).isEqualTo(InstalledFont.Design.SERIF);
        assertThat(regular.outlines()).isEqualTo(InstalledFont.Outlines.TRUETYPE);
        assertThat(regular.collectionIndex()).isEqualTo(-1);
        assertThat(fonts.get(1).family()).isEqualTo("Source Sans 3");
        assertThat(fonts.get(1).italic()).isTrue();
        assertThat(fonts.get(1).design()).isEqualTo(InstalledFont.Design.SANS);
        assertThat(fonts.get(2).weight()).isEqualTo(700);
        assertThat(fonts.get(2).bold()).isTrue();
    }

    @Test
    void coverageIsTheCharacterMap() throws IOException {
        FontFixtures.copy(BundledFonts.SERIF_REGULAR, folder);

        InstalledFont font = SystemFonts.scan(List.of(folder)).fonts().get(0);

        assertThat(font.covers('A')).isTrue();
        assertThat(font.covers('é')).isTrue();
        assertThat(font.covers(0x0645)).as("ARABIC LETTER MEEM").isFalse();
        assertThat(font.covers(0x4E2D)).isFalse();
        assertThat(font.coverage().size()).isBetween(500, 5000);
    }

    @Test
    void scanningTwiceGivesTheSameListAndFoldersKeepTheirOrder() throws IOException {
        Path first = folder.resolve("z-user");
        Path second = folder.resolve("a-system");
        FontFixtures.copy(BundledFonts.SANS_REGULAR, first);
        FontFixtures.copy(BundledFonts.SERIF_REGULAR, second);

        List<InstalledFont> once = SystemFonts.scan(List.of(first, second)).fonts();
        List<InstalledFont> again = SystemFonts.scan(List.of(first, second)).fonts();

        assertThat(once).isEqualTo(again);
        assertThat(once).extracting(InstalledFont::family).containsExactly("Source Sans 3", "Source Serif 4");
    }

    @Test
    void linksAreFollowedButNoFileIsReadTwiceAndALoopEnds() throws IOException {
        Path font = FontFixtures.copy(BundledFonts.SERIF_REGULAR, folder.resolve("real"));
        Files.createSymbolicLink(folder.resolve("zz-alias.ttf"), font);
        Files.createSymbolicLink(folder.resolve("real/loop"), folder);
        Path elsewhere = Files.createDirectories(folder.getParent().resolve(folder.getFileName() + "-linked"));
        try {
            FontFixtures.copy(BundledFonts.SANS_REGULAR, elsewhere);
            Files.createSymbolicLink(folder.resolve("linked"), elsewhere);

            List<InstalledFont> fonts = SystemFonts.scan(List.of(folder)).fonts();

            assertThat(fonts)
                    .extracting(InstalledFont::postScriptName)
                    .containsExactly("SourceSans3-Regular", "SourceSerif4-Regular");
        } finally {
            Files.delete(elsewhere.resolve(BundledFonts.SANS_REGULAR));
            Files.delete(elsewhere);
        }
    }

    @Test
    void filesThatAreNoFontsAndMissingFoldersAreSkipped() throws IOException {
        Files.writeString(folder.resolve("notes.ttf"), "not a font at all, only a name that looks like one");
        Files.write(folder.resolve("truncated.ttf"), new byte[] {0, 1, 0, 0, 0, 9});
        FontFixtures.copy(BundledFonts.SANS_BOLD, folder);

        List<InstalledFont> fonts =
                SystemFonts.scan(List.of(folder.resolve("missing"), folder)).fonts();

        assertThat(fonts).extracting(InstalledFont::postScriptName).containsExactly("SourceSans3-Bold");
    }

    @Test
    void eachMemberOfACollectionIsAFontOfItsOwn() throws IOException {
        Files.write(
                folder.resolve("pair.ttc"),
                FontFixtures.collection(
                        BundledFonts.read(BundledFonts.SERIF_REGULAR), BundledFonts.read(BundledFonts.SANS_BOLD)));

        List<InstalledFont> fonts = SystemFonts.scan(List.of(folder)).fonts();

        assertThat(fonts)
                .extracting(InstalledFont::postScriptName)
                .containsExactly("SourceSerif4-Regular", "SourceSans3-Bold");
        assertThat(fonts).extracting(InstalledFont::collectionIndex).containsExactly(0, 1);
        assertThat(fonts.get(1).describe()).isEqualTo("Source Sans 3 (pair.ttc #1)");
    }

    @Test
    void cffOutlinesAreFoundAndNeverOfferedForEmbedding() throws IOException {
        Files.write(
                folder.resolve("SourceSerif4-Regular.otf"),
                FontFixtures.headedAsCff(BundledFonts.read(BundledFonts.SERIF_REGULAR)));
        FontFixtures.copy(BundledFonts.SANS_REGULAR, folder);

        SystemFonts fonts = SystemFonts.scan(List.of(folder));

        assertThat(fonts.fonts())
                .extracting(InstalledFont::fileName)
                .containsExactly("SourceSans3-Regular.ttf", "SourceSerif4-Regular.otf");
        InstalledFont cff = fonts.fonts().get(1);
        assertThat(cff.family()).isEqualTo("Source Serif 4");
        assertThat(cff.outlines()).isEqualTo(InstalledFont.Outlines.CFF);
        assertThat(cff.embeddable()).isFalse();
        assertThat(fonts.fonts().get(0).outlines()).isEqualTo(InstalledFont.Outlines.TRUETYPE);
        assertThat(fonts.chain('A', "en", true, false, false))
                .extracting(InstalledFont::family)
                .containsExactly("Source Sans 3");
        assertThat(cff.coverage()).as("never read for the chain").hasToString("characters not read yet");
        assertThat(cff.covers('A')).isTrue();
        assertThat(cff.covers(0x0645)).isFalse();
        assertThat(fonts.covering('A'))
                .extracting(InstalledFont::fileName)
                .containsExactly("SourceSans3-Regular.ttf", "SourceSerif4-Regular.otf");
        assertThatThrownBy(cff::readTrueType)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CFF outlines");
    }

    @Test
    void theLinuxFontFoldersIncludeTheUsersAndTheDataDirectories() {
        List<Path> folders = FontFolders.of(
                "Linux", java.util.Map.of("XDG_DATA_DIRS", "/opt/share:/usr/share"), Path.of("/home/reader"));

        assertThat(folders)
                .containsExactly(
                        Path.of("/home/reader/.local/share/fonts"),
                        Path.of("/home/reader/.fonts"),
                        Path.of("/opt/share/fonts"),
                        Path.of("/usr/share/fonts"),
                        Path.of("/usr/local/share/fonts"));
    }

    @Test
    void theMacAndWindowsFontFolders() {
        assertThat(FontFolders.of("Mac OS X", java.util.Map.of(), Path.of("/Users/reader")))
                .containsExactly(
                        Path.of("/Users/reader/Library/Fonts"),
                        Path.of("/Library/Fonts"),
                        Path.of("/System/Library/Fonts"));
        assertThat(FontFolders.of(
                        "Windows 11",
                        java.util.Map.of("WINDIR", "D:\\Win", "LOCALAPPDATA", "E:\\Local"),
                        Path.of("C:\\Users\\reader")))
                .containsExactly(Path.of("E:\\Local", "Microsoft", "Windows", "Fonts"), Path.of("D:\\Win", "Fonts"));
    }
}
