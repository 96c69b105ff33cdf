package dev.brief.core.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language's labels as shipped: {@code labels_<tag>.properties} beside this class, read as UTF-8 (not
 * {@link java.util.ResourceBundle}'s ISO-8859-1 default on older JDKs, nor its locale fallback chain, which
 * would consult the JVM's default locale). A missing or blank key is a packaging bug, so it throws.
 */
record LabelBundle(String tag, Map<Label, String> texts, List<String> summaryHeadings) {
    static final String SUMMARY_HEADINGS = "summary-headings";
    private static final Map<String, LabelBundle> LOADED = new ConcurrentHashMap<>();

    LabelBundle {
        texts = Collections.unmodifiableMap(new EnumMap<>(texts));
        summaryHeadings = List.copyOf(summaryHeadings);
    }

    static LabelBundle of(String tag) {
        return LOADED.computeIfAbsent(tag, LabelBundle::load);
    }

    private static LabelBundle load(String tag) {
        String name = "labels_" + tag + ".properties";
        Properties properties = new Properties();
        try (InputStream in = LabelBundle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no label bundle " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the label bundle " + name, e);
        }
        Map<Label, String> texts = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            texts.put(label, required(properties, label.key(), name));
        }
        List<String> headings = new ArrayList<>();
        for (String heading : required(properties, SUMMARY_HEADINGS, name).split("\\|")) {
            if (!heading.isBlank()) {
                headings.add(heading.strip());
            }
        }
        return new LabelBundle(tag, texts, headings);
    }

    private static String required(Properties properties, String key, String name) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the label bundle " + name + " has no `" + key + "`");
        }
        return value.strip();
    }
}
