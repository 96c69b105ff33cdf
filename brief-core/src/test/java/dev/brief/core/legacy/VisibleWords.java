package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The words a reader sees in a Markdown text, counted: link texts (not targets), letters and digits only,
 * in lower case (the importer rewrites names printed in capitals). Written independently of the importer so
 * that the word-preservation test checks it rather than repeats it.
 */
final class VisibleWords {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** URL schemes are markup on both sides: a front matter URL keeps its scheme, a link text may not. */
    private static final java.util.Set<String> SCHEMES = java.util.Set.of("http", "https", "mailto");

    private VisibleWords() {}

    /**
     * The words of a legacy input, without the markup the importer consumes: entity names, {@code <sup>}
     * tags, the "Email:" label, the notes heading, and the ISBN labels ("ISBN:", "eISBN:").
     */
    static Map<String, Integer> ofLegacy(String legacy) {
        String text = legacy.replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                // a note number stands apart from the word before it; an ordinal's letters join their number
                .replaceAll("(?i)<sup>\\s*([0-9][0-9,\\s]*)</sup>", " $1 ")
                .replaceAll("(?i)</?sup>", "")
                .replaceAll("(?im)^\\s*e-?mail\\s*:", " ")
                .replaceAll("(?im)^#{1,6}\\s*(end)?notes\\s*$", " ")
                .replaceAll("(?im)^\\s*e?isbn\\s*:", " ");
        return count(words(text));
    }

    /** The words of a converted source: front matter values (not keys), then the body without fence names. */
    static Map<String, Integer> ofSource(String source) {
        String[] parts = source.split("(?m)^---\\s*$", 3);
        List<String> words = new ArrayList<>();
        Object frontMatter = new Load(LoadSettings.builder().build()).loadFromString(parts[1]);
        collectValues(frontMatter, words);
        String body = parts[2].replaceAll("(?m)^:::[ \\t]*[A-Za-z-]*", " ");
        words.addAll(words(body));
        return count(words);
    }

    private static void collectValues(Object node, List<String> words) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectValues(value, words));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectValues(value, words));
        } else if (node != null) {
            words.addAll(words(node.toString()));
        }
    }

    private static List<String> words(String markdown) {
        String text = LINK.matcher(markdown).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(lower)) {
                words.add(lower);
            }
        }
        return words;
    }

    private static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new TreeMap<>();
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }

    /** {@code counts} with one occurrence of {@code word} fewer. */
    static Map<String, Integer> without(Map<String, Integer> counts, String word) {
        Map<String, Integer> result = new TreeMap<>(counts);
        result.computeIfPresent(word, (key, count) -> count == 1 ? null : count - 1);
        return result;
    }

    /** {@code counts} without the names of the inline HTML tags the importer rewrites (consumed markup). */
    static Map<String, Integer> withoutInlineHtmlNames(Map<String, Integer> counts) {
        Map<String, Integer> result = new TreeMap<>(counts);
        java.util.List.of("em", "i", "b", "strong", "br", "span", "u", "font", "small", "sub", "a", "href")
                .forEach(result::remove);
        return result;
    }
}
