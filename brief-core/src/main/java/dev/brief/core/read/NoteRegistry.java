package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;

/**
 * The brief's notes: definitions by label, numbered in order of first reference, with a count of
 * references per note so that each reference gets its own id ({@code ref-<label>-<k>}).
 */
final class NoteRegistry {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.-]+");

    private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private final List<String> numbered = new ArrayList<>();
    private final Map<String, Integer> references = new HashMap<>();

    NoteRegistry(List<FootnoteDefinition> all, NodePositions positions, Diagnostics diagnostics) {
        for (FootnoteDefinition definition : all) {
            String key = key(definition.getLabel());
            if (definitions.containsKey(key)) {
                diagnostics.error(
                        positions.of(definition),
                        "the note [^" + definition.getLabel() + "] is defined twice",
                        "give this note its own label, or merge it into the first definition at line "
                                + positions.of(definitions.get(key)).line());
                continue;
            }
            definitions.put(key, definition);
            String label = definition.getLabel();
            if (!LABEL.matcher(label).matches()) {
                diagnostics.error(
                        positions.of(definition),
                        "the note label [^" + label + "] has characters"
                                + " other than letters, digits, '-', '_' and '.'",
                        "rename it, e.g. [^" + IdAllocator.slug(label) + "]");
                label = IdAllocator.slug(label);
            }
            ids.put(key, "note-" + label);
        }
    }

    /** One reference: its own id and the id of the note it points to. */
    record Reference(String id, String noteId) {}

    static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Records a reference to the note {@code label}; the reference's id and the note's id. */
    Optional<Reference> reference(String label) {
        String key = key(label);
        if (!definitions.containsKey(key)) {
            return Optional.empty();
        }
        if (!references.containsKey(key)) {
            numbered.add(key);
        }
        int k = references.merge(key, 1, Integer::sum);
        String noteId = ids.get(key);
        return Optional.of(new Reference("ref-" + noteId.substring("note-".length()) + "-" + k, noteId));
    }

    /** Referenced notes in number order; grows while notes are converted if a note refers to another. */
    List<String> numberedKeys() {
        return numbered;
    }

    FootnoteDefinition definition(String key) {
        return definitions.get(key);
    }

    String noteId(String key) {
        return ids.get(key);
    }

    /** Definitions never referenced, in source order. */
    List<FootnoteDefinition> unreferenced() {
        List<FootnoteDefinition> unused = new ArrayList<>();
        definitions.forEach((key, definition) -> {
            if (!references.containsKey(key)) {
                unused.add(definition);
            }
        });
        return unused;
    }
}
