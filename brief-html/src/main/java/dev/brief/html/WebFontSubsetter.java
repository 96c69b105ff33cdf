package dev.brief.html;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.fonts.WebFont;
import dev.brief.core.house.BundledFonts;
import dev.brief.core.house.FontFamily;
import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PlainText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The web fonts of a brief's HTML and EPUB editions: the faces the PDF is set in (the house's TrueType
 * families, or Source Serif 4 and Source Sans 3 from the jar), each cut down by fontbox's {@link TTFSubsetter}
 * to the characters the brief shows, so the print edition stays one file of reasonable size.
 *
 * <p>The characters are taken generously: every character of the brief's markup (its text, the labels in its
 * language, dates, the colophon) and all of printable ASCII (page numbers in the running footer). The italic
 * serif, used for emphasis only, holds the emphasised characters; bold italics and sans italics are left to
 * the browser to slant. The subsets keep outlines, metrics, hinting and names but not the OpenType layout
 * tables (the subsetter cannot renumber them): kerning and ligatures are lost, which Latin text survives; a
 * family for a script that needs shaping must be embedded whole. The subsetter copies the {@code head} table's
 * dates from the original, so the same brief gives the same bytes.
 */
public final class WebFontSubsetter {
    /**
     * The CSS names of the bundled families' subsets. Not "Source Serif 4" and "Source Sans 3": those are
     * Reserved Font Names under the SIL Open Font License, and a subset without the layout tables is not
     * functionally equivalent to the original (SIL's "Webfonts and Reserved Font Names"), so the style sheets
     * do not present it under that name. The stacks still name the originals next, for readers who have them.
     */
    static final String BUNDLED_SERIF = "Brief Serif";

    static final String BUNDLED_SANS = "Brief Sans";
    static final String HOUSE_SERIF = "Brief House Serif";
    static final String HOUSE_SANS = "Brief House Sans";

    /** The tables a browser needs (OTS rejects a font without cmap, name, OS/2 or post), and the hinting. */
    private static final List<String> TABLES = List.of(
            "head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name", "OS/2", "post", "cvt ", "fpgm", "prep",
            "gasp");

    private static final int FIRST_PRINTABLE_ASCII = 0x20;
    private static final int LAST_PRINTABLE_ASCII = 0x7e;

    private WebFontSubsetter() {}

    /**
     * The edition fonts of {@code brief} set in the house fonts of {@code options}: regular, bold and (when the
     * brief emphasises anything) italic serif; regular, semibold (the bundled family only) and bold sans.
     */
    public static EditionFonts forBrief(Brief brief, HtmlOptions options) {
        return forBrief(brief, options, shownCharacters(brief, options));
    }

    /**
     * As {@link #forBrief(Brief, HtmlOptions)}, with the brief's {@link #shownCharacters} already known (a
     * build that also adds other scripts' faces renders the markup for them once, not twice).
     */
    public static EditionFonts forBrief(Brief brief, HtmlOptions options, SortedSet<Integer> shown) {
        SortedSet<Integer> emphasised = emphasisedCharacters(brief);
        Optional<FontFamily> houseSerif = options.style().serif();
        Optional<FontFamily> houseSans = options.style().sans();
        String serif = houseSerif.isPresent() ? HOUSE_SERIF : BUNDLED_SERIF;
        String sans = houseSans.isPresent() ? HOUSE_SANS : BUNDLED_SANS;

        List<WebFont> faces = new ArrayList<>();
        faces.add(subset(serif, 400, false, face(houseSerif, FontFamily::regular, BundledFonts.SERIF_REGULAR), shown));
        faces.add(subset(serif, 700, false, face(houseSerif, FontFamily::bold, BundledFonts.SERIF_BOLD), shown));
        if (!emphasised.isEmpty()) {
            faces.add(subset(
                    serif, 400, true, face(houseSerif, FontFamily::italic, BundledFonts.SERIF_ITALIC), emphasised));
        }
        faces.add(subset(sans, 400, false, face(houseSans, FontFamily::regular, BundledFonts.SANS_REGULAR), shown));
        if (houseSans.isEmpty()) {
            // A house family has no semibold; there the browser takes the bold for weight 600, as the PDF does.
            faces.add(subset(sans, 600, false, ParsedFonts.bundled(BundledFonts.SANS_SEMIBOLD), shown));
        }
        faces.add(subset(sans, 700, false, face(houseSans, FontFamily::bold, BundledFonts.SANS_BOLD), shown));
        return new EditionFonts(List.of(serif), List.of(sans), faces);
    }

    /**
     * One face cut down to {@code codePoints}; characters the font lacks are skipped (the browser takes them
     * from the next family in the stack).
     */
    public static WebFont subset(
            String family, int weight, boolean italic, byte[] trueType, SortedSet<Integer> codePoints) {
        try (TrueTypeFont font = ParsedFonts.parse(trueType, family)) {
            return subset(family, weight, italic, font, codePoints);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the font of " + family, e);
        }
    }

    private static WebFont subset(
            String family, int weight, boolean italic, TrueTypeFont font, SortedSet<Integer> codePoints) {
        // The subsetter reads glyphs through the font's one buffer: one subset of a font at a time.
        synchronized (font) {
            try {
                TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
                subsetter.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return new WebFont(family, weight, italic, out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot subset the font of " + family + " " + weight, e);
            }
        }
    }

    /**
     * A face of a family for another script (a system font the PDF fell back to), for {@code codePoints}. A
     * font for scripts whose letters change shape with their neighbours (Arabic, Hebrew marks, Devanagari …)
     * goes whole under its own family name: the subsetter drops the OpenType tables the browser shapes with.
     * A font for scripts drawn one glyph per character (Han, kana, Hangul, Latin, Cyrillic, Greek) is subset
     * to those characters, under the family name {@code Brief } + its own, since the subset is not the font.
     * The weight is the font's own (its OS/2 weight class), so a regular font and its bold form one family.
     * {@code fontKey} identifies the font file for the whole process (its path).
     */
    public static WebFont otherScriptFace(String fontKey, Supplier<byte[]> trueType, SortedSet<Integer> codePoints) {
        // Parsed once per process: a CJK font is ten megabytes, and every brief in its script subsets it.
        TrueTypeFont font = ParsedFonts.cached("other-script:" + fontKey, trueType, fontKey);
        String family;
        int weight;
        // The font reads its tables through one buffer, lazily: one reader at a time.
        synchronized (font) {
            try {
                family = font.getNaming() == null || font.getNaming().getFontFamily() == null
                        ? font.getName()
                        : font.getNaming().getFontFamily();
                weight = font.getOS2Windows() == null
                        ? 400
                        : Math.max(1, Math.min(1000, font.getOS2Windows().getWeightClass()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the fallback font " + fontKey, e);
            }
        }
        if (needsLayoutTables(codePoints)) {
            return new WebFont(family, weight, false, trueType.get());
        }
        return subset("Brief " + family, weight, false, font, codePoints);
    }

    /**
     * Whether any of the characters needs the font's substitution or positioning tables to be drawn right: then
     * {@link #otherScriptFace} keeps the font whole.
     */
    public static boolean needsLayoutTables(SortedSet<Integer> codePoints) {
        for (int codePoint : codePoints) {
            switch (Character.UnicodeScript.of(codePoint)) {
                case COMMON, INHERITED, LATIN, GREEK, CYRILLIC, HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> {
                    // one glyph per character, whatever its neighbours
                }
                default -> {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every character of the brief's EPUB markup (no files read, no images encoded) and printable ASCII. */
    public static SortedSet<Integer> shownCharacters(Brief brief, HtmlOptions options) {
        HtmlOptions markupOnly =
                new HtmlOptions(options.baseDirectory(), options.style(), Flavor.EPUB, options.pageMap());
        String markup = new DocumentRenderer(new RenderContext(brief, markupOnly)).document("", true);
        SortedSet<Integer> characters = printableCodePoints(markup);
        for (int c = FIRST_PRINTABLE_ASCII; c <= LAST_PRINTABLE_ASCII; c++) {
            characters.add(c);
        }
        return characters;
    }

    /** The characters of every emphasised passage, with the space between its words. */
    static SortedSet<Integer> emphasisedCharacters(Brief brief) {
        StringBuilder text = new StringBuilder();
        for (BriefWalker.Passage passage : BriefWalker.passages(brief)) {
            BriefWalker.eachInline(passage.inlines(), inline -> {
                if (inline instanceof Inline.Emphasis emphasis) {
                    text.append(PlainText.of(emphasis.children(), brief)).append(' ');
                }
            });
        }
        return printableCodePoints(text);
    }

    private static SortedSet<Integer> printableCodePoints(CharSequence text) {
        // A bit set first: a brief's markup is tens of thousands of characters but a few hundred distinct ones.
        BitSet seen = new BitSet();
        text.codePoints().forEach(seen::set);
        SortedSet<Integer> characters = new TreeSet<>();
        seen.stream().filter(c -> !Character.isISOControl(c)).forEach(characters::add);
        return characters;
    }

    private static TrueTypeFont face(Optional<FontFamily> house, Function<FontFamily, Path> face, String bundled) {
        return house.map(face).map(ParsedFonts::file).orElseGet(() -> ParsedFonts.bundled(bundled));
    }
}
