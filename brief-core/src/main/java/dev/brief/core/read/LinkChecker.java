package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourcePosition;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Checks a link before it enters the model: it needs an address, and one a reader can follow safely (no script
 * or inline data); and its text should be something a screen reader can announce, not nothing and not the
 * address spelled out. The first two are errors and leave only the link's text; the others are warnings.
 */
final class LinkChecker {
    private static final Pattern BARE_URL = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    /** A URI scheme at the start of an address (RFC 3986, section 3.1). */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp", "doi", "urn");

    private final NodePositions positions;
    private final Diagnostics diagnostics;

    LinkChecker(NodePositions positions, Diagnostics diagnostics) {
        this.positions = positions;
        this.diagnostics = diagnostics;
    }

    /**
     * Whether {@code node} can be a link to {@code destination}; reported when it cannot. A note may show a
     * bare address as its text: a reference list prints addresses.
     */
    boolean accepts(Node node, String destination, boolean inNote) {
        String text = InlineConverter.plainText(node).strip();
        SourcePosition at = positions.of(node);
        if (destination == null || destination.isBlank()) {
            diagnostics.error(at, "the link [" + text + "] has no address", "write it as [text](https://…)");
            return false;
        }
        String scheme = unsafeScheme(destination);
        if (!scheme.isEmpty()) {
            diagnostics.error(
                    at,
                    "the link to " + destination + " uses the scheme '" + scheme
                            + ":', which a published brief must not link to",
                    "use an http(s), mailto or tel address");
            return false;
        }
        if (text.isEmpty()) {
            diagnostics.warning(
                    at,
                    "the link to " + destination + " has no text; a screen reader" + " can only read out the address",
                    "write what it links to between the brackets");
        } else if (!inNote && (BARE_URL.matcher(text).matches() || text.equals(destination))) {
            diagnostics.warning(
                    at,
                    "the link text is a bare URL (" + text + "); a screen reader spells it" + " out",
                    "describe the target instead, e.g. [the 2025 annual report](" + text + ")");
        }
        return true;
    }

    /**
     * The scheme of an absolute address that is not a reference a reader can follow safely (script or
     * inline data), or "" when the address is relative or uses a web, mail or telephone scheme.
     */
    private static String unsafeScheme(String address) {
        Matcher scheme = SCHEME.matcher(address.strip());
        if (!scheme.lookingAt()) {
            return "";
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return SAFE_SCHEMES.contains(name) ? "" : name;
    }
}
