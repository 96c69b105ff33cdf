package dev.brief.pdf.tag;

import org.apache.pdfbox.cos.COSName;

/**
 * The structure types Brief plans (ISO 32000-1, 14.8.4). Custom types name the brief's own elements and are
 * role-mapped to the standard type a reader falls back to (PDF/UA-1, 7.1: every custom type is mapped). How each
 * is written under PDF/UA-2 (PDF 2.0 namespaces, FENote, Aside) is {@link StructureTypes}' business.
 */
public enum StructureRole {
    DOCUMENT("Document", null),
    SECT("Sect", null),
    DIV("Div", null),
    H1("H1", null),
    H2("H2", null),
    H3("H3", null),
    H4("H4", null),
    H5("H5", null),
    H6("H6", null),
    P("P", null),
    L("L", null),
    LI("LI", null),
    LBL("Lbl", null),
    LBODY("LBody", null),
    BLOCK_QUOTE("BlockQuote", null),
    FIGURE("Figure", null),
    CAPTION("Caption", null),
    TABLE("Table", null),
    TR("TR", null),
    TH("TH", null),
    TD("TD", null),
    LINK("Link", null),
    REFERENCE("Reference", null),
    NOTE("Note", null),
    SPAN("Span", null),
    /** The document title (PDF 2.0, 14.8.4.3.3); under PDF/UA-1 its heading stands alone. */
    TITLE("Title", null),
    /** Emphasis (PDF 2.0, 14.8.4.7.2); under PDF/UA-1 the italic face alone carries it, untagged. */
    EM("Em", null),
    /** Strong importance (PDF 2.0, 14.8.4.7.2); under PDF/UA-1 untagged, as {@link #EM}. */
    STRONG("Strong", null),
    SUMMARY("Summary", "Sect"),
    PULL_QUOTE("PullQuote", "BlockQuote"),
    ABOUT_BOX("AboutBox", "Sect"),
    ENDNOTES("Endnotes", "Sect"),
    COLOPHON("Colophon", "Sect");

    private final String structureType;
    private final String standardType;
    /** The type as a PDF name, made once: {@code COSName.getPDFName} encodes and hashes the string per call. */
    private final COSName structureName;

    StructureRole(String structureType, String standardType) {
        this.structureType = structureType;
        this.standardType = standardType;
        this.structureName = COSName.getPDFName(structureType);
    }

    /** {@link #structureType()} as a PDF name. */
    COSName structureName() {
        return structureName;
    }

    /** The name written as the element's /S. */
    public String structureType() {
        return structureType;
    }

    /** The standard type a custom type is role-mapped to; null for a standard type. */
    String standardType() {
        return standardType;
    }

    boolean custom() {
        return standardType != null;
    }

    /** The heading role for an outline level 1 … 6. */
    public static StructureRole heading(int level) {
        switch (level) {
            case 1:
                return H1;
            case 2:
                return H2;
            case 3:
                return H3;
            case 4:
                return H4;
            case 5:
                return H5;
            case 6:
                return H6;
            default:
                throw new IllegalArgumentException("heading level " + level);
        }
    }
}
