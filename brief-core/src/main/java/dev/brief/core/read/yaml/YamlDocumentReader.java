package dev.brief.core.read.yaml;

import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses YAML into nodes rather than Java objects: nodes keep their marks, so a problem with a value can be
 * reported at the line and column of its key.
 */
public final class YamlDocumentReader {
    private YamlDocumentReader() {}

    /** The top-level mapping of {@code yaml}; empty (with a diagnostic) when the text is not a mapping. */
    public static Optional<YamlMapping> read(String yaml, YamlContext context, Set<String> knownKeys, String what) {
        LoadSettings settings = LoadSettings.builder().setLabel(context.file()).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
            context.error(
                    context.position(e.getProblemMark().or(e::getContextMark)),
                    "the " + what + " is not valid YAML: " + problem,
                    "check the indentation and quote values that contain ': ' or start with a special character");
            return Optional.empty();
        } catch (YamlEngineException e) {
            context.error(
                    context.position(Optional.empty()),
                    "the " + what + " is not valid YAML: " + e.getMessage(),
                    "check the indentation and quoting");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(YamlMapping.empty(context));
        }
        if (!(root.get() instanceof MappingNode)) {
            context.error(
                    context.position(root.get().getStartMark()),
                    "the " + what + " must be a list of `key: value` lines",
                    "start each line with a key such as `title:`");
            return Optional.empty();
        }
        return Optional.of(YamlMapping.of((MappingNode) root.get(), knownKeys, context));
    }
}
