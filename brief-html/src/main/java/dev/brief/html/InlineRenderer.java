package dev.brief.html;

import dev.brief.core.language.TextDirection;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PlainText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Writes running text. Page markers go in at their character offsets through the cursor in use. */
final class InlineRenderer implements Inline.Visitor<Void> {
    /** What a reader does not count as part of a link's visible address. */
    private static final Pattern SCHEME = Pattern.compile("^(?i)(https?://(www\\.)?|mailto:|tel:)");

    private final RenderContext context;
    private final MarkupWriter writer;
    private PageMarkers.Cursor cursor;

    InlineRenderer(RenderContext context) {
        this.context = context;
        this.writer = context.writer();
    }

    /** The inlines of the element {@code elementId}, with that element's page markers placed. */
    void render(List<Inline> inlines, String elementId) {
        PageMarkers.Cursor previous = cursor;
        cursor = context.pageMarkers().cursor(elementId);
        children(inlines);
        cursor.finish(writer);
        cursor = previous;
    }

    /** Inlines no page can begin in, for example a table cell. */
    void render(List<Inline> inlines) {
        PageMarkers.Cursor previous = cursor;
        cursor = context.pageMarkers().none();
        children(inlines);
        cursor = previous;
    }

    @Override
    public Void text(Inline.Text text) {
        cursor.text(text.text(), writer);
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        writer.start("em");
        children(emphasis.children());
        writer.end("em");
        return null;
    }

    @Override
    public Void strong(Inline.Strong strong) {
        writer.start("strong");
        children(strong.children());
        writer.end("strong");
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        requireSafeScheme(link.url());
        // A link whose text already reads as its address needs no address printed after it.
        boolean bare =
                withoutScheme(PlainText.of(link.children(), context.brief())).equals(withoutScheme(link.url()));
        writer.start(
                "a",
                "href",
                link.url(),
                "title",
                link.title().isEmpty() ? null : link.title(),
                "class",
                bare ? "bare" : null);
        children(link.children());
        writer.end("a");
        return null;
    }

    @Override
    public Void noteRef(Inline.NoteRef noteRef) {
        String number = context.brief()
                .note(noteRef.noteId())
                .map(note -> Integer.toString(note.number()))
                .orElseThrow(() -> new IllegalArgumentException(
                        "reference " + noteRef.id() + " names note " + noteRef.noteId() + ", which the brief lacks"));
        cursor.atom(number.length(), writer);
        writer.start("sup", "class", "note-ref");
        writer.textElement(
                "a",
                number,
                "href",
                "#" + noteRef.noteId(),
                "id",
                noteRef.id(),
                "role",
                "doc-noteref",
                "epub:type",
                context.flavor().epubType("noteref"));
        writer.end("sup");
        return null;
    }

    @Override
    public Void code(Inline.Code code) {
        writer.start("code");
        cursor.text(code.text(), writer);
        writer.end("code");
        return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
        cursor.atom(1, writer);
        writer.empty("br");
        return null;
    }

    /**
     * Text in another language, with {@code lang} and, as on the root element, {@code xml:lang} (the same markup
     * is XHTML in the EPUB). {@code dir} is written only when the span turns against the brief's direction: the
     * attribute also isolates the span for the bidirectional algorithm, so Arabic words in an English sentence
     * keep their order and do not reorder the punctuation around them.
     */
    @Override
    public Void languageSpan(Inline.LanguageSpan span) {
        TextDirection direction = TextDirection.of(span.language());
        boolean turns = direction != TextDirection.of(context.brief().metadata().language());
        writer.start(
                "span",
                "lang",
                span.language(),
                "xml:lang",
                span.language(),
                "dir",
                turns ? direction.attribute() : null);
        children(span.children());
        writer.end("span");
        return null;
    }

    /**
     * A link runs in the reader's browser: a {@code javascript:} or {@code data:} URL in a brief would be script
     * injection, not a reference, so only web, mail and telephone links and relative links are written.
     */
    static void requireSafeScheme(String url) {
        int colon = url.indexOf(':');
        int delimiter = indexOfAny(url, "/?#");
        if (colon < 0 || (delimiter >= 0 && delimiter < colon)) {
            return;
        }
        String scheme = url.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https", "mailto", "tel", "ftp", "doi", "urn").contains(scheme)) {
            throw new IllegalArgumentException("link " + url + " uses the scheme '" + scheme
                    + ":', which a brief must not link to;" + " use an http(s), mailto or tel link");
        }
    }

    private static String withoutScheme(String address) {
        String plain = SCHEME.matcher(address.strip()).replaceFirst("");
        return plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private void children(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }
}
