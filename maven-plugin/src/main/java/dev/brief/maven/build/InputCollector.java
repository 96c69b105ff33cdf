package dev.brief.maven.build;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lists the files a read brief draws on besides its source: every figure's image and the publisher's logo. */
final class InputCollector {
    private InputCollector() {}

    static List<Path> imagesOf(Brief brief, Path folder) {
        List<Path> files = new ArrayList<>();
        for (Block block : BriefWalker.blocks(brief)) {
            if (block instanceof Block.Figure figure) {
                files.add(folder.resolve(figure.source()));
            }
        }
        brief.publisher()
                .flatMap(publisher -> publisher.logo())
                .ifPresent(logo -> files.add(folder.resolve(logo.source())));
        return List.copyOf(files);
    }
}
