package dev.brief.core.language;

import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Optional;

/**
 * A word or phrase that an edition prints or announces itself (every other word comes from the brief). Each
 * has a key, the name it has in a bundle ({@code labels_<tag>.properties}) and in a house file's
 * {@code labels:}, and a number of arguments: a parameterised label holds one {@code %s} where its argument
 * (a note number, a text) goes, for example {@code Note %s}.
 */
public enum Label {
    /** The heading of the summary when the brief gives it in the front matter. */
    SUMMARY("summary", 0),
    /** The heading of the endnotes, and their entry in bookmarks, contents and landmarks. */
    NOTES("notes", 0),
    /** The name of the link to a note, e.g. a PDF link annotation's /Contents: "Note 3". */
    NOTE("note", 1),
    /** The accessible name of the link from a note back to its only reference. */
    BACK_TO_REFERENCE("back-to-reference", 0),
    /** The accessible name of the link from a note back to its k-th reference, when there are several. */
    BACK_TO_REFERENCE_NUMBERED("back-to-reference-numbered", 1),
    /** The name of the link from a note's number back to the reference in the text: "… to note 3". */
    BACK_TO_NOTE_REFERENCE("back-to-note-reference", 1),
    /** The title of an about box the source leaves untitled ({@code ::: about}). */
    ABOUT_BRIEF("about-brief", 0),
    /** The accessible name of the list of authors under the title. */
    AUTHORS("authors", 0),
    /** The heading of the authors' biographies. */
    ABOUT_AUTHORS("about-authors", 0),
    /** The heading of the colophon. */
    COLOPHON("colophon", 0),
    /** The name of the printed edition in an ISBN line: "ISBN … (print)". */
    PRINT_EDITION("print-edition", 0),
    /** The issue number in the masthead: "No. 12". */
    ISSUE_NUMBER("issue-number", 1),
    /** The heading of the table of contents (EPUB navigation document). */
    CONTENTS("contents", 0),
    /** The heading of the landmarks (EPUB navigation document). */
    LANDMARKS("landmarks", 0),
    /** The heading of the page list (EPUB navigation document). */
    PAGES("pages", 0),
    /** The cover page's name, in landmarks and the cover page's title. */
    COVER("cover", 0),
    /** The text alternative of the cover image: "Cover: " and what the cover says. */
    COVER_DESCRIPTION("cover-description", 1),
    /** The landmark of the start of the text (EPUB {@code bodymatter}). */
    START("start", 0);

    private final String key;
    private final int arguments;

    Label(String key, int arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    /** The name in bundles and house files, e.g. {@code back-to-reference}. */
    public String key() {
        return key;
    }

    /** How many {@code %s} the label holds: 0 or 1. */
    public int arguments() {
        return arguments;
    }

    /**
     * Why {@code text} cannot stand for this label, if it cannot: it is blank, or the label takes an argument
     * and the text does not hold exactly one {@code %s} (a literal per cent sign is {@code %%}).
     */
    public Optional<String> problemWith(String text) {
        if (text.isBlank()) {
            return Optional.of("the label `" + key + "` is empty");
        }
        if (arguments == 0) {
            return Optional.empty();
        }
        String marker = "\uE000";
        try {
            String formatted = String.format(Locale.ROOT, text, marker);
            if (formatted.indexOf(marker) < 0 || formatted.indexOf(marker) != formatted.lastIndexOf(marker)) {
                return Optional.of("the label `" + key + "` must hold `%s` once, where its argument goes");
            }
            return Optional.empty();
        } catch (IllegalFormatException e) {
            return Optional.of(
                    "the label `" + key + "` holds `%` other than one `%s`; write a per cent sign" + " as `%%`");
        }
    }

    public static Optional<Label> ofKey(String key) {
        return Arrays.stream(values()).filter(label -> label.key.equals(key)).findFirst();
    }
}
