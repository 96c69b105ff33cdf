package dev.brief.core.read;

import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.language.Label;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the summary: the bulleted list under {@code ## Summary}, or the front matter's {@code summary:}
 * list of plain texts, titled with the summary label of the brief's language. Each point is one paragraph.
 */
final class SummaryReader {
    static final String ID = "summary";

    private final Conversion conversion;

    SummaryReader(Conversion conversion) {
        this.conversion = conversion;
    }

    Optional<Summary> read(Optional<Outline.Part> section, FrontMatter frontMatter) {
        if (section.isPresent() && frontMatter.summary().isPresent()) {
            conversion.error(
                    section.get().heading,
                    "the summary is given twice: here and in the front matter",
                    "keep either this ## Summary section or the front matter's `summary:` list");
        }
        if (section.isPresent()) {
            return Optional.of(fromSection(section.get()));
        }
        String title = conversion.labels().text(Label.SUMMARY);
        return frontMatter.summary().map(points -> fromFrontMatter(points, frontMatter.summaryPosition(), title));
    }

    private Summary fromSection(Outline.Part part) {
        conversion.sourceMap().put(ID, conversion.positions().of(part.heading));
        List<Inline> title = conversion.inlines().children(part.heading, false);
        List<Summary.SummaryPoint> points = new ArrayList<>();
        boolean listSeen = false;
        for (Node node : part.nodes) {
            if (node instanceof BulletList && !listSeen) {
                listSeen = true;
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    point(item).ifPresent(points::add);
                }
            } else if (!(node instanceof org.commonmark.ext.footnotes.FootnoteDefinition)) {
                conversion.error(
                        node,
                        "the ## Summary section holds only one bulleted list",
                        "move this after the next ## heading, or make it a point of the list");
            }
        }
        if (!listSeen) {
            conversion.error(
                    part.heading,
                    "the ## Summary section has no bulleted list",
                    "list the key points under it, each on a line starting with `- `");
        }
        for (Outline.Part child : part.children) {
            conversion.error(
                    child.heading,
                    "a subsection inside the summary",
                    "the summary is one list; move this heading after the next ## heading");
        }
        return new Summary(ID, title, points);
    }

    private Optional<Summary.SummaryPoint> point(Node item) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph) || first.getNext() != null) {
            conversion.error(
                    item,
                    "a summary point must be one paragraph",
                    "write each point as one paragraph, without nested lists");
            return Optional.empty();
        }
        String id = conversion.identify("summary", item);
        return Optional.of(new Summary.SummaryPoint(id, conversion.inlines().children(first, false)));
    }

    private Summary fromFrontMatter(List<FrontMatter.Point> points, SourcePosition position, String title) {
        conversion.sourceMap().put(ID, position);
        List<Summary.SummaryPoint> converted = new ArrayList<>();
        for (FrontMatter.Point point : points) {
            String id = conversion.ids().next("summary");
            conversion.sourceMap().put(id, point.position());
            converted.add(new Summary.SummaryPoint(id, conversion.inlines().text(point.text())));
        }
        return new Summary(ID, List.of(new Inline.Text(title)), converted);
    }
}
