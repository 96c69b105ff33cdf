package dev.brief.maven.check;

import dev.brief.core.diagnostic.SourceMap;
import dev.brief.core.model.Brief;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the text of an edition as a reader meets it (the PDF's tags in structure order, the HTML and
 * EPUB documents in reading order) holds every piece of the source's text in source order. Whitespace is
 * ignored (layout decides it) and compatibility forms are folded (a ligature glyph reads as its letters);
 * anything else that differs is a finding at the source element.
 */
final class ReadingOrderCheck {
    static final String NAME = "PDF text in structure order follows the source";
    private static final int MOST_FINDINGS = 20;

    private ReadingOrderCheck() {}

    static CheckResult check(PdfStructure pdf, Brief brief, SourceMap sourceMap, String sourceFile, String output) {
        if (pdf.root().isEmpty()) {
            return new CheckResult(
                    NAME,
                    output,
                    List.of(new Finding(output, "the PDF has no tag tree, so it has no reading order at all")));
        }
        return check(
                NAME,
                pdf.root().get().text(),
                "the PDF's tagged text (untagged, marked as an artifact, or" + " changed)",
                brief,
                sourceMap,
                sourceFile,
                output);
    }

    /** The same check on the text of an HTML or EPUB edition, its documents in reading order. */
    static CheckResult check(
            String edition,
            List<MarkupDocuments.Named> documents,
            Brief brief,
            SourceMap sourceMap,
            String sourceFile,
            String output) {
        StringBuilder text = new StringBuilder();
        documents.forEach(named -> text.append(named.document().body().text()).append(' '));
        return check(
                edition + " text follows the source",
                text.toString(),
                "the " + edition + " edition's text",
                brief,
                sourceMap,
                sourceFile,
                output);
    }

    private static CheckResult check(
            String name,
            String editionText,
            String missingFrom,
            Brief brief,
            SourceMap sourceMap,
            String sourceFile,
            String output) {
        List<Finding> findings = new ArrayList<>();
        String structureText = normalized(editionText);
        int cursor = 0;
        String previous = "the start of the document";
        int problems = 0;
        for (SourceTexts.Unit unit : SourceTexts.of(brief)) {
            String text = normalized(unit.text());
            int found = structureText.indexOf(text, cursor);
            if (found >= 0) {
                cursor = found + text.length();
                previous = unit.elementId();
                continue;
            }
            problems++;
            if (problems <= MOST_FINDINGS) {
                String where = sourceMap
                        .position(unit.elementId())
                        .map(Object::toString)
                        .orElse(sourceFile);
                boolean elsewhere = structureText.contains(text);
                findings.add(new Finding(
                        where,
                        unit.elementId() + " \u201c" + excerpt(unit.text()) + "\u201d "
                                + (elsewhere
                                        ? "is read before " + previous + ", though the source puts it after"
                                        : "is missing from " + missingFrom)));
            }
        }
        if (problems > MOST_FINDINGS) {
            findings.add(
                    new Finding(sourceFile, (problems - MOST_FINDINGS) + " more elements out of order or missing"));
        }
        return new CheckResult(name, output, findings);
    }

    static String normalized(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0xAD && c != 0x200B)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57) + "\u2026";
    }
}
