/**
 * The output stage: what is written once the pages are drawn. {@link dev.brief.pdf.output.OutlineWriter}
 * makes bookmarks from the headings; {@link dev.brief.pdf.output.DocumentFinisher} sets what PDF/A-2a and
 * PDF/UA-1, or PDF/A-4, PDF/UA-2 and WTPDF, ask of the document (XMP metadata from
 * {@link dev.brief.pdf.output.DocumentDescription} with pdfaid and pdfuaid, the sRGB output intent, the language,
 * the title shown, mark information); {@link dev.brief.pdf.output.DocumentIdentifier} seeds the /ID PDFBox
 * writes with a digest of the pages, fonts and metadata, so the same brief gives the same file; the file is saved
 * by PDFBox with object streams. {@link dev.brief.pdf.output.StreamCompressor} stores the streams (page content, fonts)
 * Flate-compressed at the level chosen for them.
 */
package dev.brief.pdf.output;
