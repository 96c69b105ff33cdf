package dev.brief.pdf.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.brief.pdf.OneArtifactPage;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.FontMetrics;
import dev.brief.pdf.fonts.SubsetFont;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What a page's content stream says: font and colour set once while they stay the same, one text object per
 * marked-content sequence, and a space that starts where the text before it ends shown in the same string.
 */
class ContentStreamTest {
    private static final Color INK = new Color(31, 35, 40);
    private static final FontMetrics METRICS = FontLibrary.bundled().metrics(Face.SANS_REGULAR);

    @Test
    void aSpaceWhereTheWordEndsJoinsItsStringAndTheNextWordIsPlacedAgain() throws IOException {
        float space = 72 + METRICS.width("Civic", 10);
        float data = space + METRICS.width(" ", 10) + 1.5f; // a justified space is wider than its glyph
        Page page = draw((content, font) -> {
            content.text(font, 10, INK, 72, 700, "Civic");
            content.text(font, 10, INK, space, 700, " ");
            content.text(font, 10, INK, data, 700, "data");
        });
        assertThat(page.operators())
                .containsExactly("BDC", "Tf", "cs", "sc", "BT", "Td", "Tj(Civic )", "Tm", "Tj(data)", "ET", "EMC");
        assertThat(page.placements().get(1)).isCloseTo(data, within(0.00001f));
        assertThat(page.text()).isEqualTo("Civic data");
    }

    @Test
    void aSpaceElsewhereOrInAnotherColourKeepsItsOwnPlace() throws IOException {
        Page page = draw((content, font) -> {
            content.text(font, 10, INK, 72, 700, "trust");
            content.text(font, 10, INK, 120, 700, " ");
            content.text(font, 10, INK, 130, 700, "fund");
            content.text(font, 10, Color.RED, 130 + METRICS.width("fund", 10), 700, " ");
        });
        assertThat(page.operators())
                .filteredOn(operator -> operator.startsWith("Tj"))
                .containsExactly("Tj(trust)", "Tj( )", "Tj(fund)", "Tj( )");
        assertThat(page.placements()).containsExactly(72f, 120f, 130f, 130 + METRICS.width("fund", 10));
    }

    /** A page's operator names (a Tj with the text it shows) and the x of each Td and Tm. */
    private record Page(List<String> operators, List<Float> placements, String text) {}

    private interface Drawing {
        void draw(MarkedContent content, SubsetFont font);
    }

    private static Page draw(Drawing drawing) throws IOException {
        byte[] pdf = OneArtifactPage.pdf(
                FontLibrary.bundled(), (content, fonts) -> drawing.draw(content, fonts.font(Face.SANS_REGULAR)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDType0Font font = (PDType0Font) page.getResources().getFont(COSName.getPDFName("F1"));
            List<String> operators = new ArrayList<>();
            List<Float> placements = new ArrayList<>();
            List<COSBase> operands = new ArrayList<>();
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator)) {
                    operands.add((COSBase) token);
                    continue;
                }
                String name = ((Operator) token).getName();
                if (name.equals("Tj")) {
                    operators.add("Tj(" + text(((COSString) operands.get(0)).getBytes(), font) + ")");
                } else {
                    operators.add(name);
                }
                if (name.equals("Td") || name.equals("Tm")) {
                    placements.add(((COSNumber) operands.get(operands.size() - 2)).floatValue());
                }
                operands.clear();
            }
            return new Page(
                    operators,
                    placements,
                    new PDFTextStripper().getText(document).strip());
        }
    }

    private static String text(byte[] codes, PDType0Font font) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < codes.length; i += 2) {
            text.append(font.toUnicode(((codes[i] & 0xFF) << 8) | (codes[i + 1] & 0xFF)));
        }
        return text.toString();
    }
}
