package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the brief's own elements among the plain blocks: the summary list under a "Summary" heading, a short
 * paragraph standing alone in quotation marks (a pull quote), and the "About this brief" sidebar with its text.
 */
final class BoxRecogniser {
    /** A pull quote is a sentence or two; a longer quoted paragraph is more likely a real quotation. */
    private static final int PULL_QUOTE_MAX_WORDS = 60;

    private BoxRecogniser() {}

    static List<LegacyBlock> recognise(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            LegacyBlock block = blocks.get(i);
            String heading = block.is(LegacyBlock.Kind.HEADING) ? Markup.plain(block.text()) : "";
            int after = i + 1;
            // a page end right under the heading (the furniture around it was dropped) does not part them
            while (!heading.isEmpty()
                    && after < blocks.size()
                    && blocks.get(after).is(LegacyBlock.Kind.RULE)) {
                after++;
            }
            LegacyBlock next = after < blocks.size() ? blocks.get(after) : null;
            if (SectionNames.SUMMARY.matcher(heading).matches()
                    && next != null
                    && next.is(LegacyBlock.Kind.BULLET_LIST)) {
                out.add(new LegacyBlock(LegacyBlock.Kind.SUMMARY, block.line(), 2, block.lines(), next.children()));
                log.warn(
                        block.line(),
                        "took the list under this heading as the summary ("
                                + next.children().size() + " points)",
                        "check the `## Summary` list of the converted source");
                i = after + 1;
            } else if (SectionNames.SUMMARY.matcher(heading).matches()
                    && next != null
                    && next.is(LegacyBlock.Kind.PARAGRAPH)) {
                i = paragraphSummary(blocks, i, after, out, log);
            } else if (SectionNames.ABOUT.matcher(heading).matches()) {
                i = about(blocks, i, out, log);
            } else if (block.is(LegacyBlock.Kind.PARAGRAPH) && pullQuoteText(block.text()) != null) {
                out.add(new LegacyBlock(
                        LegacyBlock.Kind.PULL_QUOTE, block.line(), 0, List.of(pullQuoteText(block.text())), List.of()));
                log.warn(
                        block.line(),
                        "took this paragraph in quotation marks as a pull quote (marks dropped)",
                        "check the `::: pullquote` container; if the text is a quotation from someone else, make it"
                                + " a block quote (`> …`) instead");
                i++;
            } else {
                out.add(block);
                i++;
            }
        }
        return out;
    }

    /**
     * A summary printed as paragraphs, not as a list: the source format's summary is a list, so each paragraph
     * up to the next block of another kind becomes one point.
     */
    private static int paragraphSummary(
            List<LegacyBlock> blocks, int headingIndex, int first, List<LegacyBlock> out, RepairLog log) {
        LegacyBlock heading = blocks.get(headingIndex);
        List<LegacyBlock> points = new ArrayList<>();
        int end = first;
        while (end < blocks.size() && blocks.get(end).is(LegacyBlock.Kind.PARAGRAPH)) {
            LegacyBlock paragraph = blocks.get(end);
            points.add(new LegacyBlock(LegacyBlock.Kind.ITEM, paragraph.line(), 0, paragraph.lines(), List.of()));
            end++;
        }
        out.add(new LegacyBlock(LegacyBlock.Kind.SUMMARY, heading.line(), 2, heading.lines(), points));
        log.warn(
                heading.line(),
                "took the " + points.size() + " paragraph(s) under this heading as the summary's"
                        + " points, one point each",
                "check the `## Summary` list of the converted source; join points" + " that belong together");
        return end;
    }

    /**
     * The about box runs from its heading to the next heading, or to the first paragraph starting in lower
     * case: that one continues a sentence the box interrupted, and the reading-order repair needs it.
     */
    private static int about(List<LegacyBlock> blocks, int headingIndex, List<LegacyBlock> out, RepairLog log) {
        LegacyBlock heading = blocks.get(headingIndex);
        int end = headingIndex + 1;
        while (end < blocks.size()
                && !blocks.get(end).is(LegacyBlock.Kind.HEADING)
                && !(blocks.get(end).is(LegacyBlock.Kind.PARAGRAPH) && Sentences.startsInLowerCase(blocks.get(end)))) {
            end++;
        }
        if (end == headingIndex + 1) {
            out.add(heading);
            return headingIndex + 1;
        }
        String title = Markup.plain(heading.text());
        if (NameRecogniser.inCapitals(title)) {
            String printed = title;
            title = title.substring(0, 1) + title.substring(1).toLowerCase(java.util.Locale.ROOT);
            log.warn(
                    heading.line(),
                    "the box title '" + printed + "' was printed in capitals; wrote it as '" + title + "'",
                    "the editions style the title themselves; check the wording");
        }
        List<LegacyBlock> inside = blocks.subList(headingIndex + 1, end);
        int lastLine = inside.get(inside.size() - 1).line();
        out.add(new LegacyBlock(LegacyBlock.Kind.ABOUT, heading.line(), heading.level(), List.of(title), inside));
        log.warn(
                heading.line(),
                "took this heading and the " + inside.size() + " block(s) after it (to line " + lastLine
                        + ") as the about box",
                "check the `::: about` container ends where the printed box ends");
        return end;
    }

    /** The quoted text without its marks, or null when the paragraph is not a short quote standing alone. */
    static String pullQuoteText(String text) {
        String trimmed = text.strip();
        if (trimmed.length() < 3 || trimmed.split("\\s+").length > PULL_QUOTE_MAX_WORDS) {
            return null;
        }
        char open = trimmed.charAt(0);
        char close = trimmed.charAt(trimmed.length() - 1);
        String inner = trimmed.substring(1, trimmed.length() - 1);
        boolean curly =
                open == '\u201c' && close == '\u201d' && inner.indexOf('\u201c') < 0 && inner.indexOf('\u201d') < 0;
        boolean straight = open == '"' && close == '"' && inner.indexOf('"') < 0;
        boolean guillemets = open == '\u00ab' && close == '\u00bb' && inner.indexOf('\u00bb') < 0;
        if (!(curly || straight || guillemets) || inner.isBlank()) {
            return null;
        }
        return inner.strip();
    }
}
