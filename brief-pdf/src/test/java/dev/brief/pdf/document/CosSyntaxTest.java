package dev.brief.pdf.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.junit.jupiter.api.Test;

/** Names and strings as PDFBox writes them, for every byte and for random ones. */
class CosSyntaxTest {

    @Test
    void everyByteInANameIsWrittenAsPdfBoxWritesIt() throws IOException {
        for (int c = 1; c < 256; c++) {
            assertName(new String(new char[] {'a', (char) c, 'Z'}));
        }
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[1 + random.nextInt(12)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) (1 + random.nextInt(random.nextBoolean() ? 127 : 0x2FF));
            }
            assertName(new String(chars));
        }
    }

    @Test
    @SuppressWarnings("deprecation") // forced hexadecimal is how the file identifier is written
    void stringsAreLiteralOrHexadecimalAsPdfBoxWritesThem() throws IOException {
        assertString(new COSString(""));
        assertString(new COSString("plain (with) parens \\ and backslash"));
        assertString(new COSString("line\nfeed"));
        assertString(new COSString("caf\u00e9 \u4fe1"));
        COSString forced = new COSString("forced");
        forced.setForceHexForm(true);
        assertString(forced);
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(20)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(256));
            }
            assertString(new COSString(bytes));
        }
    }

    private static void assertName(String text) throws IOException {
        COSName name = COSName.getPDFName(text);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        name.writePDF(expected);
        ByteSink actual = new ByteSink(16);
        CosSyntax.name(actual, name);
        assertThat(actual.toByteArray()).as(text).isEqualTo(expected.toByteArray());
    }

    private static void assertString(COSString string) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        COSWriter.writeString(string, expected);
        ByteSink actual = new ByteSink(16);
        CosSyntax.string(actual, string);
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }
}
