/**
 * The paint stage. {@link dev.brief.pdf.paint.PagePainter#paint} adds a page to the document for each laid-out
 * page and draws its marks in order. Consecutive marks of one owner share one marked-content sequence, opened
 * on the page's canvas ({@code dev.brief.pdf.tag.PageCanvas}) and closed by try-with-resources only; text is
 * drawn one glyph per character when it is simple, else as shaped glyph runs inside an /ActualText span. Link
 * text becomes one link annotation per link and line, content of its Link element through an OBJR.
 *
 * <p>It hands on the document's pages (for the bookmarks) with their content streams and annotations; the tag
 * tree now knows every MCID and annotation of every page.
 */
package dev.brief.pdf.paint;
