package dev.brief.maven.build;

import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;

/** The self-contained print and web edition, with page markers from the PDF and subsets of its fonts. */
final class HtmlEdition {
    private HtmlEdition() {}

    static BriefOutcome.Output write(EditionInput input) throws Exception {
        long start = System.nanoTime();
        HtmlOptions options =
                new HtmlOptions(input.baseDirectory(), input.style(), Flavor.PRINT, input.pageMap(), input.fonts());
        long bytes = AtomicOutput.write(
                input.output(".html"), out -> HtmlWriter.writePrintEdition(input.brief(), options, out));
        return BriefOutcome.Output.timed(Format.HTML, input.output(".html"), 0, bytes, start);
    }
}
