package dev.brief.maven.check;

import java.util.Locale;

/**
 * The checks of one brief as a JUnit XML test suite, the format CI servers already collect: one test case
 * per check, one failure per failed check with every finding in its text.
 */
final class JUnitReportWriter {
    private JUnitReportWriter() {}

    static String write(BriefCheck check) {
        long failures = check.failures().size();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append(String.format(
                Locale.ROOT,
                "<testsuite name=\"brief-check.%s\" tests=\"%d\" failures=\"%d\"" + " errors=\"0\" skipped=\"0\">\n",
                escape(check.slug()),
                check.results().size(),
                failures));
        for (CheckResult result : check.results()) {
            xml.append("  <testcase classname=\"brief-check.")
                    .append(escape(check.slug()))
                    .append('.')
                    .append(escape(result.output()))
                    .append("\" name=\"")
                    .append(escape(result.name()))
                    .append('"');
            if (result.passed()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n    <failure message=\"")
                    .append(escape(result.findings().size() + " finding"
                            + (result.findings().size() == 1 ? "" : "s") + ": "
                            + result.findings().get(0)))
                    .append("\">");
            for (Finding finding : result.findings()) {
                xml.append(escape(finding.toString())).append('\n');
            }
            xml.append("</failure>\n  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
