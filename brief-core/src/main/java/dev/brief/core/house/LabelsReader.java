package dev.brief.core.house;

import dev.brief.core.language.Label;
import dev.brief.core.language.LabelOverrides;
import dev.brief.core.language.Labels;
import dev.brief.core.read.yaml.KeySuggester;
import dev.brief.core.read.yaml.YamlMapping;
import dev.brief.core.read.yaml.YamlValue;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the house file's {@code labels:}: label keys with texts apply to briefs in every language; a language
 * tag with a group of label keys under it applies to briefs in that language only. Every key is checked, and
 * an unknown one is reported at its position with the valid keys.
 */
final class LabelsReader {
    private static final List<String> KEYS =
            Arrays.stream(Label.values()).map(Label::key).toList();
    private static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";

    private LabelsReader() {}

    static LabelOverrides read(YamlValue labels) {
        Optional<YamlMapping> root = labels.asMappingWithAnyKeys(
                "write `labels:` then, indented, `summary: Key points` or a language tag with such lines under it");
        if (root.isEmpty()) {
            return LabelOverrides.none();
        }
        Map<Label, String> everyLanguage = new EnumMap<>(Label.class);
        Map<String, Map<Label, String>> byLanguage = new LinkedHashMap<>();
        for (String key : root.get().keys()) {
            YamlValue value = root.get().value(key).orElseThrow();
            if (value.isMapping()) {
                if (!key.matches(LANGUAGE_TAG)
                        || Locale.forLanguageTag(key).getLanguage().isEmpty()) {
                    root.get()
                            .context()
                            .error(
                                    root.get().keyPosition(key),
                                    "`" + key + "` is not a language tag",
                                    "group labels under a BCP 47 tag such as ru, pt-BR or zh-Hant");
                    continue;
                }
                Map<Label, String> texts = new EnumMap<>(Label.class);
                value.asMappingWithAnyKeys("").ifPresent(group -> texts(group, texts));
                byLanguage.put(key, texts);
            } else {
                text(root.get(), key)
                        .ifPresent(text -> everyLanguage.put(Label.ofKey(key).orElseThrow(), text));
            }
        }
        return new LabelOverrides(everyLanguage, byLanguage);
    }

    private static void texts(YamlMapping group, Map<Label, String> into) {
        for (String key : group.keys()) {
            if (group.value(key).orElseThrow().isMapping()) {
                group.context()
                        .error(
                                group.keyPosition(key),
                                "labels of a language cannot be grouped further",
                                "write `" + key + ": text` here, or move the group up to `labels:`");
                continue;
            }
            text(group, key).ifPresent(text -> into.put(Label.ofKey(key).orElseThrow(), text));
        }
    }

    /** The text of label {@code key}, when the key is a label and the text fits it; reports otherwise. */
    private static Optional<String> text(YamlMapping mapping, String key) {
        Optional<Label> label = Label.ofKey(key);
        if (label.isEmpty()) {
            String valid = "valid labels are "
                    + String.join(", ", KEYS.stream().sorted().toList());
            mapping.context()
                    .error(
                            mapping.keyPosition(key),
                            "unknown label `" + key + "`",
                            KeySuggester.nearest(key, KEYS)
                                    .map(nearest -> "did you mean `" + nearest + "`? " + valid)
                                    .orElse(valid + "; labels for one language go under its tag, e.g. `ru:`"));
            return Optional.empty();
        }
        YamlValue value = mapping.value(key).orElseThrow();
        Optional<String> text = value.asText();
        Optional<String> problem = text.flatMap(label.get()::problemWith);
        if (problem.isPresent()) {
            mapping.context()
                    .error(
                            value.valuePosition(),
                            problem.get(),
                            "e.g. `" + key + ": \"" + english(label.get()) + "\"`");
            return Optional.empty();
        }
        return text;
    }

    private static String english(Label label) {
        Labels english = Labels.of("en");
        return label.arguments() == 0 ? english.text(label) : english.format(label, "%s");
    }
}
