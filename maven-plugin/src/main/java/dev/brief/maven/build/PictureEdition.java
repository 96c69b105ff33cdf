package dev.brief.maven.build;

import dev.brief.html.CoverRenderer;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import java.util.List;

/** The cover picture and the first-page preview, for a publisher's catalogue and web page. */
final class PictureEdition {
    private PictureEdition() {}

    static List<BriefOutcome.Output> write(EditionInput input) throws Exception {
        long start = System.nanoTime();
        byte[] cover = CoverRenderer.cover(input.brief(), input.style());
        long coverBytes = AtomicOutput.write(input.output("-cover.png"), out -> out.write(cover));
        BriefOutcome.Output coverOutput =
                BriefOutcome.Output.timed(Format.PNG, input.output("-cover.png"), 0, coverBytes, start);

        start = System.nanoTime();
        HtmlOptions options = new HtmlOptions(input.baseDirectory(), input.style(), Flavor.PRINT, input.pageMap());
        byte[] preview = CoverRenderer.firstPagePreview(input.brief(), options);
        long previewBytes = AtomicOutput.write(input.output("-preview.png"), out -> out.write(preview));
        BriefOutcome.Output previewOutput =
                BriefOutcome.Output.timed(Format.PNG, input.output("-preview.png"), 0, previewBytes, start);
        return List.of(coverOutput, previewOutput);
    }
}
