package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.language.Labels;
import java.nio.file.Path;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * What every converter of one brief shares: positions, problems, ids, notes, the source map, the
 * brief's folder (images are resolved against it) and its labels (words it is given when the source is silent).
 */
record Conversion(
        NodePositions positions,
        Diagnostics diagnostics,
        IdAllocator ids,
        NoteRegistry notes,
        InlineConverter inlines,
        Map<String, SourcePosition> sourceMap,
        Path folder,
        Labels labels) {

    /** Gives {@code node} the next id of {@code kind} and records where it came from. */
    String identify(String kind, Node node) {
        String id = ids.next(kind);
        sourceMap.put(id, positions.of(node));
        return id;
    }

    void error(Node node, String message, String fix) {
        diagnostics.error(positions.of(node), message, fix);
    }

    void warning(Node node, String message, String fix) {
        diagnostics.warning(positions.of(node), message, fix);
    }
}
