package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns commonmark inlines into model inlines, numbering note references as it meets them (reading order)
 * and reporting what the model cannot hold: raw HTML, inline images, references to undefined notes, links a
 * screen reader cannot announce well, and language spans whose tag is not a language tag.
 */
final class InlineConverter {
    private static final Pattern UNDEFINED_NOTE = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    /** Span attributes left as text: the braces never closed, or the brackets could not pair up. */
    private static final Pattern UNREAD_SPAN = Pattern.compile("\\]\\{[^}\\n]*\\blang\\s*=");

    private final NodePositions positions;
    private final Diagnostics diagnostics;
    private final NoteRegistry notes;
    private final Map<String, SourcePosition> sourceMap;
    private final SpanLanguageChecker spanLanguages;
    private final LinkChecker links;
    private final InlineQuotes quotes;

    InlineConverter(
            NodePositions positions,
            Diagnostics diagnostics,
            NoteRegistry notes,
            Map<String, SourcePosition> sourceMap,
            InlineQuotes quotes) {
        this.positions = positions;
        this.quotes = quotes;
        this.diagnostics = diagnostics;
        this.notes = notes;
        this.sourceMap = sourceMap;
        this.spanLanguages = new SpanLanguageChecker(positions, diagnostics);
        this.links = new LinkChecker(positions, diagnostics);
    }

    /** The children of {@code parent}, a whole passage, converted, its quotation marks set. */
    List<Inline> children(Node parent, boolean inNote) {
        return from(parent.getFirstChild(), inNote);
    }

    /** {@code first} and its following siblings, the rest of a passage, converted, its quotation marks set. */
    List<Inline> from(Node first, boolean inNote) {
        return quotes.typeset(converted(first, inNote));
    }

    /** A passage given as plain text in the front matter, its quotation marks set. */
    List<Inline> text(String text) {
        return List.of(new Inline.Text(quotes.typeset(text)));
    }

    /** The children of {@code parent}, part of a passage, converted as the source has them. */
    private List<Inline> nested(Node parent, boolean inNote) {
        return converted(parent.getFirstChild(), inNote);
    }

    private List<Inline> converted(Node first, boolean inNote) {
        Collector collector = new Collector(inNote);
        for (Node node = first; node != null; node = node.getNext()) {
            node.accept(collector);
        }
        return merged(collector.inlines);
    }

    /** The plain text of a commonmark subtree (alt text, heading slugs). */
    static String plainText(Node parent) {
        StringBuilder text = new StringBuilder();
        parent.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    private static List<Inline> merged(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>();
        for (Inline inline : inlines) {
            int last = merged.size() - 1;
            if (inline instanceof Inline.Text && last >= 0 && merged.get(last) instanceof Inline.Text) {
                merged.set(
                        last, new Inline.Text(((Inline.Text) merged.get(last)).text() + ((Inline.Text) inline).text()));
            } else {
                merged.add(inline);
            }
        }
        return merged;
    }

    private final class Collector extends AbstractVisitor {
        private final boolean inNote;
        private final List<Inline> inlines = new ArrayList<>();
        /** Whether a language span came before, among the same siblings (see {@link #checkUnreadSpan}). */
        private boolean afterSpan;

        Collector(boolean inNote) {
            this.inNote = inNote;
        }

        @Override
        public void visit(Text text) {
            Matcher undefined = UNDEFINED_NOTE.matcher(text.getLiteral());
            while (undefined.find()) {
                String label = undefined.group(1);
                diagnostics.error(
                        positions.find(text, undefined.group()),
                        "the note reference [^" + label + "] has no note",
                        "add a line `[^" + label + "]: …` with the note's text, or correct the label");
            }
            checkUnreadSpan(text);
            inlines.add(new Inline.Text(text.getLiteral()));
        }

        /**
         * Reports span syntax that CommonMark's bracket matching left as text: braces that never close, a span
         * whose text holds brackets (a note reference, a link), and a span inside a link's text, which turns
         * that link's closing {@code ](…)} into text. An escaped closing bracket, {@code \]{lang=…}}, is the
         * author's way to write such text on purpose.
         */
        private void checkUnreadSpan(Text text) {
            String fix = "close the braces on the same line, and keep brackets out of the span's text: put a note"
                    + " reference after the span, and write a link in another language as [text](address){lang=…}";
            Matcher unread = UNREAD_SPAN.matcher(text.getLiteral());
            SourcePosition at = unread.find() ? positions.find(text, unread.group()) : null;
            if (at != null && !positions.escaped(at)) {
                diagnostics.warning(at, "`" + unread.group() + "…` is not read as a language span", fix);
            } else if (afterSpan && text.getLiteral().contains("](")) {
                diagnostics.warning(
                        positions.find(text, "]("),
                        "a language span inside a link's text leaves" + " the link unread",
                        fix);
            }
        }

        @Override
        public void visit(Emphasis emphasis) {
            inlines.add(new Inline.Emphasis(nested(emphasis, inNote)));
        }

        @Override
        public void visit(StrongEmphasis strong) {
            inlines.add(new Inline.Strong(nested(strong, inNote)));
        }

        @Override
        public void visit(Code code) {
            inlines.add(new Inline.Code(code.getLiteral()));
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            inlines.add(new Inline.Text(" "));
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            inlines.add(new Inline.LineBreak());
        }

        @Override
        public void visit(Link link) {
            inlines.addAll(link(link, link.getDestination(), link.getTitle()));
        }

        /** The link {@code node} makes to {@code destination}; only its text when it cannot be a link. */
        private List<Inline> link(Node node, String destination, String title) {
            List<Inline> children = nested(node, inNote);
            if (!links.accepts(node, destination, inNote)) {
                return children;
            }
            return List.of(
                    new Inline.Link(destination, Optional.ofNullable(title).orElse(""), children));
        }

        /** A language span; a link's text in another language is a span around the link. */
        private void languageSpan(LanguageSpanNode span) {
            List<Inline> children = span.link()
                    .map(link -> link(span, link.url(), link.title()))
                    .orElseGet(() -> nested(span, inNote));
            Optional<String> language = spanLanguages.language(span);
            if (language.isPresent() && children.isEmpty()) {
                diagnostics.warning(
                        positions.of(span),
                        "the language span has no text, so it is left out",
                        "write the words in that language between the brackets, or delete the span");
            } else if (language.isPresent()) {
                inlines.add(new Inline.LanguageSpan(language.get(), merged(children)));
            } else {
                inlines.addAll(children);
            }
            afterSpan = true;
        }

        @Override
        public void visit(Image image) {
            diagnostics.error(
                    positions.of(image),
                    "an image inside running text",
                    "put the image at the start of its own paragraph; the lines after it are its caption");
        }

        @Override
        public void visit(HtmlInline html) {
            if (RawHtmlAdvisor.isComment(html.getLiteral())) {
                return;
            }
            RawHtmlAdvisor.openingTag(html.getLiteral())
                    .ifPresent(tag -> diagnostics.error(
                            positions.of(html), "raw HTML <" + tag + "> is not allowed", RawHtmlAdvisor.instead(tag)));
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof LanguageSpanNode) {
                languageSpan((LanguageSpanNode) node);
                return;
            }
            if (node instanceof FootnoteReference) {
                FootnoteReference reference = (FootnoteReference) node;
                Optional<NoteRegistry.Reference> ids = notes.reference(reference.getLabel());
                if (ids.isPresent()) {
                    inlines.add(new Inline.NoteRef(ids.get().id(), ids.get().noteId()));
                    sourceMap.put(ids.get().id(), positions.of(reference));
                }
                return;
            }
            diagnostics.error(
                    positions.of(node), "this inline element is not part of the brief format", "write plain Markdown");
        }
    }
}
