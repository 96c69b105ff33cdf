package dev.brief.core.read.yaml;

import dev.brief.core.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping with a known set of keys. Creating one reports unknown keys (with the nearest valid key),
 * keys that are not text and keys given twice; the getters report values of the wrong type. Each getter
 * returns empty when the key is absent or its value is unusable, so a reader carries on and reports
 * everything in one pass.
 */
public final class YamlMapping {
    private final Map<String, NodeTuple> entries;
    private final SourcePosition position;
    private final YamlContext context;

    private YamlMapping(Map<String, NodeTuple> entries, SourcePosition position, YamlContext context) {
        this.entries = entries;
        this.position = position;
        this.context = context;
    }

    static YamlMapping empty(YamlContext context) {
        return new YamlMapping(Map.of(), context.position(Optional.empty()), context);
    }

    static YamlMapping of(MappingNode node, Set<String> knownKeys, YamlContext context) {
        return of(node, Optional.of(knownKeys), context);
    }

    /** A mapping whose keys are open (language tags, say): the caller checks each key itself. */
    static YamlMapping withAnyKeys(MappingNode node, YamlContext context) {
        return of(node, Optional.empty(), context);
    }

    private static YamlMapping of(MappingNode node, Optional<Set<String>> known, YamlContext context) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            SourcePosition keyPosition = context.position(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode)) {
                context.error(keyPosition, "a key must be a plain word", "write `key: value`");
                continue;
            }
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (known.isPresent() && !known.get().contains(key)) {
                Set<String> knownKeys = known.get();
                Optional<String> nearest = KeySuggester.nearest(key, knownKeys);
                context.error(
                        keyPosition,
                        "unknown key `" + key + "`",
                        nearest.map(k -> "did you mean `" + k + "`?")
                                .orElse("valid keys here are " + String.join(", ", new TreeSet<>(knownKeys))));
            } else if (entries.containsKey(key)) {
                context.error(
                        keyPosition,
                        "the key `" + key + "` is given twice",
                        "keep one `" + key + ":` and delete the other");
            } else {
                entries.put(key, tuple);
            }
        }
        return new YamlMapping(entries, context.position(node.getStartMark()), context);
    }

    /** Where the mapping starts. */
    public SourcePosition position() {
        return position;
    }

    public YamlContext context() {
        return context;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The position of {@code key}, or of the mapping when the key is absent. */
    public SourcePosition keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position : context.position(tuple.getKeyNode().getStartMark());
    }

    public Optional<YamlValue> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        return Optional.of(new YamlValue(key, tuple.getValueNode(), keyPosition(key), context));
    }

    public Optional<String> text(String key) {
        return value(key).flatMap(YamlValue::asText);
    }

    public Optional<List<String>> texts(String key) {
        return value(key).flatMap(YamlValue::asTexts);
    }

    public Optional<YamlMapping> mapping(String key, Set<String> knownKeys) {
        return value(key).flatMap(v -> v.asMapping(knownKeys));
    }

    /** The items of a list value; empty when the key is absent or not a list. */
    public List<YamlValue> items(String key) {
        return value(key).map(YamlValue::asItems).orElse(List.of());
    }

    /** The keys present, in source order. */
    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }
}
