/**
 * Reads a PDF back as assistive technology meets it, for brief-pdf's tests and for {@code brief:check}:
 * {@link dev.brief.pdf.inspect.PdfInspection} gives the tag tree ({@link dev.brief.pdf.inspect.TagNode}) with the
 * text of each marked-content sequence, the text in structure order, an outline for reviewers and golden files,
 * and any painting outside marked content. Public, as other modules read PDFs with it.
 */
package dev.brief.pdf.inspect;
