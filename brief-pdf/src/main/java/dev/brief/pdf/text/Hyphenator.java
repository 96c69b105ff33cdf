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
 * (hyph-utf8 data, licences beside it in the jar). Thread-safe; one instance per language is
 * shared by the process.
 */
public final class Hyphenator {
    private static final String DATA = "/dev/brief/pdf/hyphenation/hyph-";
    private static final Map<String, Hyphenator> LOADED = new ConcurrentHashMap<>();

    /** Fewest letters before the first and after the last hyphen (the pattern authors' minima). */
    private static final int LEFT_MIN = 2;

    private static final int RIGHT_MIN = 3;
    private static final int[] NONE = new int[0];
    private static final int CACHE_LIMIT = 50_000;

    private final String patternLanguage;
    private final PatternTrie patterns = new PatternTrie();
    private final Map<String, int[]> exceptions = new HashMap<>();
    /** Words found before: running text repeats its words, and layout breaks paragraphs often. */
    private final Map<String, int[]> found = new ConcurrentHashMap<>();

    private Hyphenator(String patternLanguage) {
        this.patternLanguage = patternLanguage;
        read(patternLanguage + ".pat.txt", patterns::add);
        read(patternLanguage + ".hyp.txt", this::addException);
    }

    /**
     * The hyphenator for a BCP 47 language tag ({@code en}, {@code en-US}, {@code en-GB} …), or
     * empty when no patterns for the language ship with Brief (the text is then set without
     * hyphenation).
     */
    public static Optional<Hyphenator> forLanguage(String languageTag) {
        return patternLanguage(languageTag)
                .map(language -> LOADED.computeIfAbsent(language, Hyphenator::new));
    }

    static Optional<String> patternLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(languageTag.trim().replace('_', '-'));
        if (!locale.getLanguage().equals("en")) {
            return Optional.empty();
        }
        switch (locale.getCountry()) {
            case "GB", "IE", "AU", "NZ", "ZA", "IN":
                return Optional.of("en-gb");
            default:
                return Optional.of("en-us");
        }
    }

    /** The pattern set in use, e.g. {@code en-us}. */
    public String patternLanguage() {
        return patternLanguage;
    }

    /**
     * The char indices inside {@code word} before which a hyphen may go, ascending. Empty for
     * words that must not be hyphenated: shorter than five letters, containing anything but
     * letters (digits, URLs, punctuation: the caller splits words at punctuation first), or written
     * all in capitals (acronyms).
     */
    public int[] breakIndices(String word) {
        int length = word.length();
        if (length < LEFT_MIN + RIGHT_MIN || !lettersOnly(word) || allCapitals(word)) {
            return NONE;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() != length) {
            return NONE;
        }
        int[] known = exceptions.get(lower);
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
        for (int j = LEFT_MIN; j <= length - RIGHT_MIN; j++) {
            if ((priorities[j + 1] & 1) == 1) {
                breaks[count++] = j;
            }
        }
        return Arrays.copyOf(breaks, count);
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

    private static void read(String file, Consumer<String> lines) {
        try (InputStream in = Hyphenator.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                return;
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
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
