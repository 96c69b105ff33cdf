package dev.brief.pdf.layout;

import dev.brief.pdf.text.UncoveredCharacter;
import java.util.List;

/**
 * Characters of the brief that no font of the house can draw, all of them, found before anything is drawn,
 * so that no blank box reaches a page. Each names the model element that holds it, which a caller maps to a
 * source position for a diagnostic.
 */
public final class UncoveredCharactersException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<Uncovered> characters;

    /**
     * One character a face lacks, at {@code offset} in the plain text of element {@code elementId} (null for
     * text that is not the model's, such as the running header; the offset is then into that text).
     */
    public record Uncovered(String elementId, int offset, UncoveredCharacter character) {
        public String message() {
            return (elementId == null ? "" : "in " + elementId + " at " + offset + ": ") + character.message();
        }
    }

    UncoveredCharactersException(List<Uncovered> characters) {
        super(characters.size() + " character(s) no font covers: " + characters.get(0).message()
                + (characters.size() > 1 ? " …" : "") + "; " + characters.get(0).character().fix());
        this.characters = List.copyOf(characters);
    }

    public List<Uncovered> characters() {
        return characters;
    }
}
