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
            text.append(
                    survey.informativeFigures() == 1
                            ? "Its figure has"
                            : "Each of its " + count(survey.informativeFigures(), "figure") + " has");
            text.append(" a text alternative, so the text alone is enough to read it. ");
        } else {
            text.append("It has no images besides the cover, whose text alternative gives the title. ");
        }
        if (survey.tables() > 0) {
            text.append(survey.tables() == 1 ? "Its table has" : "Its " + count(survey.tables(), "table") + " have");
            text.append(" marked header cells. ");
        }
        if (survey.notes() > 0) {
            text.append(
                    survey.notes() == 1 ? "Its endnote is" : "Each of its " + count(survey.notes(), "endnote") + " is");
            text.append(" linked from the text and links back to it. ");
        }
        text.append("Reading systems may change fonts, sizes, spacing and colours; ");
        text.append("there is no audio, video, animation or flashing content.");
        return text.toString();
    }

    /** "three sections", "12 sections": words up to nine, as running text writes them. */
    private static String count(int number, String noun) {
        String words =
                switch (number) {
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
        return words + " " + noun + (number == 1 ? "" : "s");
    }
}
