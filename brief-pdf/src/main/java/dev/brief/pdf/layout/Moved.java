package dev.brief.pdf.layout;

/** Items moved right and down: indented blocks, table cells, rows stacked inside the colophon. */
final class Moved implements Item.Visitor<Item> {
    private final float dx;
    private final float dy;

    private Moved(float dx, float dy) {
        this.dx = dx;
        this.dy = dy;
    }

    static Item by(Item item, float dx, float dy) {
        return item.accept(new Moved(dx, dy));
    }

    static Item right(Item item, float dx) {
        return by(item, dx, 0);
    }

    @Override
    public Item text(Item.Text t) {
        return new Item.Text(t.owner(), t.text(), t.face(), t.size(), t.color(), t.x() + dx, t.baseline() + dy,
                t.run(), t.offset(), t.direction());
    }

    @Override
    public Item fill(Item.Fill f) {
        return new Item.Fill(f.owner(), f.color(), f.x() + dx, f.y() + dy, f.width(), f.height());
    }

    @Override
    public Item rule(Item.Rule r) {
        return new Item.Rule(r.owner(), r.color(), r.lineWidth(), r.x1() + dx, r.y1() + dy, r.x2() + dx,
                r.y2() + dy);
    }

    @Override
    public Item image(Item.Image i) {
        return new Item.Image(i.owner(), i.image(), i.x() + dx, i.y() + dy, i.width(), i.height());
    }

    @Override
    public Item anchor(Item.Anchor a) {
        return new Item.Anchor(a.owner(), a.id(), a.y() + dy);
    }
}
