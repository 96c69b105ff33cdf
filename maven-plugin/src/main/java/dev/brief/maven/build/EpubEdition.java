package dev.brief.maven.build;

import dev.brief.epub.EpubOptions;
import dev.brief.epub.EpubWriter;
import java.util.Optional;

/** The EPUB 3, with a page list from the PDF and subsets of its fonts. */
final class EpubEdition {
    private EpubEdition() {}

    /** Writes the EPUB; {@code cover}, when present, is packed instead of rendering the cover again. */
    static BriefOutcome.Output write(EditionInput input, Optional<RenderedCover> cover) throws Exception {
        long start = System.nanoTime();
        EpubOptions plain = new EpubOptions(input.baseDirectory(), input.style(), input.timestamp(), input.pageMap())
                .withFonts(input.fonts());
        EpubOptions options =
                cover.map(rendered -> plain.withCoverPng(rendered.png())).orElse(plain);
        long bytes = AtomicOutput.write(input.output(".epub"), out -> EpubWriter.write(input.brief(), options, out));
        return BriefOutcome.Output.timed(Format.EPUB, input.output(".epub"), 0, bytes, start);
    }
}
