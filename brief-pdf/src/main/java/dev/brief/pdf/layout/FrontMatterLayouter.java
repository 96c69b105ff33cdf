package dev.brief.pdf.layout;

import dev.brief.core.language.ListComma;
import dev.brief.core.model.Author;
import dev.brief.core.model.PageMap;
import dev.brief.pdf.plan.Part;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Page one's head, across both columns: the masthead band (series at the start edge, number and date at the
 * end edge), the title (H1), the subtitle and the authors. All of it starts the page map at
 * {@link PageMap#DOCUMENT_START}.
 */
final class FrontMatterLayouter {
    private final LayoutContext context;
    private final Part.FrontMatter plan;

    FrontMatterLayouter(LayoutContext context, Part.FrontMatter plan) {
        this.context = context;
        this.plan = plan;
    }

    List<Row> rows() {
        Typography type = context.typography;
        float width = context.geometry.fullWidth();
        List<Row> rows = new ArrayList<>();
        rows.add(masthead(plan.masthead(), width));

        StructureNode title = plan.titleElement();
        List<Row> titleRows = set(plan.title(), type.title, title, width, 26);
        titleRows.get(0).add(new Mark.Anchor(title, PageMap.DOCUMENT_START, 0));
        rows.addAll(titleRows);
        plan.subtitle()
                .ifPresent(subtitle -> rows.addAll(
                        set(subtitle, type.subtitle, plan.subtitleElement().orElseThrow(), width, 6)));
        boolean first = true;
        String comma = ListComma.forLanguage(context.brief.metadata().language());
        for (int i = 0; i < plan.authors().size(); i++) {
            Author author = plan.authors().get(i);
            StructureNode p = plan.authorElements().get(i);
            List<TextRun> runs = new ArrayList<>();
            runs.add(
                    TextRun.plain(author.name(), type.author.face(), type.author.size(), p, PageMap.DOCUMENT_START, 0));
            author.affiliation()
                    .ifPresent(affiliation -> runs.add(TextRun.plain(
                            comma + affiliation,
                            type.affiliation.face(),
                            type.affiliation.size(),
                            p,
                            PageMap.DOCUMENT_START,
                            0)));
            author.email().ifPresent(email -> runs.addAll(email(email, p)));
            rows.addAll(context.paragraphs.rows(runs, type.author, width, false, first ? 16 : 2));
            first = false;
        }
        Row rule = new Row(10, 0);
        rule.add(new Mark.Rule(Artifact.RULE, Typography.HAIRLINE, 0.6f, 0, 10, width, 10));
        rows.add(rule);
        return rows;
    }

    /**
     * The e-mail under the name, as the HTML edition links it: a forced line break, then a Link element
     * holding the address, whose runs carry the mailto target for the link annotation.
     */
    private List<TextRun> email(String email, StructureNode p) {
        TextStyle style = context.typography.affiliation;
        StructureNode link = p.addInline(StructureRole.LINK);
        return List.of(
                new TextRun(" ", style.face(), style.size(), false, p, PageMap.DOCUMENT_START, 0, null, null, true),
                new TextRun(
                        email,
                        style.face(),
                        style.size(),
                        false,
                        link,
                        PageMap.DOCUMENT_START,
                        0,
                        "mailto:" + email,
                        null,
                        false));
    }

    private Row masthead(Part.Masthead masthead, float width) {
        Typography type = context.typography;
        Row band = new Row(36, 0);
        band.add(new Mark.Fill(Artifact.BACKGROUND, type.accent, 0, 0, width, 36));
        if (plan.mastheadElement().isEmpty()) {
            return band;
        }
        List<String> details = masthead.details();
        StructureNode p = plan.mastheadElement().get();
        float baseline = 22.5f;
        masthead.series().ifPresent(series -> context.paragraphs.check(type.masthead.face(), series, null));
        context.paragraphs.check(type.mastheadDetail.face(), String.join(" ", details), null);
        masthead.series().ifPresent(series -> {
            // Capitals are a visual style: /ActualText keeps the series as written for text and speech.
            String spaced = series + (details.isEmpty() ? "" : " ");
            StructureNode span = p.addInline(StructureRole.SPAN).actualText(spaced);
            String shown = spaced.toUpperCase(Locale.ROOT);
            float shownWidth = context.width(type.masthead.face(), type.masthead.size(), shown.stripTrailing());
            band.add(new Mark.Text(
                    span,
                    shown,
                    type.masthead.face(),
                    type.masthead.size(),
                    type.masthead.color(),
                    context.mirror.x(12, shownWidth, width),
                    baseline,
                    null,
                    0));
        });
        if (!details.isEmpty()) {
            String text = String.join("  \u00b7  ", details);
            float textWidth = context.width(type.mastheadDetail.face(), type.mastheadDetail.size(), text);
            band.add(new Mark.Text(
                    p,
                    text,
                    type.mastheadDetail.face(),
                    type.mastheadDetail.size(),
                    type.mastheadDetail.color(),
                    context.mirror.x(width - 12 - textWidth, textWidth, width),
                    baseline,
                    null,
                    0));
        }
        return band;
    }

    /** The title or subtitle, set to a measure short of the full width and kept to the start side. */
    private List<Row> set(String text, TextStyle style, StructureNode owner, float width, float spaceBefore) {
        float measure = width * 0.86f;
        List<TextRun> runs = List.of(TextRun.plain(text, style.face(), style.size(), owner, PageMap.DOCUMENT_START, 0));
        List<Row> rows = new ArrayList<>();
        for (Row row : context.paragraphs.rows(runs, style, measure, false, spaceBefore)) {
            rows.add(row.shifted(context.mirror.x(0, measure, width)));
        }
        return rows;
    }
}
