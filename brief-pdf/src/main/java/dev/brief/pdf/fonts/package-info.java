/**
 * Fonts: the house's, the bundled ones and the system's, and how one document embeds them.
 *
 * <p>{@link dev.brief.pdf.fonts.FontLibrary} holds the fonts of a house, independent of any document: a
 * {@link dev.brief.pdf.fonts.Typeface} per {@link dev.brief.pdf.fonts.Face} (the house's files or the bundled
 * Source Serif 4 and Source Sans 3), and for characters a face's font lacks the first font of its fallback chain
 * that has them and can shape their script. {@link dev.brief.pdf.fonts.FontLibrary#uncovered} lists what no font
 * can draw, or a face's font cannot shape, to be reported before layout. A {@link dev.brief.pdf.fonts.FontSet}
 * binds a library to one {@code PDDocument}: each typeface used becomes a {@link dev.brief.pdf.fonts.SubsetFont},
 * embedded after the last page as a Type 0 font with the subset of the glyphs drawn. {@code Face},
 * {@code FontLibrary} and {@code Typeface} are public also because the Maven plugin picks, through
 * {@code PdfWriter.fontLibrary}, the same fallback fonts for the web editions.
 *
 * <p>The fonts installed on the machine serve characters the house's and the bundled fonts lack.
 * {@link dev.brief.pdf.fonts.SystemFonts#installed()} scans the system's font folders once per process
 * (Linux, macOS and Windows folders, the user's first), reading only names, OS/2 style fields and character
 * maps; {@link dev.brief.pdf.fonts.SystemFonts#scan(java.util.List)} scans given folders (tests use
 * fixture folders). {@link dev.brief.pdf.fonts.SystemFonts#chain(int, String, boolean, boolean, boolean)}
 * gives, for a character, the brief's language and the wanted style, the fonts to try best first: the
 * families known to set the character's script well (Noto Naskh Arabic for serif Arabic text, IPAMincho for
 * serif Japanese, WenQuanYi Zen Hei for Chinese …), then any other family that covers it, one face per family,
 * the nearest in width, slope and weight. Each is a {@link dev.brief.pdf.fonts.InstalledFont}; its
 * {@link dev.brief.pdf.fonts.InstalledFont#readTrueType()} gives the bytes of a standalone TrueType file (a
 * member of a .ttc collection copied out with a table directory of its own), for the engine's parser and
 * subsetter.
 *
 * <p>Fonts with CFF outlines (the Noto CJK collections, most .otf files) are indexed but never chained:
 * PDFBox 3 subsets TrueType outlines only, and embedding a whole CJK font would put 14 MB into every PDF.
 *
 * <p>{@link dev.brief.pdf.fonts.FreeFontAdvice} names, for a character no font covers, free fonts for its
 * script with their Debian packages and Homebrew casks; the layout's uncovered-character error carries it.
 */
package dev.brief.pdf.fonts;
