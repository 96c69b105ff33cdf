package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.language.Labels;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The body cut at its headings, before conversion: the lead (blocks before the first {@code ##}), the
 * {@code ## Summary} section if any (named in English or in the brief's language: {@code ## Кратко}), and the
 * section tree. Heading problems are reported here: a {@code #} heading (the title comes from the front
 * matter) and levels that skip.
 */
final class Outline {
    final List<Node> lead = new ArrayList<>();
    Optional<Part> summary = Optional.empty();
    final List<Part> sections = new ArrayList<>();

    /** A heading with the blocks up to the next heading and the deeper sections under it. */
    static final class Part {
        final Heading heading;
        final int level;
        final List<Node> nodes = new ArrayList<>();
        final List<Part> children = new ArrayList<>();

        Part(Heading heading, int level) {
            this.heading = heading;
            this.level = level;
        }
    }

    static Outline of(Node document, NodePositions positions, Diagnostics diagnostics, Labels labels) {
        Outline outline = new Outline();
        Deque<Part> open = new ArrayDeque<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof Heading)) {
                (open.isEmpty() ? outline.lead : open.peek().nodes).add(node);
                continue;
            }
            Heading heading = (Heading) node;
            int level = heading.getLevel();
            if (level == 1) {
                diagnostics.error(
                        positions.of(heading),
                        "a # heading in the body",
                        "the title comes from `title:` in the front matter; start sections with ##");
                level = 2;
            }
            int previous = open.isEmpty() ? 1 : open.peek().level;
            if (level > previous + 1) {
                diagnostics.error(
                        positions.of(heading),
                        previous == 1
                                ? "a " + "#".repeat(level) + " heading before any ## heading"
                                : "the heading level skips from " + "#".repeat(previous) + " to " + "#".repeat(level),
                        "use " + "#".repeat(previous + 1) + " here: a heading is at most one level below the one"
                                + " before it");
                level = previous + 1;
            }
            while (!open.isEmpty() && open.peek().level >= level) {
                open.pop();
            }
            Part part = new Part(heading, level);
            if (!open.isEmpty()) {
                open.peek().children.add(part);
            } else if (outline.summary.isEmpty() && labels.isSummaryHeading(InlineConverter.plainText(heading))) {
                outline.summary = Optional.of(part);
            } else {
                outline.sections.add(part);
            }
            open.push(part);
        }
        return outline;
    }
}
