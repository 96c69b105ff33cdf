package dev.brief.pdf.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finds where a word may be hyphenated, by Liang's algorithm over the TeX patterns of a language
 * (hyph-utf8 data, licences beside it in the jar). Patterns are read the first time their language
 * is asked for. Thread-safe; one instance per pattern set is shared by the process.
 */
final class Hyphenator {
    private static final String DATA = "/dev/brief/pdf/hyphenation/hyph-";
    private static final Map<String, Hyphenator> LOADED = new ConcurrentHashMap<>();
    private static final int[] NONE = new int[0];
    private static final int CACHE_LIMIT = 50_000;

    private final PatternSet set;
    private final Locale locale;
    private final PatternTrie patterns = new PatternTrie();
    private final Map<String, int[]> exceptions = new HashMap<>();
    /** Words found before: running text repeats its words, and layout breaks paragraphs often. */
    private final Map<String, int[]> found = new ConcurrentHashMap<>();

    /** Reads the data of {@code set}; {@link #forLanguage} keeps one per set, benchmarks make their own. */
    Hyphenator(PatternSet set) {
        this.set = set;
        this.locale = Locale.forLanguageTag(set.language());
        readPatterns(set.patternFile() + ".pat.txt");
        read(set.language() + ".hyp.txt", this::addException);
    }

    /**
     * The hyphenator for a BCP 47 language tag ({@code en-GB}, {@code fr}, {@code de-AT}, {@code pt-BR} …,
     * chosen as {@link PatternSet#forLanguage} says), or empty when no patterns for the language ship with
     * Brief (the text is then set without hyphenation). The first call for a language reads its patterns.
     */
    public static Optional<Hyphenator> forLanguage(String languageTag) {
        return PatternSet.forLanguage(languageTag)
                .map(set -> LOADED.computeIfAbsent(set.language(), language -> new Hyphenator(set)));
    }

    /** The pattern set in use, e.g. {@code en-us} or {@code de-1996}. */
    public String patternLanguage() {
        return set.language();
    }

    /**
     * The char indices inside {@code word} before which a hyphen may go, ascending, leaving at
     * least the language's minimum of letters before the first and after the last. Empty for words
     * that must not be hyphenated: too short for those minima, containing anything but letters
     * (digits, URLs, punctuation: the caller splits words at punctuation first), or written all in
     * capitals (acronyms).
     */
    public int[] breakIndices(String word) {
        int length = word.length();
        if (length < set.leftMin() + set.rightMin() || !lettersOnly(word) || allCapitals(word)) {
            return NONE;
        }
        // The language's own case rules: Turkish İ and I lower to i and ı.
        String lower = word.toLowerCase(locale);
        if (lower.length() != length) {
            return NONE;
        }
        int[] known = exceptions.get(lower);
        if (known != null) {
            known = withinMinima(known, length);
        }
        if (known == null) {
            known = found.get(lower);
        }
        if (known == null) {
            known = liang(lower);
            if (found.size() >= CACHE_LIMIT) {
                found.clear();
            }
            found.put(lower, known);
        }
        return known.clone();
    }

    /** Liang's algorithm: odd priorities between letters allow a break. */
    private int[] liang(String lower) {
        int length = lower.length();
        byte[] priorities = new byte[length + 3];
        patterns.apply("." + lower + ".", priorities);
        // priorities[j + 1] is the gap before word[j], because of the leading '.'.
        int count = 0;
        int[] breaks = new int[length];
        for (int j = set.leftMin(); j <= length - set.rightMin(); j++) {
            if ((priorities[j + 1] & 1) == 1) {
                breaks[count++] = j;
            }
        }
        return Arrays.copyOf(breaks, count);
    }

    /** Exceptions list every break the authors allow; the typesetting minima still apply. */
    private int[] withinMinima(int[] breaks, int length) {
        int[] kept = new int[breaks.length];
        int count = 0;
        for (int index : breaks) {
            if (index >= set.leftMin() && index <= length - set.rightMin()) {
                kept[count++] = index;
            }
        }
        return count == breaks.length ? breaks : Arrays.copyOf(kept, count);
    }

    /** The word with {@code hyphen} at every break, e.g. {@code hy-phen-ation}; for tests and logs. */
    public String hyphenate(String word, String hyphen) {
        StringBuilder out = new StringBuilder(word);
        int[] indices = breakIndices(word);
        for (int k = indices.length - 1; k >= 0; k--) {
            out.insert(indices[k], hyphen);
        }
        return out.toString();
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void addException(String line) {
        String word = line.replace("-", "");
        int[] indices = new int[line.length()];
        int count = 0;
        for (int i = 0, letters = 0; i < line.length(); i++) {
            if (line.charAt(i) == '-') {
                indices[count++] = letters;
            } else {
                letters++;
            }
        }
        exceptions.put(word, Arrays.copyOf(indices, count));
    }

    /** Reads a patterns file whole and adds its lines in place: no string per pattern. */
    private void readPatterns(String file) {
        String text;
        try (InputStream in = Hyphenator.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation data " + file + " is missing from the jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hyphenation data " + file, e);
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int last = end;
            while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            if (last > start && text.charAt(start) != '%') {
                patterns.add(text, start, last);
            }
            start = end + 1;
        }
    }

    private static void read(String file, Consumer<String> lines) {
        try (InputStream in = Hyphenator.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("%")) {
                    lines.accept(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hyphenation data " + file, e);
        }
    }
}
