package dev.brief.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A style sheet read back as its rules, enough to check which colours apply where: each rule's selectors, its
 * declarations, and the {@code @media} condition it sits in ("" at the top level). Other at-rules ({@code @page},
 * {@code @font-face}) are kept whole under their prelude, without declarations, since their values may hold
 * semicolons ({@code data:} addresses) that this reader does not parse.
 */
record StyleRules(List<Rule> rules) {

    record Rule(String condition, List<String> selectors, Map<String, String> declarations) {
        String get(String property) {
            return declarations.get(property);
        }
    }

    static StyleRules parse(String css) {
        List<Rule> rules = new ArrayList<>();
        read(css.replaceAll("(?s)/\\*.*?\\*/", ""), "", rules);
        return new StyleRules(List.copyOf(rules));
    }

    private static void read(String css, String condition, List<Rule> rules) {
        int position = 0;
        while (true) {
            int open = css.indexOf('{', position);
            if (open < 0) {
                if (!css.substring(position).isBlank()) {
                    throw new AssertionError("text after the last rule: "
                            + css.substring(position).strip());
                }
                return;
            }
            int close = matching(css, open);
            String prelude = css.substring(position, open).strip();
            String body = css.substring(open + 1, close);
            if (prelude.startsWith("@media")) {
                read(body, prelude.substring("@media".length()).strip(), rules);
            } else if (prelude.startsWith("@")) {
                rules.add(new Rule(prelude, List.of(), Map.of()));
            } else {
                rules.add(new Rule(condition, selectors(prelude), declarations(body)));
            }
            position = close + 1;
        }
    }

    private static int matching(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unclosed block at " + open);
    }

    private static List<String> selectors(String prelude) {
        List<String> selectors = new ArrayList<>();
        for (String selector : prelude.split(",")) {
            selectors.add(selector.strip().replaceAll("\\s+", " "));
        }
        return List.copyOf(selectors);
    }

    private static Map<String, String> declarations(String body) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : body.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                throw new AssertionError("not a declaration: " + declaration.strip());
            }
            declarations.put(
                    declaration.substring(0, colon).strip(),
                    declaration.substring(colon + 1).strip());
        }
        return declarations;
    }

    /** The rules whose {@code @media} condition contains {@code text}. */
    List<Rule> in(String text) {
        return rules.stream().filter(rule -> rule.condition().contains(text)).toList();
    }

    /** The rules outside any {@code @media} block: what applies on every medium in every colour scheme. */
    List<Rule> unconditional() {
        return rules.stream().filter(rule -> rule.condition().isEmpty()).toList();
    }

    /** The selectors of {@code rules} that set {@code property}. */
    static List<String> selectorsSetting(List<Rule> rules, String property) {
        return rules.stream()
                .filter(rule -> rule.declarations().containsKey(property))
                .flatMap(rule -> rule.selectors().stream())
                .distinct()
                .toList();
    }
}
