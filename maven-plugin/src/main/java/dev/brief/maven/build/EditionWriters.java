package dev.brief.maven.build;

import dev.brief.core.model.PageMap;
import dev.brief.core.read.BriefReader;
import dev.brief.epub.EpubWriter;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;
import dev.brief.html.WebFontSubsetter;
import dev.brief.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Runs the requested editions of one read brief in the order their data flows: the PDF first (its page map
 * feeds the others), then the web font subsets HTML and EPUB share, then HTML and EPUB, then the cover and
 * preview pictures. The cover is rendered once when the pictures are wanted, and the EPUB packs those same
 * bytes. With {@link WarmEditions} (the preview's warm JVM), the cover is rendered beside the PDF, for the EPUB
 * too, and the HTML written beside the EPUB, on its helper thread; the bytes are the same either way.
 */
final class EditionWriters {
    private final Set<Format> formats;
    private final Optional<WarmEditions> warm;

    EditionWriters(Set<Format> formats, Optional<WarmEditions> warm) {
        this.formats = formats;
        this.warm = warm;
    }

    /** The classes whose code decides output bytes, for {@link ToolkitVersion}. */
    static List<Class<?>> entryClasses() {
        return List.of(BriefBuilder.class, BriefReader.class, PdfWriter.class, HtmlWriter.class, EpubWriter.class);
    }

    List<BriefOutcome.Output> write(EditionInput input) throws Exception {
        List<Future<?>> started = new ArrayList<>();
        try {
            return write(input, started);
        } finally {
            // Nothing is left running after a failure: the staging folder is deleted once this returns.
            for (Future<?> future : started) {
                awaitQuietly(future);
            }
        }
    }

    private List<BriefOutcome.Output> write(EditionInput input, List<Future<?>> started) throws Exception {
        List<BriefOutcome.Output> outputs = new ArrayList<>();
        Optional<Later<RenderedCover>> cover = cover(input, started);
        EditionInput paged = input;
        if (formats.contains(Format.PDF)) {
            PdfEdition.Written pdf = PdfEdition.write(input);
            outputs.add(pdf.output());
            paged = input.withPageMap(pdf.pageMap());
        } else if (formats.contains(Format.HTML) || formats.contains(Format.EPUB)) {
            PageMap pageMap = PdfEdition.pageMapOnly(input);
            paged = input.withPageMap(pageMap);
        }
        if (formats.contains(Format.HTML) || formats.contains(Format.EPUB)) {
            // Subset once: the HTML embeds the same faces the EPUB packs.
            HtmlOptions options = new HtmlOptions(paged.baseDirectory(), paged.style(), Flavor.PRINT, paged.pageMap());
            // The characters shown: the EPUB markup rendered once, for the edition's faces and other scripts'.
            SortedSet<Integer> shown = WebFontSubsetter.shownCharacters(paged.brief(), options);
            paged = paged.withFonts(OtherScriptWebFonts.add(
                    WebFontSubsetter.forBrief(paged.brief(), options, shown), paged.brief(), options, shown));
        }
        EditionInput ready = paged;
        Optional<Later<BriefOutcome.Output>> html = formats.contains(Format.HTML)
                ? Optional.of(onHelper(() -> HtmlEdition.write(ready), started))
                : Optional.empty();
        if (warm.isEmpty() && html.isPresent()) {
            html.get().get(); // without a helper, the HTML is written before the EPUB, as it always was
        }
        Optional<BriefOutcome.Output> epub =
                formats.contains(Format.EPUB) ? Optional.of(epub(ready, cover)) : Optional.empty();
        if (html.isPresent()) {
            outputs.add(html.get().get());
        }
        epub.ifPresent(outputs::add);
        if (formats.contains(Format.PNG)) {
            outputs.addAll(PictureEdition.write(ready, cover.get().get()));
        }
        return outputs;
    }

    private static BriefOutcome.Output epub(EditionInput input, Optional<Later<RenderedCover>> cover) throws Exception {
        return EpubEdition.write(
                input, cover.isPresent() ? Optional.of(cover.get().get()) : Optional.empty());
    }

    /**
     * The cover, when an edition needs it. Warm: started at once on the helper (it shows the metadata, not the
     * page map, so it need not wait for the PDF), from the preview's cache when unchanged, for the EPUB too.
     * Otherwise rendered when first asked for, for the pictures only; the EPUB alone renders its own.
     */
    private Optional<Later<RenderedCover>> cover(EditionInput input, List<Future<?>> started) {
        if (warm.isPresent() && (formats.contains(Format.PNG) || formats.contains(Format.EPUB))) {
            WarmEditions editions = warm.get();
            return Optional.of(onHelper(() -> editions.cover(input), started));
        }
        return formats.contains(Format.PNG)
                ? Optional.of(onDemand(() -> RenderedCover.render(input)))
                : Optional.empty();
    }

    /** A result computed on demand, or on the helper thread, and thrown as its writer threw it. */
    @FunctionalInterface
    private interface Later<T> {
        T get() throws Exception;
    }

    private <T> Later<T> onHelper(Callable<T> task, List<Future<?>> started) {
        if (warm.isEmpty()) {
            return onDemand(task);
        }
        Future<T> future = warm.get().submit(task);
        started.add(future);
        return () -> await(future);
    }

    /** Runs {@code task} the first time its result is asked for, on the asking thread. */
    private static <T> Later<T> onDemand(Callable<T> task) {
        List<T> result = new ArrayList<>(1);
        return () -> {
            if (result.isEmpty()) {
                result.add(task.call());
            }
            return result.get(0);
        };
    }

    /** The task's result, or the exception it threw, as thrown by the writer itself. */
    private static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void awaitQuietly(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            // Reported by await when its result was needed; otherwise an earlier failure is already on its way.
        }
    }
}
