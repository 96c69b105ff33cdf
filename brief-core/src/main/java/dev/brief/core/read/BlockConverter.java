package dev.brief.core.read;

import dev.brief.core.model.Block;
import dev.brief.core.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns commonmark blocks into model blocks, in source order, giving each its id as it goes. Anything the
 * model has no place for is reported, never dropped.
 */
final class BlockConverter {
    static final String TABLE_CAPTION = "Table:";

    private final Conversion conversion;
    private final FigureReader figures;
    private final TableConverter tables;
    private final ContainerConverter containers;

    BlockConverter(Conversion conversion) {
        this.conversion = conversion;
        this.figures = new FigureReader(conversion);
        this.tables = new TableConverter(conversion);
        this.containers = new ContainerConverter(conversion, this);
    }

    List<Block> children(Node parent, boolean inNote) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            nodes.add(node);
        }
        return blocks(nodes, inNote);
    }

    List<Block> blocks(List<Node> nodes, boolean inNote) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof TableBlock) {
                Optional<Paragraph> caption = i + 1 < nodes.size() ? tableCaption(nodes.get(i + 1)) : Optional.empty();
                blocks.add(tables.table((TableBlock) node, caption, inNote));
                if (caption.isPresent()) {
                    i++;
                }
            } else {
                block(node, inNote).ifPresent(blocks::add);
            }
        }
        return blocks;
    }

    private Optional<Block> block(Node node, boolean inNote) {
        if (node instanceof Paragraph) {
            return Optional.of(paragraph((Paragraph) node, inNote));
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return Optional.of(list((ListBlock) node, inNote));
        }
        if (node instanceof BlockQuote) {
            return Optional.of(quote((BlockQuote) node, inNote));
        }
        if (node instanceof ContainerBlock) {
            return containers.container((ContainerBlock) node, inNote);
        }
        if (node instanceof FootnoteDefinition || node instanceof LinkReferenceDefinition) {
            return Optional.empty();
        }
        if (node instanceof HtmlBlock) {
            String html = ((HtmlBlock) node).getLiteral();
            if (!RawHtmlAdvisor.isComment(html)) {
                String tag = RawHtmlAdvisor.openingTag(html).orElse("html");
                conversion.error(node, "raw HTML <" + tag + "> is not allowed", RawHtmlAdvisor.instead(tag));
            }
            return Optional.empty();
        }
        if (node instanceof Heading) {
            conversion.error(
                    node,
                    "a heading inside a list, quote, note or container",
                    "move the heading out to the start of a line of its own, or use **bold** text");
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            conversion.error(
                    node,
                    "a code block is not part of the brief format",
                    node instanceof IndentedCodeBlock
                            ? "remove the indentation: four spaces at the start of a line make a code block"
                            : "write the text as a paragraph, with `inline code` where needed");
        } else if (node instanceof ThematicBreak) {
            conversion.error(
                    node,
                    "a horizontal rule (---, ***) has no meaning in a brief",
                    "start a new section with ## instead, or delete the line");
        } else {
            conversion.error(node, "this block is not part of the brief format", "write plain Markdown");
        }
        return Optional.empty();
    }

    private Block paragraph(Paragraph paragraph, boolean inNote) {
        if (paragraph.getFirstChild() instanceof Image) {
            return figures.figure(paragraph, (Image) paragraph.getFirstChild(), inNote);
        }
        if (startsWith(paragraph, TABLE_CAPTION)) {
            conversion.warning(
                    paragraph,
                    "a `Table:` caption that does not follow a table",
                    "put it directly after the table, separated by one empty line");
        }
        String id = conversion.identify("p", paragraph);
        return new Block.Paragraph(id, conversion.inlines().children(paragraph, inNote));
    }

    private Block list(ListBlock list, boolean inNote) {
        String id = conversion.identify("list", list);
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String itemId = conversion.identify("li", item);
            items.add(new Block.ListItem(itemId, children(item, inNote)));
        }
        boolean ordered = list instanceof OrderedList;
        Integer start = ordered ? ((OrderedList) list).getMarkerStartNumber() : null;
        return new Block.ListBlock(id, ordered, start == null ? 1 : start, items);
    }

    private Block quote(BlockQuote quote, boolean inNote) {
        String id = conversion.identify("quote", quote);
        List<Node> nodes = new ArrayList<>();
        for (Node node = quote.getFirstChild(); node != null; node = node.getNext()) {
            nodes.add(node);
        }
        Optional<Paragraph> last = nodes.size() > 1 && nodes.get(nodes.size() - 1) instanceof Paragraph
                ? Optional.of((Paragraph) nodes.get(nodes.size() - 1)).filter(BlockConverter::isAttribution)
                : Optional.empty();
        if (last.isPresent()) {
            nodes.remove(nodes.size() - 1);
        }
        List<Block> blocks = blocks(nodes, inNote);
        return new Block.Quote(id, blocks, last.map(p -> attribution(p, inNote)));
    }

    /** A paragraph that starts with a dash names the source of the quotation before it. */
    static boolean isAttribution(Paragraph paragraph) {
        return startsWith(paragraph, "—") || startsWith(paragraph, "―") || startsWith(paragraph, "--");
    }

    List<Inline> attribution(Paragraph paragraph, boolean inNote) {
        List<Inline> inlines = new ArrayList<>(conversion.inlines().children(paragraph, inNote));
        String first = ((Inline.Text) inlines.get(0)).text().replaceFirst("^(—|―|--)\\s*", "");
        if (first.isEmpty()) {
            inlines.remove(0);
        } else {
            inlines.set(0, new Inline.Text(first));
        }
        return inlines;
    }

    static boolean startsWith(Paragraph paragraph, String prefix) {
        return paragraph.getFirstChild() instanceof Text
                && ((Text) paragraph.getFirstChild()).getLiteral().startsWith(prefix);
    }

    private static Optional<Paragraph> tableCaption(Node next) {
        return next instanceof Paragraph && startsWith((Paragraph) next, TABLE_CAPTION)
                ? Optional.of((Paragraph) next)
                : Optional.empty();
    }
}
