package dev.brief.maven.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether a file without front matter is unmistakably a brief extracted from a PDF, so that
 * {@code brief:build} may import it without being asked. Conservative on purpose: a guess that is taken for
 * a brief is published, so it takes one of two marks a hand-written Markdown file almost never has, bare
 * superscript note numbers (what pdftohtml leaves of note references) or page furniture (a running head or
 * foot repeated on several pages), together with at least one other mark of extraction. Anything less is
 * refused with a message that says how to ask for the import.
 */
final class ExtractionSigns {
    private static final Pattern SUPERSCRIPT_NUMBER = Pattern.compile("<sup>\\s*[0-9]{1,3}\\s*[,\\s0-9-]*</sup>");

    /** The other marks of extraction, each named the way the log and docs/import.md name it. */
    private record Sign(String name, Pattern pattern) {}

    private static final List<Sign> OTHER_SIGNS = List.of(
            new Sign("a Notes heading", Pattern.compile("(?im)^(#{1,6}\\s+)?(end\\s*)?notes\\s*$")),
            new Sign("an \"About this …\" heading", Pattern.compile("(?im)^#{1,6}\\s+about\\s+(this|the)\\s+\\w+")),
            new Sign(
                    "a back-matter heading (Author Information, Disclaimer, About the authors)",
                    Pattern.compile(
                            "(?im)^#{1,6}\\s+(author( contact)? information|disclaimer|about the authors?)\\s*$")),
            new Sign("an ISBN line", Pattern.compile("(?im)^\\s*e?-?isbn\\b")),
            new Sign("an e-mail line", Pattern.compile("(?im)^\\s*e-?mail\\s*:|\\(mailto:")),
            new Sign("HTML entities or escapes left by conversion", Pattern.compile("\\\\\\$|&(amp|#39|quot|nbsp);")));

    private static final String SUPERSCRIPTS = "bare superscript note numbers";
    private static final String FURNITURE = "page furniture repeated on several pages";

    /** A line as a running head or foot prints it: short, plain text or an address, no Markdown block mark. */
    private static final Pattern FURNITURE_LINE = Pattern.compile("(?:https?://|[\\p{L}\\p{N}]).{6,78}");

    private final List<String> found;

    private ExtractionSigns(List<String> found) {
        this.found = List.copyOf(found);
    }

    static ExtractionSigns of(String text) {
        List<String> found = new ArrayList<>();
        if (SUPERSCRIPT_NUMBER.matcher(text).find()) {
            found.add(SUPERSCRIPTS);
        }
        if (repeatedFurniture(text)) {
            found.add(FURNITURE);
        }
        for (Sign sign : OTHER_SIGNS) {
            if (sign.pattern().matcher(text).find()) {
                found.add(sign.name());
            }
        }
        return new ExtractionSigns(found);
    }

    /** Superscript note numbers or page furniture, and at least one other sign. */
    boolean unmistakable() {
        return found.size() >= 2 && (found.contains(SUPERSCRIPTS) || found.contains(FURNITURE));
    }

    /**
     * The same short line, bold marks and a superscript page number dropped, on two or more separate lines: what a
     * converter leaves of a running head, a site address or a publisher's name at each page foot. A line that
     * ends a sentence is text, not furniture.
     */
    private static boolean repeatedFurniture(String text) {
        Map<String, Integer> seen = new HashMap<>();
        for (String line : text.split("\\R")) {
            String plain = line.replaceAll("<sup>[^<]*</sup>|\\*\\*", "").strip();
            if (FURNITURE_LINE.matcher(plain).matches()
                    && !plain.endsWith(".")
                    && seen.merge(plain, 1, Integer::sum) == 2) {
                return true;
            }
        }
        return false;
    }

    /** "bare superscript note numbers, a Notes heading", for the log line that says why a file was imported. */
    String described() {
        return found.isEmpty() ? "no sign of extraction" : String.join(", ", found);
    }
}
