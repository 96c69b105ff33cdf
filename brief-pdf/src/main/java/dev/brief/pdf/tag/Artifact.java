package dev.brief.pdf.tag;

import org.apache.pdfbox.cos.COSName;

/**
 * A mark that is not content (ISO 32000-1, 14.8.2.2): page furniture is pagination, rules and backgrounds
 * are layout. PDF/UA-1 7.1 requires such marks to be tagged as artifacts.
 */
public enum Artifact implements Owner {
    RUNNING_HEADER("Pagination", "Header"),
    RUNNING_FOOTER("Pagination", "Footer"),
    PAGE_NUMBER("Pagination", "Footer"),
    RULE("Layout", null),
    BACKGROUND("Layout", null),
    DECORATIVE_IMAGE("Layout", null),
    BULLET("Layout", null),
    /** A table's header rows drawn again at the top of a page the table continues on. */
    REPEATED_TABLE_HEADER("Pagination", null);

    /** Names made once: {@code COSName.getPDFName} encodes and hashes the string per call. */
    private final COSName type;

    private final COSName subtype;

    Artifact(String type, String subtype) {
        this.type = COSName.getPDFName(type);
        this.subtype = subtype == null ? null : COSName.getPDFName(subtype);
    }

    COSName type() {
        return type;
    }

    /** The /Subtype of a pagination artifact, or null. */
    COSName subtype() {
        return subtype;
    }
}
