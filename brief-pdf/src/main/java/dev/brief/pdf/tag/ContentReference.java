package dev.brief.pdf.tag;

/** A marked-content sequence on a page (page index, MCID) or an annotation, as a kid of one element. */
sealed interface ContentReference permits ContentReference.MarkedContent, ContentReference.Annotation {

    int pageIndex();

    record MarkedContent(int pageIndex, int mcid) implements ContentReference {}

    record Annotation(int pageIndex, org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation)
            implements ContentReference {}
}
