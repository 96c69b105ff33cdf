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

/**
 * Runs the requested editions of one read brief in the order their data flows: the PDF first (its page map
 * feeds the others), then the web font subsets HTML and EPUB share, then HTML and EPUB, then the cover and
 * preview pictures. The cover is rendered once
 * when the pictures are wanted, and the EPUB packs those same bytes. The outputs are logged with their brief.
 */
final class EditionWriters {
    private final Set<Format> formats;

    EditionWriters(Set<Format> formats) {
        this.formats = formats;
    }

    /** The classes whose code decides output bytes, for {@link ToolkitVersion}. */
    static List<Class<?>> entryClasses() {
        return List.of(BriefBuilder.class, BriefReader.class, PdfWriter.class, HtmlWriter.class, EpubWriter.class);
    }

    List<BriefOutcome.Output> write(EditionInput input) throws Exception {
        List<BriefOutcome.Output> outputs = new ArrayList<>();
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
            paged = paged.withFonts(OtherScriptWebFonts.add(
                    WebFontSubsetter.forBrief(paged.brief(), options), paged.brief(), options));
        }
        if (formats.contains(Format.HTML)) {
            outputs.add(HtmlEdition.write(paged));
        }
        Optional<RenderedCover> cover =
                formats.contains(Format.PNG) ? Optional.of(RenderedCover.render(paged)) : Optional.empty();
        if (formats.contains(Format.EPUB)) {
            outputs.add(EpubEdition.write(paged, cover));
        }
        if (cover.isPresent()) {
            outputs.addAll(PictureEdition.write(paged, cover.get()));
        }
        return outputs;
    }
}
