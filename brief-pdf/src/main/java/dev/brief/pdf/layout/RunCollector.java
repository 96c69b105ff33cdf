package dev.brief.pdf.layout;

import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PlainText;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the inlines of one model element into text runs, planning the inline structure elements as it goes:
 * a Link per link, a Reference holding a Link per note reference, a Span with /Lang per language span, an Em or
 * Strong per emphasis outside a link (a link's annotation belongs to its Link element alone). Offsets
 * follow {@link PlainText} exactly.
 */
final class RunCollector implements Inline.Visitor<Void> {
    private final Brief brief;
    private final String elementId;
    private final float size;
    private final List<TextRun> runs = new ArrayList<>();
    private Face face;
    private StructureNode owner;
    private String target;
    private int offset;

    private RunCollector(Brief brief, String elementId, TextStyle style, StructureNode owner) {
        this.brief = brief;
        this.elementId = elementId;
        this.size = style.size();
        this.face = style.face();
        this.owner = owner;
    }

    static List<TextRun> collect(
            Brief brief, List<Inline> inlines, String elementId, TextStyle style, StructureNode owner) {
        RunCollector collector = new RunCollector(brief, elementId, style, owner);
        collector.visitAll(inlines);
        return collector.runs;
    }

    private void visitAll(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    private void add(String text, boolean superscript, String anchor, boolean lineBreak) {
        runs.add(new TextRun(text, face, size, superscript, owner, elementId, offset, target, anchor, lineBreak));
        offset += text.length();
    }

    @Override
    public Void text(Inline.Text text) {
        if (!text.text().isEmpty()) {
            add(text.text(), false, null, false);
        }
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        Face outer = face;
        StructureNode outerOwner = owner;
        face = face.withItalic();
        owner = target == null ? owner.addInline(StructureRole.EM) : owner;
        visitAll(emphasis.children());
        face = outer;
        owner = outerOwner;
        return null;
    }

    @Override
    public Void strong(Inline.Strong strong) {
        Face outer = face;
        StructureNode outerOwner = owner;
        face = face.withBold();
        owner = target == null ? owner.addInline(StructureRole.STRONG) : owner;
        visitAll(strong.children());
        face = outer;
        owner = outerOwner;
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        StructureNode outerOwner = owner;
        String outerTarget = target;
        owner = owner.addInline(StructureRole.LINK);
        target = link.url();
        visitAll(link.children());
        owner = outerOwner;
        target = outerTarget;
        return null;
    }

    @Override
    public Void noteRef(Inline.NoteRef noteRef) {
        brief.note(noteRef.noteId()).ifPresent(note -> {
            StructureNode outerOwner = owner;
            String outerTarget = target;
            owner = owner.addInline(StructureRole.REFERENCE)
                    .addInline(StructureRole.LINK)
                    .refersTo(note.id());
            target = "#" + note.id();
            add(Integer.toString(note.number()), true, noteRef.id(), false);
            owner = outerOwner;
            target = outerTarget;
        });
        return null;
    }

    @Override
    public Void code(Inline.Code code) {
        Face outer = face;
        face = Face.of(false, face.bold(), face.italic());
        if (!code.text().isEmpty()) {
            add(code.text(), false, null, false);
        }
        face = outer;
        return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
        add(" ", false, null, true);
        return null;
    }

    /**
     * A Span whose /Lang names the language of its text (ISO 32000-1, 14.9.2; PDF/UA-1, 7.2). The span's runs
     * join the paragraph's one stream of runs, so lines break across the span as if it were unmarked.
     */
    @Override
    public Void languageSpan(Inline.LanguageSpan span) {
        StructureNode outerOwner = owner;
        owner = owner.addInline(StructureRole.SPAN).language(span.language());
        visitAll(span.children());
        owner = outerOwner;
        return null;
    }
}
