package dev.brief.maven.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the PDF/UA-2, WTPDF and PDF/A-4 rules a reviewer is likely to meet ask for, in plain words: veraPDF's own
 * descriptions quote the standard, which names keys and clauses rather than what a reader would miss. Keyed by
 * the standard's part of veraPDF's rule name and the clause.
 */
final class PlainRuleWords {
    private static final Pattern RULE = Pattern.compile("^(.*?) clause (.*?) test \\d+$");
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
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

    /** The plain explanation of a veraPDF rule name, such as "ISO 14289-2:2024 clause 8.8 test 1"; "" if none. */
    static String explain(String rule) {
        Matcher matcher = RULE.matcher(rule);
        if (!matcher.matches()) {
            return "";
        }
        String standard = matcher.group(1);
        String clause = matcher.group(2);
        String exact = WORDS.get(standard + "|" + clause);
        if (exact != null) {
            return exact;
        }
        // A clause of PDF/UA-2 or WTPDF also stands for its sub-clauses (8.2.4 for 8.2.4.1).
        for (Map.Entry<String, String> entry : WORDS.entrySet()) {
            String[] key = entry.getKey().split("\\|", 2);
            if (key[0].equals(standard) && !key[1].isEmpty() && clause.startsWith(key[1] + ".")) {
                return entry.getValue();
            }
        }
        return WORDS.getOrDefault(standard + "|", "");
    }
}
