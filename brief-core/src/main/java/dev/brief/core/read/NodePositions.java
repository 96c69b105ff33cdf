package dev.brief.core.read;

import dev.brief.core.diagnostic.SourcePosition;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Turns commonmark source spans (0-based) into file positions (1-based), and finds text on a line. */
final class NodePositions {
    private final String file;
    private final List<String> lines;

    NodePositions(String file, String body) {
        this.file = file;
        this.lines = List.of(body.split("\n", -1));
    }

    String file() {
        return file;
    }

    SourcePosition at(int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /** Where {@code node} starts; a node without spans takes its nearest ancestor's. */
    SourcePosition of(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            List<SourceSpan> spans = current.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan span = spans.get(0);
                return at(span.getLineIndex() + 1, span.getColumnIndex() + 1);
            }
        }
        return at(1, 1);
    }

    /**
     * Where {@code needle} occurs in the source at or after the start of {@code node}, on the node's first
     * line; the node's own position when it does not.
     */
    SourcePosition find(Node node, String needle) {
        SourcePosition start = of(node);
        if (start.line() <= lines.size()) {
            int index = lines.get(start.line() - 1).indexOf(needle, start.column() - 1);
            if (index >= 0) {
                return at(start.line(), index + 1);
            }
        }
        return start;
    }

    /** Whether a backslash escapes the character at {@code position} in the source. */
    boolean escaped(SourcePosition position) {
        if (position.line() > lines.size() || position.column() < 2) {
            return false;
        }
        String line = lines.get(position.line() - 1);
        return position.column() - 2 < line.length() && line.charAt(position.column() - 2) == '\\';
    }
}
