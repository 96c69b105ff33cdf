package dev.brief.pdf;

import dev.brief.core.house.FontFamily;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Brief;
import dev.brief.pdf.fonts.FontFiles;
import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.images.ImageLoader;
import dev.brief.pdf.layout.BriefLayouter;
import dev.brief.pdf.layout.LaidOutBrief;
import dev.brief.pdf.output.OutlineWriter;
import dev.brief.pdf.output.PdfFileWriter;
import dev.brief.pdf.paint.PagePainter;
import dev.brief.pdf.plan.BriefPlan;
import dev.brief.pdf.plan.BriefPlanner;
import dev.brief.pdf.tag.TagTree;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes the tagged PDF edition of a brief (PDF/UA-1 and PDF/A-2a, or with {@link PdfOptions#standard()} UA2
 * PDF/UA-2, PDF/A-4 and WTPDF) in four stages: plan (from the model alone: the parts of the brief in reading
 * order, what each says, and the tag tree's block-level elements in source order), layout (sets the plan into
 * pages of owned marks, adding only inline elements), paint (draws every mark through a marked-content handle),
 * then output (bookmarks, font subsets, structure tree, metadata and output intent, save). The same brief,
 * options and timestamp give the same bytes.
 */
public final class PdfWriter {
    private PdfWriter() {}

    /**
     * Writes the PDF of {@code brief} to {@code out}.
     *
     * @throws dev.brief.pdf.UncoveredCharactersException when characters of the brief are in no font of
     *     the house; it lists all of them with the model element and offset that hold each, nothing is written
     * @throws dev.brief.pdf.UnusableImageException when an image cannot be embedded validly (a CMYK JPEG
     *     that cannot be decoded); it names the image, its element and the fix
     * @throws java.io.UncheckedIOException when an image cannot be read
     * @throws IOException when {@code out} cannot be written
     */
    public static PdfResult write(Brief brief, PdfOptions options, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            TagTree tree = new TagTree(options.standard());
            HouseStyle style = options.style();
            float pageWidth = (float) style.pageSize().widthInPoints();
            float pageHeight = (float) style.pageSize().heightInPoints();
            String language = brief.metadata().language();
            Labels labels = Labels.of(language, style.labels());
            FontSet fonts = new FontSet(document, fontLibrary(style));
            BriefPlan plan = BriefPlanner.plan(brief, labels, tree);
            LaidOutBrief laidOut = BriefLayouter.layOut(
                    plan,
                    brief,
                    fonts,
                    new ImageLoader(document, options.baseDirectory()),
                    new Color(style.accentRgb()),
                    pageWidth,
                    pageHeight,
                    labels);
            List<PDPage> pages =
                    PagePainter.paint(document, tree, fonts, language, laidOut, pageWidth, pageHeight, labels);
            OutlineWriter.write(document, pages, laidOut.headings(), laidOut.anchors(), tree);
            fonts.embedSubsets();
            tree.write(document);
            out.write(PdfFileWriter.finishAndSave(document, brief, options.timestamp(), options.standard()));
            return new PdfResult(laidOut.pages().size(), laidOut.pageMap());
        }
    }

    /**
     * The fonts the PDF of a brief in {@code style} is set in: the house's families or the bundled ones, with
     * the system's fonts for other scripts. One library per set of files for the whole process.
     */
    public static FontLibrary fontLibrary(HouseStyle style) {
        if (style.serif().isEmpty() && style.sans().isEmpty()) {
            return FontLibrary.bundled();
        }
        FontFiles files = FontFiles.bundled();
        if (style.serif().isPresent()) {
            FontFamily serif = style.serif().get();
            files = files.withSerif(serif.regular(), serif.bold(), serif.italic(), serif.boldItalic());
        }
        if (style.sans().isPresent()) {
            FontFamily sans = style.sans().get();
            files = files.withSans(sans.regular(), sans.bold(), sans.italic(), sans.boldItalic());
        }
        return FontLibrary.of(files);
    }
}
