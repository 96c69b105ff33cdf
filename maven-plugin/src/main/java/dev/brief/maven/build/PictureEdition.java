package dev.brief.maven.build;

import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.pictures.PictureRenderer;
import java.util.List;

/** The cover picture and the first-page preview, for a publisher's catalogue and web page. */
final class PictureEdition {
    private PictureEdition() {}

    static List<BriefOutcome.Output> write(EditionInput input, RenderedCover cover) throws Exception {
        long start = System.nanoTime();
        byte[] png = cover.png();
        long coverBytes = AtomicOutput.write(input.output("-cover.png"), out -> out.write(png));
        // The cover was rendered earlier (the EPUB shares it); its time counts as this output's.
        BriefOutcome.Output coverOutput = BriefOutcome.Output.timed(
                Format.PNG, input.output("-cover.png"), 0, coverBytes, start - cover.renderNanos());

        start = System.nanoTime();
        HtmlOptions options = new HtmlOptions(input.baseDirectory(), input.style(), Flavor.PRINT, input.pageMap());
        byte[] preview = PictureRenderer.firstPagePreview(input.brief(), options);
        long previewBytes = AtomicOutput.write(input.output("-preview.png"), out -> out.write(preview));
        BriefOutcome.Output previewOutput =
                BriefOutcome.Output.timed(Format.PNG, input.output("-preview.png"), 0, previewBytes, start);
        return List.of(coverOutput, previewOutput);
    }
}
