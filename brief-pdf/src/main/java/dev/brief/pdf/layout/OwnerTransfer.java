package dev.brief.pdf.layout;

import dev.brief.pdf.tag.Owner;

/** A transfer of marks to another owner: a table's header row repeated on a new page is a pagination artifact. */
final class OwnerTransfer implements Mark.Visitor<Mark> {
    private final Owner owner;

    private OwnerTransfer(Owner owner) {
        this.owner = owner;
    }

    static Row row(Row row, Owner owner) {
        Row copy = new Row(row.height, row.spaceBefore);
        for (Mark mark : row.marks) {
            if (!(mark instanceof Mark.Anchor)) {
                copy.marks.add(mark.accept(new OwnerTransfer(owner)));
            }
        }
        return copy;
    }

    @Override
    public Mark text(Mark.Text t) {
        // No run: the copy carries no link, anchor or page-map position.
        return new Mark.Text(
                owner, t.text(), t.face(), t.size(), t.color(), t.x(), t.baseline(), null, 0, t.direction());
    }

    @Override
    public Mark fill(Mark.Fill f) {
        return new Mark.Fill(owner, f.color(), f.x(), f.y(), f.width(), f.height());
    }

    @Override
    public Mark rule(Mark.Rule r) {
        return new Mark.Rule(owner, r.color(), r.lineWidth(), r.x1(), r.y1(), r.x2(), r.y2());
    }

    @Override
    public Mark image(Mark.Image i) {
        return new Mark.Image(owner, i.image(), i.x(), i.y(), i.width(), i.height());
    }

    @Override
    public Mark anchor(Mark.Anchor a) {
        return a;
    }
}
