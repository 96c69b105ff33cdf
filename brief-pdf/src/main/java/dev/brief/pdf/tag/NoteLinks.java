package dev.brief.pdf.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * PDF/UA-2 8.2.5.14: the element that refers to a note (a note reference's Link) names its FENote in /Ref, and
 * each FENote names in /Ref every element that cites it; each FENote says what kind of note it is (ISO 32000-2,
 * the FENote attribute owner's NoteType: Brief's notes are endnotes). Collected while the tree is written, linked
 * once every element exists.
 */
final class NoteLinks {
    private static final COSName REF = COSName.getPDFName("Ref");
    private static final COSName NOTE_TYPE = COSName.getPDFName("NoteType");
    private static final COSName FENOTE = COSName.getPDFName("FENote");
    private static final COSName ENDNOTE = COSName.getPDFName("Endnote");

    private record Citation(PDStructureElement source, String noteIdentifier) {}

    private final Map<String, PDStructureElement> notes = new LinkedHashMap<>();
    private final List<Citation> citations = new ArrayList<>();

    /** Records a written element: a note by its /ID, a citing element by the /ID it refers to. */
    void written(StructureNode node, PDStructureElement element) {
        if (node.role() == StructureRole.NOTE) {
            notes.put(node.identifier(), element);
            COSDictionary attributes = new COSDictionary();
            attributes.setItem(COSName.O, FENOTE);
            attributes.setItem(NOTE_TYPE, ENDNOTE);
            element.getCOSObject().setItem(COSName.A, attributes);
        }
        if (node.referencedIdentifier() != null) {
            citations.add(new Citation(element, node.referencedIdentifier()));
        }
    }

    /** Writes /Ref both ways; a citation of a note that was not written is a bug in the plan. */
    void link() {
        Map<PDStructureElement, COSArray> citedBy = new LinkedHashMap<>();
        for (Citation citation : citations) {
            PDStructureElement note = notes.get(citation.noteIdentifier());
            if (note == null) {
                throw new IllegalStateException(citation.source().getStructureType() + " refers to note "
                        + citation.noteIdentifier() + ", which is not in the tree");
            }
            COSArray forward = new COSArray();
            forward.add(note);
            citation.source().getCOSObject().setItem(REF, forward);
            citedBy.computeIfAbsent(note, key -> new COSArray()).add(citation.source());
        }
        for (Map.Entry<PDStructureElement, COSArray> entry : citedBy.entrySet()) {
            entry.getKey().getCOSObject().setItem(REF, entry.getValue());
        }
    }
}
