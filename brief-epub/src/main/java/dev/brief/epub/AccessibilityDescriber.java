package dev.brief.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the accessibility metadata from what the publication really contains (EPUB Accessibility 1.1 §2;
 * the schema.org vocabulary of the W3C Accessibility Discoverability Vocabulary). Nothing is claimed that the
 * book does not have: {@code alternativeText} and the visual access mode only with informative figures,
 * {@code pageNavigation} and {@code printPageNumbers} only with a page list.
 */
final class AccessibilityDescriber {
    private AccessibilityDescriber() {}

    static AccessibilityMetadata describe(
            BriefSurvey survey, boolean hasPageList, Optional<String> certifiedBy, Optional<String> pageBreakSource) {
        List<String> accessModes = new ArrayList<>(List.of("textual"));
        if (survey.hasFigures()) {
            accessModes.add("visual");
        }
        List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder"));
        if (survey.hasFigures()) {
            features.add("alternativeText");
        }
        if (hasPageList) {
            features.add("pageNavigation");
            features.add("printPageNumbers");
        }
        features.add("displayTransformability");
        return new AccessibilityMetadata(
                accessModes,
                List.of("textual"),
                features,
                List.of("none"),
                summary(survey, hasPageList),
                AccessibilityMetadata.CONFORMS_TO,
                certifiedBy,
                hasPageList ? pageBreakSource : Optional.empty());
    }

    private static String summary(BriefSurvey survey, boolean hasPageList) {
        StringBuilder text = new StringBuilder();
        text.append("This publication meets EPUB Accessibility 1.1 at WCAG 2.2 Level AA. ");
        text.append("Its text is in one content document in logical reading order, with a table of contents");
        text.append(survey.sections() > 0 ? " and " + count(survey.sections(), "headed section") : "");
        text.append(" for structural navigation. ");
        if (hasPageList) {
            text.append("A page list and page break markers match the pages of the PDF edition. ");
        }
        if (survey.hasFigures()) {
            text.append(capitalised(count(survey.informativeFigures(), "figure")))
                    .append(survey.informativeFigures() == 1 ? " has" : " have")
                    .append(" a text alternative, so the text alone is sufficient to read it. ");
        } else {
            text.append("It has no images besides the cover, whose text alternative gives the title. ");
        }
        if (survey.tables() > 0) {
            text.append(capitalised(count(survey.tables(), "table")))
                    .append(survey.tables() == 1 ? " has" : " have")
                    .append(" marked header cells. ");
        }
        if (survey.notes() > 0) {
            text.append(capitalised(count(survey.notes(), "endnote")))
                    .append(survey.notes() == 1 ? " is" : " are")
                    .append(" linked from the text and back. ");
        }
        text.append("Reading systems may change fonts, sizes, spacing and colours; ");
        text.append("there is no audio, video, animation or flashing content.");
        return text.toString();
    }

    private static String count(int number, String noun) {
        String words = switch (number) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            case 4 -> "four";
            case 5 -> "five";
            case 6 -> "six";
            case 7 -> "seven";
            case 8 -> "eight";
            case 9 -> "nine";
            default -> Integer.toString(number);
        };
        return number == 1 ? words + " " + noun : words + " " + noun + "s";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
