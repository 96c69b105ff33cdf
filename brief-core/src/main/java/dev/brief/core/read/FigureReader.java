package dev.brief.core.read;

import dev.brief.core.model.Block;
import dev.brief.core.model.Inline;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/**
 * Reads a figure: a paragraph that starts with an image; the lines after the image are its caption.
 * CommonMark has no attribute syntax, so a decorative image is marked by its title:
 * {@code ![](rule.png "decorative")}, and only a decorative image may have empty alt text.
 */
final class FigureReader {
    static final String DECORATIVE = "decorative";
    /** Beyond this, alt text is tiring to hear; the detail belongs in the caption or the text. */
    static final int LONG_ALT = 250;

    private final Conversion conversion;
    private final ImageChecker images;

    FigureReader(Conversion conversion) {
        this.conversion = conversion;
        this.images = new ImageChecker(conversion);
    }

    Block figure(Paragraph paragraph, Image image, boolean inNote) {
        String id = conversion.identify("fig", paragraph);
        String alt = InlineConverter.plainText(image).strip();
        String title = image.getTitle() == null ? "" : image.getTitle().strip();
        boolean decorative = title.toLowerCase(Locale.ROOT).equals(DECORATIVE);
        if (alt.isEmpty() && !decorative) {
            conversion.error(
                    image,
                    "the image has no alt text",
                    "describe what it shows: ![Bar chart of …](" + image.getDestination() + "), or, if it is"
                            + " purely decorative, mark it: ![](" + image.getDestination() + " \"decorative\")");
        } else if (!alt.isEmpty() && decorative) {
            conversion.error(
                    image,
                    "the image is marked decorative but has alt text",
                    "remove the alt text, or remove the \"decorative\" title so that the alt text is read");
        } else if (alt.length() > LONG_ALT) {
            conversion.warning(
                    image,
                    "the alt text is " + alt.length() + " characters long",
                    "keep it under " + LONG_ALT + " characters and move the detail into the caption or the text");
        }
        if (!title.isEmpty() && !decorative) {
            conversion.warning(
                    image,
                    "the image title \"" + title + "\" is not shown in any edition",
                    "write the caption on the line below the image instead");
        }
        boolean usable = images.check(image);
        Node captionStart = image.getNext();
        while (captionStart instanceof SoftLineBreak || captionStart instanceof HardLineBreak) {
            captionStart = captionStart.getNext();
        }
        List<Inline> caption = conversion.inlines().from(captionStart, inNote);
        // After an error the brief is not built; placeholders only keep the conversion going.
        String source = usable ? image.getDestination() : "missing.png";
        String text = decorative ? "" : (alt.isEmpty() ? "missing" : alt);
        return new Block.Figure(id, source, text, decorative, caption);
    }
}
