package dev.brief.pdf.layout;

/** Horizontal translation of items (records are immutable, so a shift is a copy). */
final class Shift {
    private Shift() {}

    static Item item(Item item, float dx) {
        if (item instanceof Item.Text) {
            Item.Text t = (Item.Text) item;
            return new Item.Text(t.owner(), t.text(), t.face(), t.size(), t.color(), t.x() + dx, t.baseline(), t.run(),
                    t.offset());
        } else if (item instanceof Item.Fill) {
            Item.Fill f = (Item.Fill) item;
            return new Item.Fill(f.owner(), f.color(), f.x() + dx, f.y(), f.width(), f.height());
        } else if (item instanceof Item.Rule) {
            Item.Rule r = (Item.Rule) item;
            return new Item.Rule(r.owner(), r.color(), r.lineWidth(), r.x1() + dx, r.y1(), r.x2() + dx, r.y2());
        } else if (item instanceof Item.Image) {
            Item.Image i = (Item.Image) item;
            return new Item.Image(i.owner(), i.image(), i.x() + dx, i.y(), i.width(), i.height());
        }
        return item;
    }
}
