package dev.brief.pdf.plan;

import dev.brief.core.model.Block;
import dev.brief.core.model.Section;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans the block-level structure elements of a run of blocks under one parent, in source order, nested blocks
 * inside the elements that hold them. {@code level} is the heading level of the enclosing section: an about
 * box's heading is one below it.
 */
final class StructurePlanner implements Block.Visitor<PlannedBlock> {
    private final StructureNode parent;
    private final int level;

    StructurePlanner(StructureNode parent, int level) {
        this.parent = parent;
        this.level = level;
    }

    List<PlannedBlock> blocks(List<Block> blocks) {
        List<PlannedBlock> planned = new ArrayList<>();
        for (Block block : blocks) {
            planned.add(block.accept(this));
        }
        return planned;
    }

    /** A Sect with its heading, its blocks, then its subsections, all inside it. */
    PlannedSection section(Section section) {
        StructureNode sect = parent.add(StructureRole.SECT);
        StructureNode heading = sect.add(StructureRole.heading(section.level()));
        StructurePlanner inner = new StructurePlanner(sect, section.level());
        List<PlannedBlock> blocks = inner.blocks(section.blocks());
        List<PlannedSection> subsections = new ArrayList<>();
        for (Section subsection : section.subsections()) {
            subsections.add(inner.section(subsection));
        }
        return new PlannedSection(section, sect, heading, blocks, subsections);
    }

    @Override
    public PlannedBlock paragraph(Block.Paragraph paragraph) {
        return new PlannedBlock.Paragraph(paragraph, parent.add(StructureRole.P));
    }

    @Override
    public PlannedBlock list(Block.ListBlock list) {
        StructureNode l = parent.add(StructureRole.L).listNumbering(list.ordered() ? "Decimal" : "Disc");
        List<PlannedBlock.Item> items = new ArrayList<>();
        for (Block.ListItem item : list.items()) {
            StructureNode li = l.add(StructureRole.LI);
            StructureNode label = li.add(StructureRole.LBL);
            StructureNode body = li.add(StructureRole.LBODY);
            items.add(new PlannedBlock.Item(li, label, body, new StructurePlanner(body, level).blocks(item.blocks())));
        }
        return new PlannedBlock.ItemList(list, l, items);
    }

    @Override
    public PlannedBlock quote(Block.Quote quote) {
        StructureNode blockQuote = parent.add(StructureRole.BLOCK_QUOTE);
        List<PlannedBlock> blocks = new StructurePlanner(blockQuote, level).blocks(quote.blocks());
        Optional<StructureNode> attribution = quote.attribution().map(by -> blockQuote.add(StructureRole.P));
        return new PlannedBlock.Quote(quote, blockQuote, blocks, attribution);
    }

    @Override
    public PlannedBlock figure(Block.Figure figure) {
        StructureNode div = parent.add(StructureRole.DIV);
        // A decorative image is an artifact: it has no Figure element.
        Optional<StructureNode> image = figure.decorative()
                ? Optional.empty()
                : Optional.of(div.add(StructureRole.FIGURE).alternateText(figure.alt()));
        Optional<StructureNode> caption =
                figure.caption().isEmpty() ? Optional.empty() : Optional.of(div.add(StructureRole.CAPTION));
        return new PlannedBlock.Figure(figure, div, image, caption);
    }

    @Override
    public PlannedBlock table(Block.Table table) {
        StructureNode node = parent.add(StructureRole.TABLE);
        Optional<StructureNode> caption =
                table.caption().isEmpty() ? Optional.empty() : Optional.of(node.add(StructureRole.CAPTION));
        List<PlannedBlock.TableRow> headerRows = new ArrayList<>();
        for (Block.TableRow row : table.headerRows()) {
            headerRows.add(row(node, row, true));
        }
        List<PlannedBlock.TableRow> bodyRows = new ArrayList<>();
        for (Block.TableRow row : table.bodyRows()) {
            bodyRows.add(row(node, row, false));
        }
        return new PlannedBlock.Table(table, node, caption, headerRows, bodyRows);
    }

    private static PlannedBlock.TableRow row(StructureNode table, Block.TableRow row, boolean header) {
        StructureNode tr = table.add(StructureRole.TR);
        List<StructureNode> cells = new ArrayList<>();
        for (Block.TableCell cell : row.cells()) {
            if (header || cell.header()) {
                cells.add(tr.add(StructureRole.TH).scope(header ? "Column" : "Row"));
            } else {
                cells.add(tr.add(StructureRole.TD));
            }
        }
        return new PlannedBlock.TableRow(tr, cells);
    }

    @Override
    public PlannedBlock pullQuote(Block.PullQuote pullQuote) {
        StructureNode quote = parent.add(StructureRole.PULL_QUOTE);
        StructureNode text = quote.add(StructureRole.P);
        Optional<StructureNode> attribution = pullQuote.attribution().map(by -> quote.add(StructureRole.P));
        return new PlannedBlock.PullQuote(pullQuote, quote, text, attribution);
    }

    @Override
    public PlannedBlock aboutBox(Block.AboutBox aboutBox) {
        StructureNode box = parent.add(StructureRole.ABOUT_BOX);
        int headingLevel = Math.min(6, level + 1);
        Optional<StructureNode> heading = aboutBox.title().isEmpty()
                ? Optional.empty()
                : Optional.of(box.add(StructureRole.heading(headingLevel)));
        List<PlannedBlock> blocks = new StructurePlanner(box, headingLevel).blocks(aboutBox.blocks());
        return new PlannedBlock.AboutBox(aboutBox, box, headingLevel, heading, blocks);
    }
}
