package dev.brief.pdf.layout;

import dev.brief.pdf.tag.Owner;

/** Items given to another owner: a table's header row repeated on a new page is a pagination artifact. */
final class Reowned implements Item.Visitor<Item> {
    private final Owner owner;

    private Reowned(Owner owner) {
        this.owner = owner;
    }

    static Row row(Row row, Owner owner) {
        Row copy = new Row(row.height, row.spaceBefore);
        for (Item item : row.items) {
            if (!(item instanceof Item.Anchor)) {
                copy.items.add(item.accept(new Reowned(owner)));
            }
        }
        return copy;
    }

    @Override
    public Item text(Item.Text t) {
        // No run: the copy carries no link, anchor or page-map position.
        return new Item.Text(owner, t.text(), t.face(), t.size(), t.color(), t.x(), t.baseline(), null, 0,
                t.direction());
    }

    @Override
    public Item fill(Item.Fill f) {
        return new Item.Fill(owner, f.color(), f.x(), f.y(), f.width(), f.height());
    }

    @Override
    public Item rule(Item.Rule r) {
        return new Item.Rule(owner, r.color(), r.lineWidth(), r.x1(), r.y1(), r.x2(), r.y2());
    }

    @Override
    public Item image(Item.Image i) {
        return new Item.Image(owner, i.image(), i.x(), i.y(), i.width(), i.height());
    }

    @Override
    public Item anchor(Item.Anchor a) {
        return a;
    }
}
