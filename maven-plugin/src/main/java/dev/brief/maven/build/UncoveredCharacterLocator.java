package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Severity;
import dev.brief.core.diagnostic.SourceMap;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.pdf.UncoveredCharactersException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the characters no house font covers into one error each, at the character's place in the source:
 * the element's position from the source map, moved onto the character itself when it can be found there
 * (the offset counts plain text, not Markdown, so the character is looked up in the source line by line
 * until the element's paragraph ends). Text outside the model (title, running header, colophon) is found
 * by its first occurrence in the source, else reported at the top of the file.
 */
final class UncoveredCharacterLocator {
    private final String file;
    private final List<String> lines;
    private final SourceMap sourceMap;

    UncoveredCharacterLocator(String file, String source, SourceMap sourceMap) {
        this.file = file;
        this.lines = source.lines().toList();
        this.sourceMap = sourceMap;
    }

    /** One diagnostic per distinct character and place, in the order the writer found them. */
    List<Diagnostic> diagnostics(UncoveredCharactersException exception) {
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        for (UncoveredCharactersException.Uncovered uncovered : exception.characters()) {
            diagnostics.add(new Diagnostic(
                    Severity.ERROR,
                    position(uncovered, earlier(uncovered, exception)),
                    uncovered.character().message(),
                    exception.fix(uncovered)));
        }
        return new ArrayList<>(diagnostics);
    }

    /** How many occurrences of the same character the same element has before this one. */
    private static int earlier(
            UncoveredCharactersException.Uncovered uncovered, UncoveredCharactersException exception) {
        if (uncovered.elementId() == null) {
            return 0;
        }
        return (int) exception.characters().stream()
                .filter(other -> uncovered.elementId().equals(other.elementId())
                        && other.character().codePoint()
                                == uncovered.character().codePoint()
                        && other.offset() < uncovered.offset())
                .mapToInt(UncoveredCharactersException.Uncovered::offset)
                .distinct()
                .count();
    }

    private SourcePosition position(UncoveredCharactersException.Uncovered uncovered, int skip) {
        String character = new String(Character.toChars(uncovered.character().codePoint()));
        SourcePosition element = uncovered.elementId() == null
                ? null
                : sourceMap.position(uncovered.elementId()).orElse(null);
        if (element == null) {
            SourcePosition found = find(character, 1, 1, false, 0);
            return found != null ? found : new SourcePosition(file, 1, 1);
        }
        SourcePosition found = find(character, element.line(), element.column(), true, skip);
        return found != null ? found : element;
    }

    /**
     * The occurrence of {@code character} after {@code skip} others from line {@code line}, column
     * {@code column} on; within the element's paragraph (up to the next blank line) when
     * {@code withinParagraph}. Columns count chars, as the reader's do. Null when not there.
     */
    private SourcePosition find(String character, int line, int column, boolean withinParagraph, int skip) {
        int left = skip;
        for (int i = line - 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (withinParagraph && i > line - 1 && text.isBlank()) {
                return null;
            }
            int index = text.indexOf(character, i == line - 1 ? Math.min(column - 1, text.length()) : 0);
            while (index >= 0) {
                if (left-- == 0) {
                    return new SourcePosition(file, i + 1, index + 1);
                }
                index = text.indexOf(character, index + character.length());
            }
        }
        return null;
    }
}
