package dev.brief.maven.build;

import dev.brief.core.model.PageMap;
import dev.brief.pdf.PdfOptions;
import dev.brief.pdf.PdfResult;
import dev.brief.pdf.PdfWriter;
import java.io.OutputStream;

/** The tagged PDF; always laid out first, because its page map feeds the HTML page markers and the EPUB page list. */
final class PdfEdition {
    private PdfEdition() {}

    /** A written PDF and where its pages begin. */
    record Written(BriefOutcome.Output output, PageMap pageMap) {}

    static Written write(EditionInput input) throws Exception {
        long start = System.nanoTime();
        PdfResult[] result = new PdfResult[1];
        long bytes = AtomicOutput.write(input.output(".pdf"), out -> result[0] = layOut(input, out));
        BriefOutcome.Output output =
                BriefOutcome.Output.timed(Format.PDF, input.output(".pdf"), result[0].pageCount(), bytes, start);
        return new Written(output, result[0].pageMap());
    }

    /** Lays the brief out without keeping the file, when only the other editions were asked for. */
    static PageMap pageMapOnly(EditionInput input) throws Exception {
        return layOut(input, OutputStream.nullOutputStream()).pageMap();
    }

    private static PdfResult layOut(EditionInput input, OutputStream out) throws Exception {
        PdfOptions options = new PdfOptions(input.baseDirectory(), input.style(), input.timestamp());
        return PdfWriter.write(input.brief(), options, out);
    }
}
