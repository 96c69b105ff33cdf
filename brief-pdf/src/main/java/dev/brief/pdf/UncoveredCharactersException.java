package dev.brief.pdf;

import dev.brief.pdf.fonts.FreeFontAdvice;
import dev.brief.pdf.fonts.UncoveredCharacter;
import java.util.List;

/**
 * Characters of the brief that no font of the house can draw, all of them, found before anything is drawn,
 * so that no blank box reaches a page. Each names the model element that holds it, which a caller maps to a
 * source position for a diagnostic, and says which free fonts would cover it and how to install them.
 */
public final class UncoveredCharactersException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<Uncovered> characters;
    private final String languageTag;

    /**
     * One character a face lacks, at {@code offset} in the plain text of element {@code elementId} (null for
     * text that is not the model's, such as the running header; the offset is then into that text).
     */
    public record Uncovered(String elementId, int offset, UncoveredCharacter character) {
        public String message() {
            return (elementId == null ? "" : "in " + elementId + " at " + offset + ": ") + character.message();
        }
    }

    /** Public because the layout and image stages, in packages of their own, throw it. */
    public UncoveredCharactersException(List<Uncovered> characters) {
        this(characters, null);
    }

    /** With the brief's language, which decides the advice for Han characters and punctuation. */
    public UncoveredCharactersException(List<Uncovered> characters, String languageTag) {
        super(characters.size() + " character(s) no font covers: "
                + characters.get(0).message() + (characters.size() > 1 ? " …" : "") + "; "
                + fix(characters.get(0), languageTag));
        this.characters = List.copyOf(characters);
        this.languageTag = languageTag;
    }

    public List<Uncovered> characters() {
        return characters;
    }

    /**
     * How to fix one of the characters, for its diagnostic: the character's own fix, then the free fonts
     * that cover its script with their Debian and Homebrew packages.
     */
    public String fix(Uncovered uncovered) {
        return fix(uncovered, languageTag);
    }

    private static String fix(Uncovered uncovered, String languageTag) {
        return uncovered.character().fix() + "; "
                + FreeFontAdvice.forCharacter(uncovered.character().codePoint(), languageTag);
    }
}
