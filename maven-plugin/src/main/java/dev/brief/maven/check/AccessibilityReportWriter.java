package dev.brief.maven.check;

import java.util.List;

/**
 * The page a reviewer reads: verdict, every finding in plain words grouped by check, then what assistive
 * technology gets from the PDF: the tag tree as an outline, the text in reading order, the alternative texts
 * of figures and the links. Self-contained HTML, readable itself with a screen reader.
 */
final class AccessibilityReportWriter {
    private final StringBuilder html = new StringBuilder();

    private AccessibilityReportWriter() {}

    static String write(BriefCheck check) {
        AccessibilityReportWriter writer = new AccessibilityReportWriter();
        writer.document(check);
        return writer.html.toString();
    }

    private void document(BriefCheck check) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text("Accessibility report: " + check.slug()))
                .append("</title>\n<style>")
                .append("body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                        + "color:#1a1a1a}.pass{color:#05621e}.fail{color:#a1120b}code,.tree{font-family:monospace}"
                        + "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;"
                        + "text-align:left;vertical-align:top}.tree ul{margin:0;padding-left:1.25rem}"
                        + "</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(text("Accessibility report: " + check.slug()))
                .append("</h1>\n<p>Source: <code>")
                .append(text(check.source().toString()))
                .append("</code></p>\n");
        verdict(check);
        findings(check);
        check.pdf().ifPresent(this::pdf);
        html.append("</main>\n</body>\n</html>\n");
    }

    private void verdict(BriefCheck check) {
        html.append("<h2>Verdict</h2>\n<p class=\"")
                .append(check.passed() ? "pass" : "fail")
                .append("\">")
                .append(
                        check.passed()
                                ? "Every check passed."
                                : check.failures().size() + " of "
                                        + check.results().size() + " checks failed.")
                .append("</p>\n<table>\n<caption>Checks</caption>\n<thead><tr><th scope=\"col\">Check</th>"
                        + "<th scope=\"col\">File</th><th scope=\"col\">Result</th></tr></thead>\n<tbody>\n");
        for (CheckResult result : check.results()) {
            html.append("<tr><td>")
                    .append(text(result.name()))
                    .append("</td><td>")
                    .append(text(result.output()))
                    .append("</td><td class=\"")
                    .append(
                            result.passed()
                                    ? "pass\">passed"
                                    : "fail\">failed: " + result.findings().size() + " finding"
                                            + (result.findings().size() == 1 ? "" : "s"))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void findings(BriefCheck check) {
        html.append("<h2>Findings</h2>\n");
        if (check.passed()) {
            html.append("<p>None.</p>\n");
            return;
        }
        for (CheckResult result : check.failures()) {
            html.append("<h3>")
                    .append(text(result.name() + " (" + result.output() + ")"))
                    .append("</h3>\n<ul>\n");
            for (Finding finding : result.findings()) {
                html.append("<li>");
                if (!finding.where().isEmpty()) {
                    html.append("<code>").append(text(finding.where())).append("</code>: ");
                }
                html.append(text(finding.message())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    private void pdf(PdfStructure pdf) {
        html.append("<h2>The PDF as assistive technology reads it</h2>\n<p>")
                .append(pdf.pageCount())
                .append(" pages; tagged: ")
                .append(pdf.marked() ? "yes" : "no")
                .append("; language: ")
                .append(text(pdf.lang().orElse("not set")))
                .append("; title: ")
                .append(text(pdf.title().orElse("not set")))
                .append(".</p>\n");
        html.append("<h3>Tag tree</h3>\n");
        if (pdf.root().isEmpty()) {
            html.append("<p class=\"fail\">The PDF has no tag tree.</p>\n");
            return;
        }
        html.append("<div class=\"tree\"><ul>\n");
        outline(pdf.root().get());
        html.append("</ul></div>\n<h3>Text in reading order</h3>\n");
        for (String line : pdf.readingOrderLines()) {
            html.append("<p>").append(text(line)).append("</p>\n");
        }
        figuresAndLinks(pdf.nodes());
    }

    private void outline(CheckedTag node) {
        if (!node.isElement()) {
            return;
        }
        html.append("<li>").append(text(node.role()));
        if (!node.declaredRole().equals(node.role())) {
            html.append(" (").append(text(node.declaredRole())).append(')');
        }
        node.lang().ifPresent(lang -> html.append(" lang=").append(text(lang)));
        node.alt().ifPresent(alt -> html.append(" Alt=\u201c").append(text(alt)).append('\u201d'));
        String own = node.hasBlockDescendant() ? "" : node.text().strip();
        if (!own.isEmpty()) {
            html.append(": ").append(text(own.length() > 80 ? own.substring(0, 79) + "\u2026" : own));
        }
        List<CheckedTag> elements =
                node.children().stream().filter(CheckedTag::isElement).toList();
        if (!elements.isEmpty() && node.hasBlockDescendant()) {
            html.append("\n<ul>\n");
            elements.forEach(this::outline);
            html.append("</ul>");
        }
        html.append("</li>\n");
    }

    private void figuresAndLinks(List<CheckedTag> nodes) {
        html.append("<h3>Figures and their alternative text</h3>\n<ul>\n");
        nodes.stream().filter(node -> node.role().equals("Figure")).forEach(node -> html.append("<li>")
                .append(text(node.alt().filter(alt -> !alt.isBlank()).orElse("(no alternative text)")))
                .append("</li>\n"));
        html.append("</ul>\n<h3>Links</h3>\n<table>\n<thead><tr><th scope=\"col\">Link text</th>"
                + "<th scope=\"col\">Target</th></tr></thead>\n<tbody>\n");
        for (CheckedTag node : nodes) {
            if (node.role().equals("Link")) {
                String target = node.children().stream()
                        .filter(child -> child.role().equals(CheckedTag.ANNOTATION))
                        .map(CheckedTag::content)
                        .findFirst()
                        .orElse("(no annotation)");
                html.append("<tr><td>")
                        .append(text(node.text().strip()))
                        .append("</td><td>")
                        .append(text(target))
                        .append("</td></tr>\n");
            }
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String text(String value) {
        return JUnitReportWriter.escape(value);
    }
}
