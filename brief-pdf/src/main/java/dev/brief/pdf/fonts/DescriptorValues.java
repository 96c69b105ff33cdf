package dev.brief.pdf.fonts;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What a font descriptor (ISO 32000-1 9.8) says about a face, read from its TrueType tables once per process
 * and estimated where TrueType has no equivalent, as PDFBox estimates it: the PDF gets the descriptor PDFBox
 * would write for the same font.
 */
record DescriptorValues(
        String postScriptName,
        boolean fixedPitch,
        boolean italic,
        boolean serif,
        boolean script,
        int weight,
        float italicAngle,
        float[] boundingBox,
        float ascent,
        float descent,
        float capHeight,
        float xHeight) {
    private static final int ITALIC = 1;
    private static final int OBLIQUE = 512;

    static DescriptorValues of(TrueTypeFont font) throws IOException {
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        PostScriptTable post = font.getPostScript();
        if (os2 == null || post == null) {
            throw new IOException("the font has no " + (os2 == null ? "OS/2" : "post") + " table");
        }
        HorizontalHeaderTable hhea = font.getHorizontalHeader();
        HeaderTable head = font.getHeader();
        float scaling = 1000f / head.getUnitsPerEm();
        int familyClass = os2.getFamilyClass();
        boolean serif = familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_CLAREDON_SERIFS
                || familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_FREEFORM_SERIFS
                || familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_MODERN_SERIFS
                || familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_OLDSTYLE_SERIFS
                || familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_SLAB_SERIFS;
        float capHeight;
        float xHeight;
        if (os2.getVersion() >= 2) {
            capHeight = os2.getCapHeight() * scaling;
            xHeight = os2.getHeight() * scaling;
        } else {
            // Older OS/2 tables have no heights: the top of H and x, or estimates from the typographic metrics.
            GeneralPath capitalH = font.getPath("H");
            capHeight = capitalH != null
                    ? Math.round(capitalH.getBounds2D().getMaxY()) * scaling
                    : (os2.getTypoAscender() + os2.getTypoDescender()) * scaling;
            GeneralPath smallX = font.getPath("x");
            xHeight = smallX != null
                    ? Math.round(smallX.getBounds2D().getMaxY()) * scaling
                    : os2.getTypoAscender() / 2.0f * scaling;
        }
        return new DescriptorValues(
                font.getName(),
                post.getIsFixedPitch() > 0 || hhea.getNumberOfHMetrics() == 1,
                (os2.getFsSelection() & (ITALIC | OBLIQUE)) != 0,
                serif,
                familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_SCRIPTS,
                os2.getWeightClass(),
                post.getItalicAngle(),
                new float[] {
                    head.getXMin() * scaling,
                    head.getYMin() * scaling,
                    head.getXMax() * scaling,
                    head.getYMax() * scaling
                },
                hhea.getAscender() * scaling,
                hhea.getDescender() * scaling,
                capHeight,
                xHeight);
    }

    /**
     * A new descriptor dictionary for one document, entries in PDFBox's order. Embedded TrueType subsets are
     * symbolic (ISO 32000-1 9.8.2): their glyphs are reached by glyph id, not through a standard encoding.
     */
    PDFontDescriptor newDescriptor(String fontName) {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.FONT_DESC);
        PDFontDescriptor descriptor = new PDFontDescriptor(dictionary);
        descriptor.setFontName(fontName);
        descriptor.setFixedPitch(fixedPitch);
        descriptor.setItalic(italic);
        if (serif) {
            descriptor.setSerif(true);
        } else if (script) {
            descriptor.setScript(true);
        }
        descriptor.setFontWeight(weight);
        descriptor.setSymbolic(true);
        descriptor.setNonSymbolic(false);
        descriptor.setItalicAngle(italicAngle);
        PDRectangle box = new PDRectangle();
        box.setLowerLeftX(boundingBox[0]);
        box.setLowerLeftY(boundingBox[1]);
        box.setUpperRightX(boundingBox[2]);
        box.setUpperRightY(boundingBox[3]);
        descriptor.setFontBoundingBox(box);
        descriptor.setAscent(ascent);
        descriptor.setDescent(descent);
        descriptor.setCapHeight(capHeight);
        descriptor.setXHeight(xHeight);
        // TrueType has no stem width; PDFBox's estimate, from the box as the descriptor stores it.
        descriptor.setStemV(descriptor.getFontBoundingBox().getWidth() * .13f);
        return descriptor;
    }
}
