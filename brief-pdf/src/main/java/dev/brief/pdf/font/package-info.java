/**
 * The fonts installed on the machine, for characters the house's and the bundled fonts lack.
 *
 * <p>{@link dev.brief.pdf.font.SystemFonts#installed()} scans the system's font folders once per process
 * (Linux, macOS and Windows folders, the user's first), reading only names, OS/2 style fields and character
 * maps; {@link dev.brief.pdf.font.SystemFonts#scan(java.util.List)} scans given folders (tests use
 * fixture folders). {@link dev.brief.pdf.font.SystemFonts#chain(int, String, boolean, boolean, boolean)}
 * gives, for a character, the brief's language and the wanted style, the fonts to try best first: the
 * families known to set the character's script well (Noto Naskh Arabic for serif Arabic text, IPAMincho for
 * serif Japanese, WenQuanYi Zen Hei for Chinese …), then any other family that covers it, one face per family,
 * the nearest in width, slope and weight. Each is a {@link dev.brief.pdf.font.InstalledFont}; its
 * {@link dev.brief.pdf.font.InstalledFont#readTrueType()} gives the bytes of a standalone TrueType file (a
 * member of a .ttc collection copied out with a table directory of its own), for the engine's parser and
 * subsetter.
 *
 * <p>Fonts with CFF outlines (the Noto CJK collections, most .otf files) are indexed but never chained:
 * PDFBox 3 subsets TrueType outlines only, and embedding a whole CJK font would put 14 MB into every PDF.
 *
 * <p>{@link dev.brief.pdf.font.FreeFontAdvice} names, for a character no font covers, free fonts for its
 * script with their Debian packages and Homebrew casks; the layout's uncovered-character error carries it.
 */
package dev.brief.pdf.font;
