package dev.brief.core.read.yaml;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourcePosition;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Where a YAML text sits in its file, so that marks (0-based, relative to the YAML text) become file
 * positions; and where problems go.
 *
 * @param file the file name shown in diagnostics
 * @param firstLine the 1-based file line of the YAML text's first line
 * @param diagnostics collects every problem
 */
public record YamlContext(String file, int firstLine, Diagnostics diagnostics) {

    public SourcePosition position(Optional<Mark> mark) {
        return mark.map(m -> new SourcePosition(file, firstLine + m.getLine(), m.getColumn() + 1))
                .orElse(new SourcePosition(file, firstLine, 1));
    }

    public void error(SourcePosition position, String message, String fix) {
        diagnostics.error(position, message, fix);
    }
}
