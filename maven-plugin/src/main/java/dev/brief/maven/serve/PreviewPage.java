package dev.brief.maven.serve;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.maven.build.BriefOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * The preview page at {@code /}: the list of briefs and, per brief, its status, links to its editions, every
 * diagnostic with file:line:column, and the print HTML edition in a frame. The parts marked {@code data-live}
 * are swapped in place by the page's script after each rebuild, and only the frames of rebuilt briefs reload,
 * at the scroll position the reader left them.
 */
final class PreviewPage {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final StringBuilder html = new StringBuilder();
    private final Path outputRoot;

    private PreviewPage(Path outputRoot) {
        this.outputRoot = outputRoot;
    }

    static String render(PreviewState state, Path outputRoot) {
        PreviewPage page = new PreviewPage(outputRoot);
        page.document(state);
        return page.html.toString();
    }

    private void document(PreviewState state) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Brief preview</title>\n<style>")
                .append(PreviewAssets.STYLE)
                .append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>Brief preview</h1>\n");
        status(state);
        html.append("</header>\n<main>\n");
        contents(state);
        for (BriefOutcome outcome : state.report().outcomes()) {
            brief(outcome);
        }
        html.append("</main>\n<script>").append(PreviewAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    private void status(PreviewState state) {
        html.append("<div id=\"build-status\" data-live role=\"status\">\n");
        if (state.generation() == 0) {
            html.append("<p>Building…</p>\n");
        } else {
            long failed = state.report().count(BriefOutcome.Status.FAILED);
            html.append("<p>Build ")
                    .append(state.generation())
                    .append(" finished at ")
                    .append(CLOCK.format(state.finished()))
                    .append(" in ")
                    .append(state.millis())
                    .append(" ms: ")
                    .append(count(state.report().outcomes().size(), "brief"))
                    .append(", ")
                    .append(failed)
                    .append(" failed. Save a brief, an image, the house file or a font to rebuild.</p>\n");
        }
        state.problem().ifPresent(problem -> html.append("<p class=\"error\"><strong>The build could not start:")
                .append("</strong> ")
                .append(text(problem))
                .append("</p>\n"));
        html.append("</div>\n");
    }

    private void contents(PreviewState state) {
        html.append("<nav aria-labelledby=\"briefs-heading\" id=\"brief-list\" data-live>\n")
                .append("<h2 id=\"briefs-heading\">Briefs</h2>\n");
        if (state.report().outcomes().isEmpty()) {
            html.append("<p>No briefs yet: a brief is a <code>.md</code> file that starts with front matter.</p>\n");
        } else {
            html.append("<ul>\n");
            for (BriefOutcome outcome : state.report().outcomes()) {
                String slug = outcome.source().slug();
                html.append("<li><a href=\"#brief-")
                        .append(text(slug))
                        .append("\">")
                        .append(title(outcome))
                        .append("</a>: ")
                        .append(verdict(outcome))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</nav>\n");
    }

    private void brief(BriefOutcome outcome) {
        String slug = text(outcome.source().slug());
        boolean framed = Files.isRegularFile(edition(outcome, "html"));
        html.append("<section id=\"brief-")
                .append(slug)
                .append("\" aria-labelledby=\"heading-")
                .append(slug)
                .append("\" data-slug=\"")
                .append(slug)
                .append("\" data-framed=\"")
                .append(framed)
                .append("\">\n")
                .append("<h2 id=\"heading-")
                .append(slug)
                .append("\" data-live>")
                .append(title(outcome))
                .append("</h2>\n")
                .append("<div id=\"status-")
                .append(slug)
                .append("\" data-live>\n<p>Source: <code>")
                .append(text(outcome.source().file().toString()))
                .append("</code></p>\n<p")
                .append(outcome.failed() ? " class=\"error\"" : "")
                .append(">Status: ")
                .append(verdict(outcome))
                .append(".</p>\n<ul class=\"editions\">\n");
        link(outcome, "pdf", "PDF edition");
        link(outcome, "epub", "EPUB edition");
        link(outcome, "html", "Print HTML edition");
        Path report = outputRoot.resolve(outcome.source().slug()).resolve("accessibility-report.html");
        if (Files.isRegularFile(report)) {
            html.append("<li><a href=\"/")
                    .append(slug)
                    .append("/accessibility-report.html\">Accessibility report of ")
                    .append(slug)
                    .append("</a> (from the last <code>brief:check</code>)</li>\n");
        } else {
            html.append("<li>Accessibility report: run <code>mvn brief:check</code> to write it</li>\n");
        }
        html.append("</ul>\n");
        diagnostics(outcome.source().slug(), outcome.diagnostics());
        html.append("</div>\n");
        if (framed) {
            html.append("<iframe src=\"/")
                    .append(slug)
                    .append('/')
                    .append(slug)
                    .append(".html\" title=\"")
                    .append("Print HTML edition of ")
                    .append(slug)
                    .append("\"></iframe>\n");
        } else {
            html.append("<p>No print HTML edition yet: fix the problems above and save.</p>\n");
        }
        html.append("</section>\n");
    }

    private void link(BriefOutcome outcome, String extension, String label) {
        String slug = text(outcome.source().slug());
        if (Files.isRegularFile(edition(outcome, extension))) {
            html.append("<li><a href=\"/")
                    .append(slug)
                    .append('/')
                    .append(slug)
                    .append('.')
                    .append(extension)
                    .append("\">")
                    .append(label)
                    .append(" of ")
                    .append(slug)
                    .append("</a></li>\n");
        }
    }

    private void diagnostics(String slug, List<Diagnostic> diagnostics) {
        html.append("<h3 id=\"problems-")
                .append(text(slug))
                .append("\">Problems (")
                .append(diagnostics.size())
                .append(")</h3>\n");
        if (diagnostics.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<ol class=\"diagnostics\" aria-labelledby=\"problems-")
                .append(text(slug))
                .append("\">\n");
        for (Diagnostic diagnostic : diagnostics) {
            html.append("<li class=\"")
                    .append(diagnostic.isError() ? "error" : "warning")
                    .append("\"><code>")
                    .append(text(diagnostic.position().toString()))
                    .append("</code>: <strong>")
                    .append(diagnostic.isError() ? "error" : "warning")
                    .append("</strong>: ")
                    .append(text(diagnostic.message()));
            if (!diagnostic.fix().isEmpty()) {
                html.append(" <span class=\"fix\">(")
                        .append(text(diagnostic.fix()))
                        .append(")</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
    }

    /** The title the print HTML edition carries, else the slug (before the first good build). */
    private String title(BriefOutcome outcome) {
        return text(EditionTitle.of(edition(outcome, "html"))
                .orElse(outcome.source().slug()));
    }

    private Path edition(BriefOutcome outcome, String extension) {
        String slug = outcome.source().slug();
        return outputRoot.resolve(slug).resolve(slug + "." + extension);
    }

    private static String verdict(BriefOutcome outcome) {
        return switch (outcome.status()) {
            case BUILT -> "rebuilt";
            case UP_TO_DATE -> "up to date";
            case FAILED -> "failed; any editions shown are from the last good build";
        };
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String text(String value) {
        return Entities.escape(value);
    }
}
