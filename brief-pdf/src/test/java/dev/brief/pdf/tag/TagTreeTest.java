package dev.brief.pdf.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The tagging package's invariants: one open sequence at a time, inline order, every MCID with one parent. */
class TagTreeTest {

    @Test
    void aSecondHandleCannotOpenWhileOneIsOpen() throws IOException {
        try (PDDocument document = new PDDocument()) {
            TagTree tree = new TagTree();
            StructureNode p = tree.root().add(StructureRole.P);
            PDPage page = new PDPage();
            document.addPage(page);
            PageCanvas canvas = tree.newPage(document, page);
            MarkedContent open = canvas.open(p);
            assertThatThrownBy(() -> canvas.open(Artifact.RULE)).isInstanceOf(IllegalStateException.class);
            open.close();
            canvas.close();
        }
    }

    @Test
    void mcidsRunPerPageAndTheTreeIsWritten() throws IOException {
        try (PDDocument document = new PDDocument()) {
            TagTree tree = new TagTree();
            StructureNode p = tree.root().add(StructureRole.P);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PageCanvas canvas = tree.newPage(document, page)) {
                    canvas.open(p).close();
                    canvas.open(Artifact.PAGE_NUMBER).close();
                    canvas.open(p).close();
                    assertThat(canvas.mcidCount()).isEqualTo(2);
                }
            }
            tree.write(document);
            assertThat(p.kids())
                    .containsExactly(
                            new ContentReference.MarkedContent(0, 0), new ContentReference.MarkedContent(0, 1),
                            new ContentReference.MarkedContent(1, 0), new ContentReference.MarkedContent(1, 1));
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getParentTreeNextKey())
                    .isEqualTo(2);
        }
    }

    @Test
    void inlineElementsTakeTheirPlaceWhenFirstDrawn() throws IOException {
        try (PDDocument document = new PDDocument()) {
            TagTree tree = new TagTree();
            StructureNode p = tree.root().add(StructureRole.P);
            StructureNode link = p.addInline(StructureRole.LINK);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PageCanvas canvas = tree.newPage(document, page)) {
                canvas.open(p).close();
                canvas.open(link).close();
                canvas.open(p).close();
                assertThat(p.kids()).hasSize(3);
                assertThat(p.kids().get(1)).isSameAs(link);
                assertThatThrownBy(() -> canvas.open(link))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("resumed");
            }
        }
    }

    @Test
    void aPageCannotCloseWithAnOpenSequence() throws IOException {
        try (PDDocument document = new PDDocument()) {
            TagTree tree = new TagTree();
            PDPage page = new PDPage();
            document.addPage(page);
            PageCanvas canvas = tree.newPage(document, page);
            canvas.open(Artifact.RULE);
            assertThatThrownBy(canvas::close).isInstanceOf(IllegalStateException.class);
        }
    }
}
