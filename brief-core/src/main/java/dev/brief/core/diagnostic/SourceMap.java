package dev.brief.core.diagnostic;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each model element came from, by element id. Kept beside the model, not in it, so that two briefs
 * with equal content are equal records whatever their line numbers.
 */
public final class SourceMap {
    private final Map<String, SourcePosition> positions;

    public SourceMap(Map<String, SourcePosition> positions) {
        this.positions = new TreeMap<>(positions);
    }

    public static SourceMap empty() {
        return new SourceMap(Map.of());
    }

    public Optional<SourcePosition> position(String elementId) {
        return Optional.ofNullable(positions.get(elementId));
    }
}
