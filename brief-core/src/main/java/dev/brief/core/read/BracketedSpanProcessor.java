package dev.brief.core.read;

import java.util.Optional;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads pandoc's bracketed span, {@code [text]{lang=fr}}, and the same attributes after an inline link,
 * {@code [text](https://…){lang=fr}}: brackets followed at once by braces that hold a {@code lang} attribute.
 * Running inside commonmark's bracket matching (rather than re-reading text nodes afterwards) keeps escapes,
 * code spans and emphasis exactly as CommonMark defines them: {@code \[text]{lang=fr}} and
 * {@code `[x]{lang=fr}`} stay text, and emphasis may sit inside the span or around it. Braces without
 * {@code lang} are left alone, so ordinary text such as {@code [1]{…}} reads as written. Stateless, hence safe
 * to share between threads with the parser.
 */
final class BracketedSpanProcessor implements LinkProcessor {
    @Override
    public LinkResult process(LinkInfo linkInfo, Scanner scanner, InlineParserContext context) {
        if (linkInfo.marker() != null || linkInfo.label() != null) {
            return LinkResult.none(); // an image, a footnote reference, or a reference link [text][label]
        }
        Position start = scanner.position();
        if (!scanner.next('{')) {
            return LinkResult.none();
        }
        Position contentStart = scanner.position();
        if (scanner.find('}') < 0) {
            return LinkResult.none(); // never closed: left as text, and the converter warns
        }
        String written = scanner.getSource(contentStart, scanner.position()).getContent();
        scanner.next();
        SpanAttributes attributes = SpanAttributes.parse(written);
        // Attributes stay on one line, so that a stray brace cannot swallow the rest of a paragraph.
        if (attributes.language().isEmpty() || written.contains("\n")) {
            scanner.setPosition(start);
            return LinkResult.none();
        }
        Optional<LanguageSpanNode.Destination> link = Optional.ofNullable(linkInfo.destination())
                .map(url -> new LanguageSpanNode.Destination(url, linkInfo.title()));
        return LinkResult.wrapTextIn(new LanguageSpanNode(attributes, link), scanner.position());
    }
}
