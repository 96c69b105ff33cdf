package dev.brief.pdf.text;

import java.util.Arrays;

/**
 * Liang's hyphenation patterns in a trie keyed by the pattern's letters. Each node that ends a
 * pattern holds the pattern's priorities: value {@code k} applies to the gap before the pattern's
 * letter {@code k} (so there is one more value than letters). Built once, then only read.
 */
final class PatternTrie {
    private final Node root = new Node();

    /** Adds one pattern in TeX notation, e.g. {@code hy3ph} or {@code .ach4}. */
    void add(String pattern) {
        add(pattern, 0, pattern.length());
    }

    /**
     * Adds the pattern {@code text[start, end)}, walking the trie as its letters are read: data files are
     * read whole and their patterns added in place, which keeps loading a large language to milliseconds.
     */
    void add(CharSequence text, int start, int end) {
        byte[] values = new byte[end - start + 1];
        int letters = 0;
        int last = -1;
        Node node = root;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                values[letters] = (byte) (c - '0');
                last = letters;
            } else {
                node = node.childOrNew(c);
                letters++;
            }
        }
        // Trailing zeros change nothing; most patterns end in one.
        node.values = Arrays.copyOf(values, last + 1);
    }

    /**
     * Applies every pattern that matches inside {@code word} (already lowercased and framed by
     * '.' at both ends): {@code priorities[j]} becomes the highest value any pattern gives the
     * gap before {@code word[j]}.
     */
    void apply(CharSequence word, byte[] priorities) {
        for (int start = 0; start < word.length(); start++) {
            Node node = root;
            for (int i = start; i < word.length(); i++) {
                node = node.child(word.charAt(i));
                if (node == null) {
                    break;
                }
                byte[] values = node.values;
                if (values != null) {
                    for (int k = 0; k < values.length; k++) {
                        int gap = start + k;
                        if (values[k] > priorities[gap]) {
                            priorities[gap] = values[k];
                        }
                    }
                }
            }
        }
    }

    private static final class Node {
        /** Shared by every leaf until it gets a child: most nodes are leaves. */
        private static final char[] NO_KEYS = {};

        private static final Node[] NO_CHILDREN = {};

        private char[] keys = NO_KEYS;
        private Node[] children = NO_CHILDREN;
        private byte[] values;

        Node child(char key) {
            int index = Arrays.binarySearch(keys, key);
            return index >= 0 ? children[index] : null;
        }

        Node childOrNew(char key) {
            int index = Arrays.binarySearch(keys, key);
            if (index >= 0) {
                return children[index];
            }
            int at = -index - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, at);
            System.arraycopy(children, 0, newChildren, 0, at);
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            System.arraycopy(children, at, newChildren, at + 1, children.length - at);
            Node created = new Node();
            newKeys[at] = key;
            newChildren[at] = created;
            keys = newKeys;
            children = newChildren;
            return created;
        }
    }
}
