package dev.brief.maven.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the PDF/UA-1, PDF/A-2, PDF/UA-2, WTPDF and PDF/A-4 rules a reviewer is likely to meet ask for, in plain
 * words: veraPDF's own descriptions quote the standard, which names keys and clauses rather than what a reader
 * would miss. Keyed by the standard's part of veraPDF's rule name and the clause, or the clause and its test where
 * one clause holds rules about different things.
 */
final class PlainRuleWords {
    private static final Pattern RULE = Pattern.compile("^(.*?) clause (.*?) test (\\d+)$");
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        pdfUa1();
        pdfA2();
        String ua2 = "ISO 14289-2:2024";
        WORDS.put(
                ua2 + "|8.2.5.14",
                "A note reference and its note must point at each other (/Ref both ways), so a"
                        + " screen reader can go from the number to the note and back.");
        WORDS.put(
                ua2 + "|8.8",
                "A link or bookmark inside the document must lead to a structure element, not only to"
                        + " a page, so assistive technology lands on the right heading or note.");
        WORDS.put(ua2 + "|8.2.5.27", "A caption must come first or last in what it captions, so it is read with it.");
        WORDS.put(
                ua2 + "|8.2.4",
                "Every tag must be one the PDF 2.0 or PDF 1.7 standard defines, or be mapped to"
                        + " one, so readers know what each part of the document is.");
        WORDS.put(ua2 + "|8.2.5.20", "A link's text and its clickable area must sit in one Link tag.");
        WORDS.put(ua2 + "|8.9.2.3", "A link needs a description (/Contents) that says where it leads.");
        WORDS.put(ua2 + "|5", "The file must say in its metadata that it is PDF/UA-2 (pdfuaid:part 2 and rev).");
        WORDS.put(
                "ISO 32005:2023|",
                "One tag holds another that the tagging standard does not allow inside it, so"
                        + " a reader may misread the structure (for example a heading inside the document title).");
        WORDS.put(
                "WTPDF1.0|6.1.3",
                "The metadata must declare Well-Tagged PDF for accessibility" + " (a pdfd declaration).");
        WORDS.put("WTPDF1.0|", "A Well-Tagged PDF rule (the same ground as PDF/UA-2) failed: see the clause.");
        WORDS.put(
                "ISO 19005-4:2020|6.1.3",
                "A PDF/A-4 file describes itself in its XMP metadata only: no document" + " information dictionary.");
    }

    private PlainRuleWords() {}

    private static void pdfUa1() {
        String ua1 = "ISO 14289-1:2014";
        WORDS.put(ua1 + "|5", "The file must say in its metadata that it is PDF/UA-1 (pdfuaid:part 1).");
        WORDS.put(
                ua1 + "|7.1 test 3",
                "Something on a page is neither tagged nor marked as an artifact: a screen reader either skips it"
                        + " or cannot tell where it belongs.");
        WORDS.put(
                ua1 + "|7.1 test 8",
                "The document has no XMP metadata stream, where its title and the PDF/UA claim are read from.");
        WORDS.put(ua1 + "|7.1 test 9", "The metadata must give the document a title (dc:title).");
        WORDS.put(
                ua1 + "|7.1 test 10",
                "The window must show the document's title, not its file name (DisplayDocTitle).");
        WORDS.put(
                ua1 + "|7.1 test 11",
                "The document has no tag tree (StructTreeRoot): nothing says what its parts are.");
        WORDS.put(
                ua1 + "|7.1",
                "The document's tagging as a whole: all content tagged or an artifact, tags mapped to standard"
                        + " ones, a title shown.");
        WORDS.put(
                ua1 + "|7.2",
                "Text must say which language it is in (/Lang on the document, a tag or a span), so a screen"
                        + " reader speaks it with the right voice.");
        WORDS.put(ua1 + "|7.3", "A figure needs alternative text (/Alt) that says what it shows, read in its place.");
        WORDS.put(
                ua1 + "|7.4",
                "Headings must be tagged H1 to H6 without skipping a level (or H only), so the outline readers"
                        + " move by is right.");
        WORDS.put(
                ua1 + "|7.5",
                "A table's header cells must say which cells they head (/Scope, or /Headers and IDs), so each"
                        + " cell can be read with its headers.");
        WORDS.put(ua1 + "|7.6", "A list must be tagged L, its items LI with a label (Lbl) and a body (LBody).");
        WORDS.put(ua1 + "|7.9", "A note must be tagged Note and carry an ID of its own.");
        WORDS.put(
                ua1 + "|7.18",
                "Every annotation (a link's clickable area) must be tagged and described (/Contents), so it can"
                        + " be reached and announced.");
        WORDS.put(
                ua1 + "|7.18.5",
                "A link's tag must hold both its text and its clickable area (the annotation, through an OBJR).");
        WORDS.put(ua1 + "|7.18.5 test 2", "A link needs a description (/Contents) that says where it leads.");
        WORDS.put(
                ua1 + "|7.21",
                "Every font must be embedded with its glyphs' meaning (a ToUnicode map), so the text can be"
                        + " read aloud, searched and copied.");
    }

    private static void pdfA2() {
        String a2 = "ISO 19005-2:2011";
        WORDS.put(
                a2 + "|6.2.11.4",
                "Every font must be embedded in the file, so it looks the same wherever it is opened.");
        WORDS.put(
                a2 + "|6.2.11.7",
                "Every glyph must map to the character it shows (ToUnicode), so the text can be extracted.");
        WORDS.put(
                a2 + "|6.2.4.3",
                "Colours given in device colour spaces need an output intent (a colour profile) in the file.");
        WORDS.put(
                a2 + "|6.6.2",
                "The file's XMP metadata must be present and well formed, its extension schemas described.");
        WORDS.put(a2 + "|6.1.3", "The file's trailer must carry an /ID, which identifies it for archiving.");
        WORDS.put(
                a2 + "|6.7",
                "An archival PDF/A-2a file must be tagged: a tag tree, MarkInfo /Marked true, and the natural"
                        + " language of its text.");
    }

    /** The plain explanation of a veraPDF rule name, such as "ISO 14289-2:2024 clause 8.8 test 1"; "" if none. */
    static String explain(String rule) {
        Matcher matcher = RULE.matcher(rule);
        if (!matcher.matches()) {
            return "";
        }
        String standard = matcher.group(1);
        String clause = matcher.group(2);
        String test = WORDS.get(standard + "|" + clause + " test " + matcher.group(3));
        if (test != null) {
            return test;
        }
        String exact = WORDS.get(standard + "|" + clause);
        if (exact != null) {
            return exact;
        }
        // A clause also stands for its sub-clauses (8.2.4 for 8.2.4.1), the closest one first.
        String closest = "";
        String words = null;
        for (Map.Entry<String, String> entry : WORDS.entrySet()) {
            String[] key = entry.getKey().split("\\|", 2);
            if (key[0].equals(standard)
                    && !key[1].isEmpty()
                    && !key[1].contains(" test ")
                    && clause.startsWith(key[1] + ".")
                    && key[1].length() > closest.length()) {
                closest = key[1];
                words = entry.getValue();
            }
        }
        if (words != null) {
            return words;
        }
        return WORDS.getOrDefault(standard + "|", "");
    }
}
