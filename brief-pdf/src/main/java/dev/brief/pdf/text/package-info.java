/**
 * The text engine of the PDF edition: bidi, shaping, line-break opportunities and line breaking. The layout
 * stage hands it paragraphs and gets lines of positioned pieces; the paint stage draws its glyph runs.
 *
 * Fonts come from {@code dev.brief.pdf.fonts}: this package measures and draws with them.
 *
 * <h2>Glyphs</h2>
 *
 * {@link dev.brief.pdf.text.GlyphLayout} turns a string into {@link dev.brief.pdf.text.GlyphRun}s: a typeface per
 * character, bidi levels (UAX #9), shaping of complex or right-to-left runs by the JDK's layout engine
 * ({@link dev.brief.pdf.text.Shaper}), runs in visual order. What it measures is what it draws. Simple text (Latin
 * in its face's own font, left to right) keeps one glyph per character.
 *
 * <h2>Lines</h2>
 *
 * {@link dev.brief.pdf.text.LineBreaker#breakLines} takes a paragraph as {@link dev.brief.pdf.text.StyledRun}s
 * (text, face, size, owner), {@link dev.brief.pdf.text.LineWidths}, an {@link dev.brief.pdf.text.Alignment}, the
 * brief's language and base direction, and returns a {@link dev.brief.pdf.text.BrokenParagraph} of
 * {@link dev.brief.pdf.text.Line}s made of positioned {@link dev.brief.pdf.text.Piece}s, in logical order at their
 * visual positions ({@link dev.brief.pdf.text.VisualOrder}). A piece has one run, one bidi level and one typeface;
 * its {@link dev.brief.pdf.text.Piece#direction()} says how its glyphs run. A Span with {@code /ActualText
 * piece.sourceText()} is needed when {@link dev.brief.pdf.text.Piece#needsActualText()} (a hyphen the breaker
 * added). Break opportunities: spaces, hyphenation patterns by language, and between Chinese and Japanese
 * characters by UAX #14 ({@link dev.brief.pdf.text.IdeographicBreaks}). The language chooses the hyphenation
 * patterns ({@link dev.brief.pdf.text.Hyphenator#forLanguage}: English, French, German, Spanish, Italian,
 * Portuguese, Dutch, Russian, Ukrainian, Polish, Czech, Slovak, Slovenian, Croatian, Bulgarian, Swedish, Danish,
 * Norwegian, Finnish, Estonian, Lithuanian, Turkish, Catalan, Greek) and, in French, the narrow no-break spaces of
 * punctuation ({@code dev.brief.core.language.FrenchPunctuation}), drawn as gaps that add no character. Word
 * spacing ({@code Tw}) does not apply to the two-byte codes of embedded Type 0 fonts, which is why every piece
 * carries its own position.
 */
package dev.brief.pdf.text;
