package dev.brief.maven.build;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Note;
import dev.brief.core.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lists the files a read brief draws on besides its source: every figure's image and the publisher's logo. */
final class InputCollector implements Block.Visitor<Void> {
    private final Path folder;
    private final List<Path> files = new ArrayList<>();

    private InputCollector(Path folder) {
        this.folder = folder;
    }

    static List<Path> imagesOf(Brief brief, Path folder) {
        InputCollector collector = new InputCollector(folder);
        collector.blocks(brief.lead());
        for (Section section : brief.allSections()) {
            collector.blocks(section.blocks());
        }
        for (Note note : brief.notes()) {
            collector.blocks(note.blocks());
        }
        brief.publisher().flatMap(publisher -> publisher.logo())
                .ifPresent(logo -> collector.files.add(folder.resolve(logo.source())));
        return List.copyOf(collector.files);
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        return null;
    }

    @Override
    public Void list(Block.ListBlock list) {
        list.items().forEach(item -> blocks(item.blocks()));
        return null;
    }

    @Override
    public Void quote(Block.Quote quote) {
        blocks(quote.blocks());
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        files.add(folder.resolve(figure.source()));
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        return null;
    }

    @Override
    public Void pullQuote(Block.PullQuote pullQuote) {
        return null;
    }

    @Override
    public Void aboutBox(Block.AboutBox aboutBox) {
        blocks(aboutBox.blocks());
        return null;
    }
}
