package dev.brief.pdf.layout;

/** Items moved right and down, for rows stacked inside a larger row (table cells, the colophon). */
final class Moved {
    private Moved() {}

    static Item by(Item item, float dx, float dy) {
        Item shifted = Shift.item(item, dx);
        if (shifted instanceof Item.Text) {
            Item.Text t = (Item.Text) shifted;
            return new Item.Text(t.owner(), t.text(), t.face(), t.size(), t.color(), t.x(), t.baseline() + dy, t.run(),
                    t.offset());
        } else if (shifted instanceof Item.Fill) {
            Item.Fill f = (Item.Fill) shifted;
            return new Item.Fill(f.owner(), f.color(), f.x(), f.y() + dy, f.width(), f.height());
        } else if (shifted instanceof Item.Rule) {
            Item.Rule r = (Item.Rule) shifted;
            return new Item.Rule(r.owner(), r.color(), r.lineWidth(), r.x1(), r.y1() + dy, r.x2(), r.y2() + dy);
        } else if (shifted instanceof Item.Image) {
            Item.Image i = (Item.Image) shifted;
            return new Item.Image(i.owner(), i.image(), i.x(), i.y() + dy, i.width(), i.height());
        } else if (shifted instanceof Item.Anchor) {
            Item.Anchor a = (Item.Anchor) shifted;
            return new Item.Anchor(a.owner(), a.id(), a.y() + dy);
        }
        return shifted;
    }
}
