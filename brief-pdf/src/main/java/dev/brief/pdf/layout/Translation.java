package dev.brief.pdf.layout;

/** A translation of marks right and down: indented blocks, table cells, rows stacked inside the colophon. */
final class Translation implements Mark.Visitor<Mark> {
    private final float dx;
    private final float dy;

    private Translation(float dx, float dy) {
        this.dx = dx;
        this.dy = dy;
    }

    static Mark by(Mark mark, float dx, float dy) {
        return mark.accept(new Translation(dx, dy));
    }

    static Mark right(Mark mark, float dx) {
        return by(mark, dx, 0);
    }

    @Override
    public Mark text(Mark.Text t) {
        return new Mark.Text(
                t.owner(),
                t.text(),
                t.face(),
                t.size(),
                t.color(),
                t.x() + dx,
                t.baseline() + dy,
                t.run(),
                t.offset(),
                t.direction());
    }

    @Override
    public Mark fill(Mark.Fill f) {
        return new Mark.Fill(f.owner(), f.color(), f.x() + dx, f.y() + dy, f.width(), f.height());
    }

    @Override
    public Mark rule(Mark.Rule r) {
        return new Mark.Rule(r.owner(), r.color(), r.lineWidth(), r.x1() + dx, r.y1() + dy, r.x2() + dx, r.y2() + dy);
    }

    @Override
    public Mark image(Mark.Image i) {
        return new Mark.Image(i.owner(), i.image(), i.x() + dx, i.y() + dy, i.width(), i.height());
    }

    @Override
    public Mark anchor(Mark.Anchor a) {
        return new Mark.Anchor(a.owner(), a.id(), a.y() + dy);
    }
}
