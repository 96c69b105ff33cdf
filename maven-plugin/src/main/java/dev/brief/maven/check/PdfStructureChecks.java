package dev.brief.maven.check;

import dev.brief.core.model.Brief;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks on the PDF's tag tree that veraPDF does not make, or makes less plainly: every mark is tagged or an
 * artifact, figures have alt text, heading levels do not skip, link texts say where they lead, and every
 * endnote is tagged as a Note.
 */
final class PdfStructureChecks {
    private PdfStructureChecks() {}

    static List<CheckResult> check(PdfStructure pdf, Brief brief, String output) {
        List<CheckedTag> nodes = pdf.nodes();
        return List.of(
                marks(pdf, output),
                altTexts(nodes, output),
                headingLevels(nodes, output, "PDF"),
                links(nodes, output),
                notes(nodes, brief, output));
    }

    /** PDF/UA-1 7.1: every mark on a page is either real content (tagged) or an artifact. */
    private static CheckResult marks(PdfStructure pdf, String output) {
        List<Finding> findings = new ArrayList<>();
        List<String> unmarked = pdf.unmarkedPainting();
        for (String painting : unmarked.subList(0, Math.min(unmarked.size(), 20))) {
            findings.add(new Finding(
                    output + " " + painting,
                    "painted outside any marked content: neither tagged"
                            + " content nor an artifact, so a screen reader cannot account for it"));
        }
        if (unmarked.size() > 20) {
            findings.add(new Finding(output, (unmarked.size() - 20) + " more unmarked painting operators"));
        }
        return new CheckResult("PDF marks are tagged or artifacts", output, findings);
    }

    private static CheckResult altTexts(List<CheckedTag> nodes, String output) {
        List<Finding> findings = new ArrayList<>();
        int figure = 0;
        for (CheckedTag node : nodes) {
            if (node.role().equals("Figure")) {
                figure++;
                boolean described = node.alt().filter(alt -> !alt.isBlank()).isPresent()
                        || node.actualText().filter(text -> !text.isBlank()).isPresent();
                if (!described) {
                    findings.add(new Finding(
                            output + " Figure " + figure,
                            "the figure has no alternative text (Alt); describe the image in the source's ![alt]"));
                }
            }
        }
        return new CheckResult("PDF figures have alt text", output, findings);
    }

    static CheckResult headingLevels(List<CheckedTag> nodes, String output, String edition) {
        List<Finding> findings = new ArrayList<>();
        int previous = 0;
        for (CheckedTag node : nodes) {
            int level = headingLevel(node.role());
            if (level == 0) {
                continue;
            }
            if (level > previous + 1) {
                findings.add(new Finding(
                        output,
                        "heading \u201c" + node.text().strip() + "\u201d is level " + level + " but follows level "
                                + previous + "; levels must not skip"));
            }
            previous = level;
        }
        return new CheckResult(edition + " heading levels do not skip", output, findings);
    }

    private static int headingLevel(String role) {
        if (role.equals("Title")) {
            // Under PDF/UA-2 the document title is a Title, which stands where PDF/UA-1 has its H1.
            return 1;
        }
        if (role.length() == 2 && role.charAt(0) == 'H' && Character.isDigit(role.charAt(1))) {
            return role.charAt(1) - '0';
        }
        return 0;
    }

    private static CheckResult links(List<CheckedTag> nodes, String output) {
        List<Finding> findings = new ArrayList<>();
        for (CheckedTag node : nodes) {
            if (!node.role().equals("Link")) {
                continue;
            }
            String target = node.children().stream()
                    .filter(child -> child.role().equals(CheckedTag.ANNOTATION))
                    .map(CheckedTag::content)
                    .findFirst()
                    .orElse(null);
            String where = output + " link" + (target == null ? "" : " to " + target);
            String problem = LinkTexts.problem(node.text());
            if (problem != null) {
                findings.add(new Finding(where, problem));
            }
            if (target == null) {
                findings.add(new Finding(
                        where, "the Link element owns no link annotation (OBJR), so it cannot be" + " followed"));
            }
        }
        return new CheckResult("PDF link texts", output, findings);
    }

    private static CheckResult notes(List<CheckedTag> nodes, Brief brief, String output) {
        // PDF/UA-2 writes a note as FENote (ISO 32000-2, 14.8.4.7.5).
        long tagged = nodes.stream()
                .filter(node -> node.role().equals("Note") || node.role().equals("FENote"))
                .count();
        List<Finding> findings = new ArrayList<>();
        if (tagged < brief.notes().size()) {
            findings.add(new Finding(
                    output,
                    "the brief has " + brief.notes().size() + " notes but the PDF tags only " + tagged + " as Note"));
        }
        return new CheckResult("PDF notes are tagged", output, findings);
    }
}
