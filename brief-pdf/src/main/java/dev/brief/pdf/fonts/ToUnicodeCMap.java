package dev.brief.pdf.fonts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the ToUnicode CMap of a Type 0 font (ISO 32000-1 9.10.3), which text extraction and assistive
 * technology read characters through (PDF/UA-1 7.21.7, PDF/A-2 6.2.11.7.2). CIDs are added in ascending order,
 * one character each; runs of consecutive CIDs mapped to consecutive characters within one 256-block become one
 * bfrange entry, at most 100 entries to an operator. The text is PDFBox's, byte for byte: PDFBox's own writer
 * ({@code org.apache.pdfbox.pdmodel.font.ToUnicodeWriter}) is package-private (see docs/benchmarks.md).
 */
final class ToUnicodeCMap {
    private static final int ENTRIES_PER_OPERATOR = 100;
    private static final String HEADER = "/CIDInit /ProcSet findresource begin\n12 dict begin\n\n"
            + "begincmap\n/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n\n"
            + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\n"
            + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\n";
    private static final String FOOTER = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private int[] firstCids = new int[64];
    private int[] lastCids = new int[64];
    private int[] firstCharacters = new int[64];
    private int ranges;
    private int lastCharacter;

    /** Maps {@code cid} to one character; CIDs must come in ascending order. */
    void add(int cid, int character) {
        if (ranges > 0 && continuesRange(cid, character)) {
            lastCids[ranges - 1] = cid;
        } else {
            if (ranges == firstCids.length) {
                firstCids = Arrays.copyOf(firstCids, ranges * 2);
                lastCids = Arrays.copyOf(lastCids, ranges * 2);
                firstCharacters = Arrays.copyOf(firstCharacters, ranges * 2);
            }
            firstCids[ranges] = cid;
            lastCids[ranges] = cid;
            firstCharacters[ranges] = character;
            ranges++;
        }
        lastCharacter = character;
    }

    byte[] toBytes() {
        StringBuilder cmap = new StringBuilder(HEADER.length() + FOOTER.length() + ranges * 24);
        cmap.append(HEADER);
        for (int start = 0; start < ranges; start += ENTRIES_PER_OPERATOR) {
            int end = Math.min(ranges, start + ENTRIES_PER_OPERATOR);
            cmap.append(end - start).append(" beginbfrange\n");
            for (int i = start; i < end; i++) {
                cmap.append('<');
                appendHex(cmap, firstCids[i]);
                cmap.append("> <");
                appendHex(cmap, lastCids[i]);
                cmap.append("> <");
                for (char unit : Character.toChars(firstCharacters[i])) {
                    appendHex(cmap, unit);
                }
                cmap.append(">\n");
            }
            cmap.append("endbfrange\n\n");
        }
        return cmap.append(FOOTER).toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Whether the pair continues the last range: both the CID and the character follow the previous ones and
     * stay in their 256-block, as a bfrange requires (ISO 32000-1 9.10.3). Only the low 16 bits of a
     * character above the BMP are compared, as PDFBox compares them.
     */
    private boolean continuesRange(int cid, int character) {
        int previousCid = lastCids[ranges - 1];
        return sameBlockNext(previousCid, cid) && sameBlockNext(lastCharacter, character);
    }

    private static boolean sameBlockNext(int previous, int next) {
        return previous + 1 == next
                && ((previous >> 8) & 0xFF) == ((next >> 8) & 0xFF)
                && (previous & 0xFF) < (next & 0xFF);
    }

    private static void appendHex(StringBuilder out, int sixteenBits) {
        out.append(HEX[(sixteenBits >> 12) & 0xF])
                .append(HEX[(sixteenBits >> 8) & 0xF])
                .append(HEX[(sixteenBits >> 4) & 0xF])
                .append(HEX[sixteenBits & 0xF]);
    }
}
