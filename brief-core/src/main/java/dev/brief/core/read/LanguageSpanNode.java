package dev.brief.core.read;

import java.util.Optional;
import org.commonmark.node.CustomNode;

/**
 * A bracketed span {@code [text]{lang=fr}} as parsed, or a link with span attributes
 * {@code [text](https://…){lang=fr}}; its children are the text between the brackets. The attributes are kept
 * as written so that the converter, which has the diagnostics, can check them.
 */
final class LanguageSpanNode extends CustomNode {
    private final SpanAttributes attributes;
    private final Optional<Destination> link;

    LanguageSpanNode(SpanAttributes attributes, Optional<Destination> link) {
        this.attributes = attributes;
        this.link = link;
    }

    SpanAttributes attributes() {
        return attributes;
    }

    /** The link the span's text forms, when the attributes followed a link rather than plain brackets. */
    Optional<Destination> link() {
        return link;
    }

    /** A link's address and title ({@code null} when the source gave none, as commonmark has it). */
    record Destination(String url, String title) {}
}
