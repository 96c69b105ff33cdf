package dev.brief.pdf.tag;

import dev.brief.core.house.PdfStandard;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * How each planned role is written under a standard: its /S, its namespace (/NS, PDF 2.0 only) and the standard
 * type a custom role is mapped to. The same plan feeds both standards; only this mapping differs.
 *
 * <p>PDF/UA-1: the types of ISO 32000-1 with the /RoleMap of the structure tree root; Title, Em and Strong are
 * transparent (their content belongs to their parent), as they were before PDF 2.0 named them.
 *
 * <p>PDF/UA-2 (ISO 14289-2, 8.2.4): every element names its namespace. Standard types are in the PDF 2.0
 * namespace; Note is written as FENote, the pull quote and the about box as Aside; BlockQuote, which PDF 2.0 left
 * out, stays in the PDF 1.7 namespace; Reference is transparent (the note's Link points at its FENote with /Ref,
 * 8.2.5.14); a figure's Div is a Sect, so its caption is the first or last kid of what it captions (8.2.5.27),
 * and the title's H1 is left out, since a Title holds no heading (see {@link #transparent}). The brief's own types
 * are in Brief's namespace, whose /RoleMapNS maps each to a PDF 2.0 type (ISO 32000-2, 14.8.6.2).
 */
final class StructureTypes {
    static final String PDF_2_0 = "http://iso.org/pdf2/ssn";
    static final String PDF_1_7 = "http://iso.org/pdf/ssn";
    static final String BRIEF = "https://brief.dev/ns/pdf";
    private static final COSName NAMESPACE = COSName.getPDFName("Namespace");
    private static final COSName NS = COSName.getPDFName("NS");
    private static final COSName ROLE_MAP_NS = COSName.getPDFName("RoleMapNS");

    /** How one role is written: {@code type} null means transparent. */
    record Written(COSName type, COSDictionary namespace) {
        boolean transparent() {
            return type == null;
        }
    }

    private final PdfStandard standard;
    private final Map<StructureRole, Written> written = new EnumMap<>(StructureRole.class);
    private final COSArray namespaces = new COSArray();

    StructureTypes(PdfStandard standard) {
        this.standard = standard;
        if (standard == PdfStandard.UA1) {
            for (StructureRole role : StructureRole.values()) {
                boolean pdf2Only =
                        role == StructureRole.TITLE || role == StructureRole.EM || role == StructureRole.STRONG;
                written.put(role, new Written(pdf2Only ? null : role.structureName(), null));
            }
            return;
        }
        COSDictionary pdf2 = namespace(PDF_2_0);
        COSDictionary pdf17 = namespace(PDF_1_7);
        COSDictionary brief = namespace(BRIEF);
        COSDictionary briefRoles = new COSDictionary();
        brief.setItem(ROLE_MAP_NS, briefRoles);
        for (StructureRole role : StructureRole.values()) {
            if (role.custom()) {
                written.put(role, new Written(role.structureName(), brief));
                COSArray target = new COSArray();
                target.add(COSName.getPDFName(pdf2Type(role)));
                target.add(pdf2);
                briefRoles.setItem(role.structureName(), target);
            } else if (role == StructureRole.REFERENCE) {
                written.put(role, new Written(null, null));
            } else if (role == StructureRole.BLOCK_QUOTE) {
                written.put(role, new Written(role.structureName(), pdf17));
            } else {
                written.put(role, new Written(COSName.getPDFName(pdf2Type(role)), pdf2));
            }
        }
        namespaces.add(pdf2);
        namespaces.add(pdf17);
        namespaces.add(brief);
    }

    PdfStandard standard() {
        return standard;
    }

    Written of(StructureRole role) {
        return written.get(role);
    }

    /**
     * Whether a node's content belongs to its parent: a transparent role, or under PDF/UA-2 the heading inside
     * the document Title, which may not hold a heading (ISO 32005, Table 5) and says the same itself.
     */
    boolean transparent(StructureNode node) {
        return of(node.role()).transparent()
                || standard != PdfStandard.UA1
                        && node.role() == StructureRole.H1
                        && node.parent() != null
                        && node.parent().role() == StructureRole.TITLE;
    }

    /** The namespaces for the structure tree root's /Namespaces; empty under PDF/UA-1. */
    COSArray namespaces() {
        return namespaces;
    }

    /** A role's PDF 2.0 type: FENote for a note, Aside for side content, the mapped type for the brief's own. */
    private static String pdf2Type(StructureRole role) {
        switch (role) {
            case NOTE:
                return "FENote";
            case PULL_QUOTE:
            case ABOUT_BOX:
                return "Aside";
            case DIV:
                // A figure with its caption: validators see through Div and Part (grouping elements), and a caption
                // must be the first or last kid of the element it captions (PDF/UA-2 8.2.5.27), so the group is a
                // Sect of its own.
                return "Sect";
            default:
                return role.custom() ? role.standardType() : role.structureType();
        }
    }

    private static COSDictionary namespace(String uri) {
        COSDictionary namespace = new COSDictionary();
        namespace.setItem(COSName.TYPE, NAMESPACE);
        namespace.setItem(NS, new COSString(uri));
        return namespace;
    }

    static COSName namespaceKey() {
        return NS;
    }
}
