package dev.brief.maven.build;

import dev.brief.epub.EpubOptions;
import dev.brief.epub.EpubWriter;

/** The EPUB 3, with a page list from the PDF. */
final class EpubEdition {
    private EpubEdition() {}

    static BriefOutcome.Output write(EditionInput input) throws Exception {
        long start = System.nanoTime();
        EpubOptions options = new EpubOptions(
                input.baseDirectory(), input.style(), input.timestamp(), input.pageMap());
        long bytes = AtomicOutput.write(
                input.output(".epub"), out -> EpubWriter.write(input.brief(), options, out));
        return BriefOutcome.Output.timed(Format.EPUB, input.output(".epub"), 0, bytes, start);
    }
}
