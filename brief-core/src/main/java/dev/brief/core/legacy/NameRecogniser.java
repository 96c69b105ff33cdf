package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a masthead line names people ("Jane Doe", "By Jane Doe and Ali Khan", "JANE DOE") and
 * writes names printed in capitals in ordinary case.
 */
final class NameRecogniser {
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'\u2019.\\-]*");
    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "el", "dos",
            "das", "ter");
    /** Words that mark an organisation or a job title, never a person's name. */
    private static final Set<String> AFFILIATION_WORDS = Set.of(
            "institute",
            "university",
            "center",
            "centre",
            "council",
            "foundation",
            "department",
            "school",
            "fellow",
            "director",
            "professor",
            "program",
            "programme",
            "office",
            "ministry",
            "senior",
            "associate",
            "research",
            "researcher",
            "analyst",
            "chair",
            "head",
            "lecturer",
            "editor",
            "college",
            "society",
            "association",
            "agency",
            "group",
            "bank",
            "peace",
            "policy",
            "studies",
            "affairs",
            "international",
            "national",
            "brief",
            "report",
            "paper",
            "summary",
            "email",
            "e-mail",
            "of",
            "for",
            "and",
            "the");

    private static final Set<String> SMALL_WORDS =
            Set.of("of", "and", "for", "the", "in", "on", "at", "to", "a", "an", "de", "du", "des", "la", "le", "et");
    private static final Pattern SEPARATORS =
            Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*&\\s*|,\\s*|\\s+and\\s+|\\s*&\\s*)");

    private NameRecogniser() {}

    /** The names on the line, or empty when the line is not (only) a list of names. */
    static Optional<List<String>> names(String line) {
        String text = line.replaceFirst("(?i)^by\\s+", "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            if (!isName(part)) {
                return Optional.empty();
            }
            names.add(part.strip());
        }
        return Optional.of(names);
    }

    /** "Jane Doe, Senior Fellow, Some Institute": the name, and the rest as the affiliation. */
    static Optional<String[]> nameWithAffiliation(String line) {
        int comma = line.indexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        String name = line.substring(0, comma).replaceFirst("(?i)^by\\s+", "").strip();
        String rest = line.substring(comma + 1).strip();
        return isName(name) && !rest.isEmpty() ? Optional.of(new String[] {name, rest}) : Optional.empty();
    }

    static boolean isName(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (AFFILIATION_WORDS.contains(lower.replaceAll("[^\\p{L}-]", ""))) {
                return false;
            }
            if (!PARTICLES.contains(lower) && !NAME_TOKEN.matcher(token).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean inCapitals(String name) {
        return name.chars().filter(Character::isLetter).count() > 2
                && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** "INSTITUTE OF PEACE" → "Institute of Peace": small words stay lower case except at the start. */
    static String organisationCase(String name) {
        String[] words = ordinaryCase(name).split(" ");
        for (int i = 1; i < words.length; i++) {
            if (SMALL_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                words[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        return String.join(" ", words);
    }

    /** "YIXIANG XU" → "Yixiang Xu"; "O'BRIEN-SMITH" → "O'Brien-Smith". */
    static String ordinaryCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                out.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
                startOfWord = false;
            } else {
                out.append(c);
                startOfWord = c == ' ' || c == '-' || c == '\'' || c == '\u2019';
            }
        }
        return out.toString();
    }
}
