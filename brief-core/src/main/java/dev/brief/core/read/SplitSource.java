package dev.brief.core.read;

import java.util.Optional;

/**
 * A brief's text split into its YAML front matter and its Markdown body. The body keeps the front
 * matter's lines as empty lines, so that Markdown positions are file positions.
 *
 * @param frontMatter the YAML between the fences, empty when the file has no front matter
 * @param frontMatterFirstLine the 1-based file line of the YAML's first line
 * @param body the Markdown body, same line count as the file
 * @param closed false when the front matter's closing fence is missing
 */
record SplitSource(Optional<String> frontMatter, int frontMatterFirstLine, String body, boolean closed) {

    private static final String FENCE = "---";

    static SplitSource split(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].stripTrailing().equals(FENCE)) {
            return new SplitSource(Optional.empty(), 1, text, true);
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals(FENCE) || line.equals("...")) {
                end = i;
                break;
            }
        }
        boolean closed = end >= 0;
        int last = closed ? end : lines.length - 1;
        StringBuilder yaml = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && i < (closed ? end : lines.length)) {
                yaml.append(lines[i]).append('\n');
            }
            if (i > last) {
                body.append(lines[i]);
            }
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new SplitSource(Optional.of(yaml.toString()), 2, body.toString(), closed);
    }
}
