/**
 * The tagged PDF edition of a brief: {@link dev.brief.pdf.PdfWriter#write} with {@link dev.brief.pdf.PdfOptions}
 * gives a {@link dev.brief.pdf.PdfResult} (page count and page map). The writer runs the stages in order, each in
 * its own package, each handing the next one value:
 *
 * <ol>
 *   <li>plan ({@code dev.brief.pdf.plan}): what does not depend on geometry, decided from the model: the parts
 *       in reading order and the region of the grid each goes to, the block-level elements of the tag tree
 *       ({@code dev.brief.pdf.tag}) in source order with their ids, alternate text and list numbering, the
 *       masthead's details, the endnotes' labels and the first reference each links back to, the colophon's
 *       paragraphs, the running header's strings: a {@code BriefPlan};
 *   <li>layout ({@code dev.brief.pdf.layout}): sets each planned part into rows of marks owned by its planned
 *       elements (adding only inline elements: links, references, spans), and paginates: a
 *       {@code LaidOutBrief};
 *   <li>paint ({@code dev.brief.pdf.paint}): draws every mark of every page inside a marked-content handle of its
 *       owner, and links as annotations: the document's pages and content streams;
 *   <li>output ({@code dev.brief.pdf.output}): bookmarks, then (with the font subsets and the structure tree)
 *       XMP metadata, output intent, document /ID, and the file as PDFBox saves it.
 * </ol>
 *
 * Fonts ({@code dev.brief.pdf.fonts}), text setting ({@code dev.brief.pdf.text}) and images
 * ({@code dev.brief.pdf.images}) serve the stages; {@code dev.brief.pdf.inspect} reads a PDF back for tests and
 * for {@code brief:check}. Errors a user can fix are {@link dev.brief.pdf.UncoveredCharactersException} and
 * {@link dev.brief.pdf.UnusableImageException}.
 */
package dev.brief.pdf;
