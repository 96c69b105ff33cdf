package dev.brief.core.read.yaml;

import dev.brief.core.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML value with its name (for messages) and the position problems are reported at: the key that
 * names it, or the list item itself.
 */
public final class YamlValue {
    private final String name;
    private final Node node;
    private final SourcePosition position;
    private final YamlContext context;

    YamlValue(String name, Node node, SourcePosition position, YamlContext context) {
        this.name = name;
        this.node = node;
        this.position = position;
        this.context = context;
    }

    public SourcePosition position() {
        return position;
    }

    /** Where the value itself starts (for problems inside a text, such as a malformed date). */
    public SourcePosition valuePosition() {
        return context.position(node.getStartMark());
    }

    public boolean isText() {
        return node instanceof ScalarNode && !Tag.NULL.equals(node.getTag());
    }

    /** The value as text; numbers and booleans are taken as written. */
    public Optional<String> asText() {
        if (node instanceof ScalarNode) {
            String value = ((ScalarNode) node).getValue();
            if (Tag.NULL.equals(node.getTag()) || value.isBlank()) {
                context.error(position, described() + " is empty", "give it a value or delete the line");
                return Optional.empty();
            }
            return Optional.of(value.strip());
        }
        context.error(position, described() + " must be text, not " + kind(), "write it as one line of text");
        return Optional.empty();
    }

    /** A list of texts; every item must be text. */
    public Optional<List<String>> asTexts() {
        if (!(node instanceof SequenceNode)) {
            context.error(
                    position,
                    described() + " must be a list, not " + kind(),
                    "write each item on its own line, starting with `- `");
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        boolean complete = true;
        for (YamlValue item : asItems()) {
            Optional<String> text = item.asText();
            complete &= text.isPresent();
            text.ifPresent(texts::add);
        }
        return complete ? Optional.of(texts) : Optional.empty();
    }

    public Optional<YamlMapping> asMapping(Set<String> knownKeys) {
        if (!(node instanceof MappingNode)) {
            context.error(
                    position,
                    described() + " must be a group of `key: value` lines, not " + kind(),
                    "indent its keys under `" + name + ":`; valid keys are "
                            + String.join(", ", new java.util.TreeSet<>(knownKeys)));
            return Optional.empty();
        }
        return Optional.of(YamlMapping.of((MappingNode) node, knownKeys, context));
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /**
     * A mapping whose keys the caller checks itself (they are open, like language tags); duplicate keys and
     * keys that are not plain words are still reported.
     */
    public Optional<YamlMapping> asMappingWithAnyKeys(String fix) {
        if (!(node instanceof MappingNode)) {
            context.error(position, described() + " must be a group of `key: value` lines, not " + kind(), fix);
            return Optional.empty();
        }
        return Optional.of(YamlMapping.withAnyKeys((MappingNode) node, context));
    }

    public List<YamlValue> asItems() {
        if (!(node instanceof SequenceNode)) {
            context.error(
                    position,
                    described() + " must be a list, not " + kind(),
                    "write each item on its own line, starting with `- `");
            return List.of();
        }
        List<YamlValue> items = new ArrayList<>();
        for (Node item : ((SequenceNode) node).getValue()) {
            items.add(new YamlValue(name + " item", item, context.position(item.getStartMark()), context));
        }
        return items;
    }

    public YamlContext context() {
        return context;
    }

    public String name() {
        return name;
    }

    private String described() {
        return name.endsWith(" item") ? "an item of `" + name.substring(0, name.length() - 5) + "`" : "`" + name + "`";
    }

    private String kind() {
        if (node instanceof MappingNode) {
            return "a group of keys";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return Tag.NULL.equals(node.getTag()) ? "empty" : "text";
    }
}
