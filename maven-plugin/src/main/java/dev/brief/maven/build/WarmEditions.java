package dev.brief.maven.build;

import dev.brief.core.house.FontFamily;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Publisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What {@code brief:serve} keeps between the rebuilds of its warm JVM. One helper thread, started once and kept,
 * so that a brief's editions overlap: the cover is rendered while the PDF is laid out, and the HTML is written
 * while the EPUB is (on a two-core machine the rebuild after a save then takes the longer of each pair, not
 * the sum). And the last cover of each brief, used again while everything the cover shows is unchanged: most
 * saves change the text, not the title, and the cover is the costliest picture of a rebuild. {@code brief:build}
 * runs without one: its briefs already keep the cores busy.
 */
public final class WarmEditions implements AutoCloseable {
    private final ExecutorService helper = Executors.newSingleThreadExecutor(WarmEditions::helperThread);
    private final Map<Path, Cover> covers = new ConcurrentHashMap<>();

    /** The cover as last rendered for one brief, with everything it was rendered from. */
    private record Cover(CoverInputs inputs, RenderedCover rendered) {}

    /**
     * What the cover shows ({@code PictureRenderer.cover}: the metadata, the publisher's name, the house
     * style) and the files behind the style's fonts, by size and modification time: a font saved under the
     * same name is a new cover. Extra fields only cost a cache miss, a missing one a stale cover.
     */
    record CoverInputs(Metadata metadata, Optional<String> publisher, HouseStyle style, List<String> fontFiles) {
        static CoverInputs of(Brief brief, HouseStyle style) {
            List<String> fontFiles = new ArrayList<>();
            style.serif().ifPresent(family -> stamps(family, fontFiles));
            style.sans().ifPresent(family -> stamps(family, fontFiles));
            return new CoverInputs(brief.metadata(), brief.publisher().map(Publisher::name), style, fontFiles);
        }

        private static void stamps(FontFamily family, List<String> into) {
            for (Path file : List.of(family.regular(), family.bold(), family.italic(), family.boldItalic())) {
                try {
                    into.add(file.toAbsolutePath() + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file));
                } catch (IOException e) {
                    into.add(file.toAbsolutePath() + ":(unreadable)");
                }
            }
        }
    }

    /** Runs {@code task} on the helper thread. */
    <T> Future<T> submit(Callable<T> task) {
        return helper.submit(task);
    }

    /** The brief's cover: the one rendered last time when its inputs are unchanged, else a new one. */
    RenderedCover cover(EditionInput input) {
        CoverInputs inputs = CoverInputs.of(input.brief(), input.style());
        Path brief = input.source().file().toAbsolutePath();
        Cover last = covers.get(brief);
        if (last != null && last.inputs().equals(inputs)) {
            return last.rendered();
        }
        RenderedCover rendered = RenderedCover.render(input);
        covers.put(brief, new Cover(inputs, rendered));
        return rendered;
    }

    @Override
    public void close() {
        helper.shutdownNow();
    }

    private static Thread helperThread(Runnable task) {
        Thread thread = new Thread(task, "brief-builder-helper");
        thread.setDaemon(true);
        return thread;
    }
}
