package dev.brief.pdf.fonts;

import dev.brief.pdf.output.StreamCompressor;
import java.io.IOException;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * One face as one document embeds it: a Type 0 font with Identity-H encoding over a CIDFontType2 (ISO 32000-1
 * 9.7), whose codes are the glyph ids of the shared {@link FontProgram}. It records each glyph it encodes, and
 * {@link #embed} then writes the subset of those glyphs with its widths, a CIDToGIDMap from the original glyph ids
 * to the subset's, a CIDSet (PDF/A-2 6.2.11.4.2) and a ToUnicode map (PDF/UA-1 7.21.7).
 *
 * <p>The dictionaries are built as PDFBox's {@code PDType0Font.load(document, font, true)} and its subsetting at
 * save build them, entries in the same order and streams that decode to the same bytes (only the compression
 * level differs, see {@link StreamCompressor}). What is saved is parsing the face for every document, and the
 * widths of every glyph that PDFBox writes first and a subset then replaces.
 */
public final class SubsetFont {
    private final FontProgram program;
    private final FontMetrics metrics;
    private final String fileName;
    private final COSDictionary dictionary = new COSDictionary();
    /** For each original glyph id, the first character shown with it, or -1 while it is unused. */
    private final int[] firstCharacters;

    SubsetFont(FontProgram program, FontMetrics metrics, String fileName) {
        this.program = program;
        this.metrics = metrics;
        this.fileName = fileName;
        this.firstCharacters = new int[program.glyphCount()];
        Arrays.fill(firstCharacters, -1);
    }

    /** The Type 0 font dictionary for page resources; {@link #embed} fills it in. */
    public COSDictionary dictionary() {
        return dictionary;
    }

    /**
     * How far showing {@code text} at {@code size} advances the text position, in points: the widths the /W
     * array gives its glyphs, which are the widths layout measured with.
     */
    public float width(String text, float size) {
        return metrics.width(text, size);
    }

    /**
     * The codes that show {@code text}: two bytes, the glyph id, per character, as no ligature or other
     * substitution takes place (widths were measured one glyph per character).
     *
     * @throws IllegalArgumentException for a character the face has no glyph for; layout reports those as
     *     diagnostics before anything is drawn, so this is a bug
     */
    public byte[] encode(String text) {
        byte[] codes = new byte[text.length() * 2];
        int length = encode(text, codes, 0);
        return length == codes.length ? codes : Arrays.copyOf(codes, length);
    }

    /**
     * Writes the codes of {@code text} (see {@link #encode(String)}) into {@code codes} from {@code offset},
     * which must leave room for two bytes per char; returns the offset after them. Saves an array per piece of
     * text drawn.
     */
    public int encode(String text, byte[] codes, int offset) {
        int length = offset;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int glyph = program.glyphId(codePoint);
            if (glyph <= 0 || glyph >= firstCharacters.length) {
                throw new IllegalArgumentException(
                        String.format("no glyph for U+%04X in font %s", codePoint, fileName));
            }
            if (firstCharacters[glyph] < 0) {
                firstCharacters[glyph] = codePoint;
            }
            codes[length++] = (byte) (glyph >> 8);
            codes[length++] = (byte) glyph;
            i += Character.charCount(codePoint);
        }
        return length;
    }

    /**
     * The codes that show shaped glyphs: two bytes, the glyph id, per glyph. Each glyph's character goes to the
     * ToUnicode map when the glyph has none yet: the character the font maps to it, else the first of its
     * cluster; a ligature, a contextual form or a mirrored glyph is read whole through the /ActualText around it.
     */
    public byte[] encode(int[] glyphs, int[] characters) {
        byte[] codes = new byte[glyphs.length * 2];
        for (int g = 0; g < glyphs.length; g++) {
            int glyph = glyphs[g];
            if (glyph <= 0 || glyph >= firstCharacters.length) {
                throw new IllegalArgumentException(
                        String.format("no glyph for U+%04X in font %s", characters[g], fileName));
            }
            if (firstCharacters[glyph] < 0) {
                // A glyph that is another character's own (the ")" drawn for a "(" in right-to-left text, a
                // presentation form) maps to that character: the map serves every use of the glyph.
                int own = program.glyphId(characters[g]) == glyph ? -1 : program.firstCharacter(glyph);
                firstCharacters[glyph] = own >= 0 ? own : characters[g];
            }
            codes[2 * g] = (byte) (glyph >> 8);
            codes[2 * g + 1] = (byte) glyph;
        }
        return codes;
    }

    /** The advance of a glyph in thousandths of an em, as the /W array gives it. */
    public float advance(int glyph) {
        return Math.round(program.advance(glyph) * 1000f / program.unitsPerEm());
    }

    /** Writes the subset of the glyphs encoded so far and the dictionaries that describe it. */
    void embed(PDDocument document) throws IOException {
        SortedSet<Integer> used = new TreeSet<>();
        for (int glyph = 0; glyph < firstCharacters.length; glyph++) {
            if (firstCharacters[glyph] >= 0) {
                used.add(glyph);
            }
        }
        Subset subset = program.subset(used);
        String name = subset.tag() + program.descriptor().postScriptName();

        PDFontDescriptor descriptor = program.descriptor().newDescriptor(name);
        PDStream file = stream(document, subset.file());
        file.getCOSObject().setLong(COSName.LENGTH1, subset.file().length);
        descriptor.setFontFile2(file);
        descriptor.setCIDSet(stream(document, cidSet(subset)));

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, widths(subset));
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(document, cidToGidMap(subset)));

        dictionary.setItem(COSName.TYPE, COSName.FONT);
        dictionary.setName(COSName.BASE_FONT, name);
        dictionary.setItem(COSName.SUBTYPE, COSName.TYPE0);
        dictionary.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        dictionary.setItem(COSName.DESCENDANT_FONTS, descendants);
        dictionary.setItem(COSName.TO_UNICODE, stream(document, toUnicode(subset)));
    }

    /**
     * The /W array (ISO 32000-1 9.7.4.3) in thousandths of an em, rounded as {@link FontMetrics} rounds them,
     * runs of consecutive CIDs sharing one entry; widths of 1000, the default, are left out.
     */
    private COSArray widths(Subset subset) {
        float scaling = 1000f / program.unitsPerEm();
        COSArray widths = new COSArray();
        COSArray run = null;
        int previous = Integer.MIN_VALUE;
        for (int cid : subset.originalGlyphs()) {
            long width = Math.round(program.subsetAdvance(cid, subset) * scaling);
            if (width == 1000) {
                continue;
            }
            if (previous != cid - 1) {
                run = new COSArray();
                widths.add(COSInteger.get(cid));
                widths.add(run);
            }
            run.add(COSInteger.get(width));
            previous = cid;
        }
        return widths;
    }

    /** Two bytes per CID from 0 to the largest: the subset's glyph id, 0 for CIDs not in the subset. */
    private static byte[] cidToGidMap(Subset subset) {
        byte[] map = new byte[subset.lastCid() * 2 + 2];
        int[] originals = subset.originalGlyphs();
        for (int glyph = 0; glyph < originals.length; glyph++) {
            map[originals[glyph] * 2] = (byte) (glyph >> 8);
            map[originals[glyph] * 2 + 1] = (byte) glyph;
        }
        return map;
    }

    /** Every CID from 0 to the largest, as PDFBox lists them: those without a glyph map to glyph 0. */
    private static byte[] cidSet(Subset subset) {
        int last = subset.lastCid();
        byte[] set = new byte[last / 8 + 1];
        for (int cid = 0; cid <= last; cid++) {
            set[cid / 8] |= (byte) (1 << 7 - cid % 8);
        }
        return set;
    }

    /**
     * Each glyph's character: the first one shown with it, or for a glyph only reached as a component of
     * another, the lowest character the font maps to it; glyph 0 and unmapped components get none.
     */
    private byte[] toUnicode(Subset subset) {
        ToUnicodeCMap cmap = new ToUnicodeCMap();
        int[] originals = subset.originalGlyphs();
        for (int glyph = 1; glyph < originals.length; glyph++) {
            int cid = originals[glyph];
            int character = firstCharacters[cid] >= 0 ? firstCharacters[cid] : program.firstCharacter(cid);
            if (character >= 0) {
                cmap.add(cid, character);
            }
        }
        return cmap.toBytes();
    }

    private static PDStream stream(PDDocument document, byte[] data) throws IOException {
        PDStream stream = new PDStream(document);
        StreamCompressor.store(stream.getCOSObject(), data, data.length);
        return stream;
    }
}
