/**
 * The text engine of the PDF edition: fonts, hyphenation and line breaking.
 *
 * <h2>Fonts</h2>
 *
 * {@link dev.brief.pdf.text.FontLibrary} holds the fonts of a house, independent of any document:
 * {@link dev.brief.pdf.text.FontLibrary#bundled()} (Source Serif 4 and Source Sans 3 from the jar)
 * or {@code new FontLibrary(FontFiles.bundled().withSerif(regular, bold, italic, boldItalic))} for
 * a house's own TrueType files. {@link dev.brief.pdf.text.FontLibrary#metrics(dev.brief.pdf.text.Face)} gives widths
 * and vertical metrics; {@link dev.brief.pdf.text.FontLibrary#uncovered(dev.brief.pdf.text.Face, CharSequence)} lists
 * the characters a face cannot draw, to be reported before layout. A {@link
 * dev.brief.pdf.text.FontSet} binds a library to one {@code PDDocument}: the first time {@link
 * dev.brief.pdf.text.FontSet#font(dev.brief.pdf.text.Face)} is asked for a face it makes a {@link
 * dev.brief.pdf.text.SubsetFont}, which encodes text as glyph ids of the face's program (parsed once per
 * process, from the file the library keeps with the tables and character maps nothing reads left out) and
 * records the glyphs it encoded; {@link dev.brief.pdf.text.FontSet#embedSubsets()}, after the last page,
 * embeds each face used as a Type 0 font with the subset of those glyphs, laid out as PDFBox's own
 * embedding lays it out.
 *
 * <h2>Lines</h2>
 *
 * {@link dev.brief.pdf.text.LineBreaker#breakLines} takes a paragraph as {@link
 * dev.brief.pdf.text.StyledRun}s (text, face, size, owner), {@link dev.brief.pdf.text.LineWidths},
 * an {@link dev.brief.pdf.text.Alignment} and the brief's language, and returns a {@link
 * dev.brief.pdf.text.BrokenParagraph} of {@link dev.brief.pdf.text.Line}s made of positioned
 * {@link dev.brief.pdf.text.Piece}s. To draw a line at {@code (left, baseline)}: for each piece,
 * {@code handle.text(fontSet.font(piece.face()), piece.size(), colour, left + piece.x(), baseline,
 * piece.text())} on the marked-content handle of its owner, a Span with {@code /ActualText
 * piece.sourceText()} when {@link dev.brief.pdf.text.Piece#needsActualText()} (a hyphen the breaker added). {@link
 * dev.brief.pdf.text.Piece#offset()} places a piece in the paragraph's text (for source positions
 * and the page map). The language chooses the hyphenation patterns ({@link
 * dev.brief.pdf.text.Hyphenator#forLanguage}: English, French, German, Spanish, Italian, Portuguese, Dutch,
 * Russian, Ukrainian, Polish, Czech, Slovak, Slovenian, Croatian, Bulgarian, Swedish, Danish, Norwegian,
 * Finnish, Estonian, Lithuanian, Turkish, Catalan, Greek) and, in French, the narrow
 * no-break spaces of punctuation ({@code dev.brief.core.language.FrenchPunctuation}), drawn as gaps that add no
 * character to the text. Word spacing ({@code
 * Tw}) does not apply to the two-byte codes of embedded Type 0 fonts, which is why every word
 * carries its own position.
 */
package dev.brief.pdf.text;
