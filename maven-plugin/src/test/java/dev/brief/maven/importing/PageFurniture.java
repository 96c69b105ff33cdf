package dev.brief.maven.importing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page furniture of the corpus's briefs, named line by line: what the printed page repeats or adds around the
 * text and a new edition prints again or not at all, and the two back-matter labels the importer consumes. The
 * word-loss check leaves these lines out of the input.
 */
final class PageFurniture {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final List<Pattern> LINES = List.of(
            // the footer, alone or beside the product number and version
            Pattern.compile("(?m)^.*https://crsreports\\.congress\\.gov.*$"),
            // the running foot with the page number, as text or as the table a converter made of it
            Pattern.compile("(?m)^[|\\s*]*Congressional Research Service[*\\s]*(<sup>\\d+</sup>|\\|\\s*\\d+\\s*\\|)?"
                    + "[|\\s]*$"),
            Pattern.compile("(?m)^### Congressional Research Service$"),
            // the product number, the version line, the date line
            Pattern.compile("(?m)^\\**(IF|IN|LSB|R|RL|RS)?\\d[\\d-]*\\**$"),
            Pattern.compile("(?m)^.*· VERSION \\d+ · (UPDATED|NEW).*$"),
            Pattern.compile("(?m)^(Updated )?(January|February|March|April|May|June|July|August|September|October"
                    + "|November|December) \\d{1,2}, \\d{4}$"),
            // the template's masthead
            Pattern.compile("(?m)^\\*\\*CRS (INSIGHT|Legal Sidebar)\\*\\* Prepared for Members and.*$"),
            Pattern.compile("(?m)^(Committees of Congress|INSIGHTi|Legal Sidebari)$"),
            // a report's table of contents, which the editions make again from the headings
            Pattern.compile("(?m)^.*\\.{8,}.*$"),
            Pattern.compile("(?m)^### (Contents|Contacts)$"),
            // not furniture but labels the importer consumes, as it consumes a Notes heading: the back matter's
            // headings, whose content becomes `authors:` and `publisher: disclaimer:`
            Pattern.compile("(?m)^#{1,6} (Author Information|Disclaimer)$"));

    private PageFurniture() {}

    /** The legacy text less its page furniture and its running heads (lines that repeat the title). */
    static String without(String legacy) {
        String text = legacy;
        for (Pattern line : LINES) {
            text = line.matcher(text).replaceAll("");
        }
        Matcher title = Pattern.compile("(?m)^## (.+)$").matcher(legacy);
        if (title.find()) {
            String runningHead = "(?m)^\\*?" + Pattern.quote(title.group(1).strip()) + "\\*?$";
            text = text.replaceAll(runningHead + "(?![\\s\\S]*\\A)", "");
            text = "## " + title.group(1) + "\n" + text.replaceFirst("(?m)^## .+$", "");
        }
        return text;
    }

    /** The letters the converter set apart as drop caps (a line holding one capital letter), in lower case. */
    static List<String> dropCaps(String legacy) {
        List<String> letters = new java.util.ArrayList<>();
        Matcher dropCap = Pattern.compile("(?m)^#{0,6}\\s*([A-Z])\\s*$").matcher(legacy);
        while (dropCap.find()) {
            letters.add(dropCap.group(1).toLowerCase(Locale.ROOT));
        }
        return letters;
    }

    /** The words of a text, in lower case, without link targets: letters and digits only. */
    static Set<String> wordsOf(String text) {
        Set<String> words = new LinkedHashSet<>();
        // a note number stands apart from the word before it; a table note's letter joins it, as the importer writes
        String unmarked =
                text.replaceAll("<sup>\\s*([0-9, ]+)\\s*</sup>", " $1 ").replaceAll("</?sup>", "");
        Matcher word = WORD.matcher(LINK_TARGET.matcher(unmarked).replaceAll("]"));
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
