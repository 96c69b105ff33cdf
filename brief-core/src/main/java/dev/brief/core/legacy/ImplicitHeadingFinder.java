package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings a converter left as emphasis, by two rules:
 * <ul>
 *   <li>a run-in heading: a paragraph that opens with a bold phrase without a final period, colon or comma and goes
 *       on with a new sentence ({@code **Economic Conditions** The economy has …}) is a heading and a paragraph.
 *       A bold lead-in that ends with a period ({@code **Sanctions.** In 2019 …}) is part of the paragraph, and so
 *       is a bold phrase the sentence goes on from ({@code **Working lands programs** allow …}). A bold line just
 *       before a run-in heading, without final punctuation, is the heading's first line (a column break cut it);
 *   <li>a heading line: a short paragraph set wholly in bold or italics, without final punctuation, that is not a
 *       caption ({@code Table 1.}, {@code Figure 2}, {@code Source:}) and is followed by text, is a heading.
 * </ul>
 * A found heading is one level below the last heading the converter marked as one. The other way round, a
 * numbered caption the converter set as a heading ({@code ### Table 1. Funding by Year}) becomes a bold paragraph.
 */
final class ImplicitHeadingFinder {
    private static final Pattern RUN_IN = Pattern.compile("^\\*\\*([^*]+?)\\*\\*\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern EMPHASISED_LINE = Pattern.compile("^(\\*\\*|\\*|__|_)([^*_]+?)\\1$");
    private static final Pattern CAPTION =
            Pattern.compile("(?i)^(table|figure|box|chart|map|source|sources|note|notes|exhibit|graph)\\b.*");
    /** A numbered caption a converter set as a heading: {@code Table 1. …}, {@code Figure A-2: …}. */
    private static final Pattern NUMBERED_CAPTION =
            Pattern.compile("(?i)^(table|figure|box|chart|map|exhibit|graph)\\s+[A-Z]?-?[0-9]+[a-z]?[.:]\\s+\\S.*");

    private static final String ENDS_LEAD_IN = ".:;,";
    private static final int MAX_HEADING_WORDS = 16;

    private ImplicitHeadingFinder() {}

    static List<LegacyBlock> find(List<LegacyBlock> input, RepairLog log) {
        List<LegacyBlock> blocks = input;
        List<LegacyBlock> out = new ArrayList<>();
        int marked = 2;
        for (int i = 0; i < blocks.size(); i++) {
            LegacyBlock block = blocks.get(i);
            if (block.is(LegacyBlock.Kind.HEADING)
                    && NUMBERED_CAPTION.matcher(Markup.plain(block.text())).matches()) {
                out.add(LegacyBlock.paragraph(block.line(), List.of("**" + Markup.plain(block.text()) + "**")));
                log.warn(
                        block.line(),
                        "made the caption '" + Markup.plain(block.text()) + "' a paragraph in bold: a"
                                + " table's or figure's title is not a section",
                        "if it opens a section, make it a heading");
                continue;
            }
            LegacyBlock after = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (block.is(LegacyBlock.Kind.HEADING) && after != null && isRestOfHeading(block, after)) {
                LegacyBlock rest = blocks.get(i + 1);
                String joined = Markup.plain(block.text()) + " " + Markup.plain(rest.text());
                log.warn(
                        rest.line(),
                        "joined this heading to the one before it into '" + joined + "': a column break"
                                + " had cut it (the first part had no text under it)",
                        "check the heading's wording");
                blocks = new ArrayList<>(blocks);
                blocks.set(i + 1, LegacyBlock.heading(block.line(), block.level(), joined));
                continue;
            }
            if (block.is(LegacyBlock.Kind.HEADING)) {
                marked = block.level();
                out.add(block);
                continue;
            }
            Matcher runIn = block.is(LegacyBlock.Kind.PARAGRAPH) ? RUN_IN.matcher(block.text()) : null;
            if (runIn != null && runIn.matches() && isRunIn(runIn.group(1), runIn.group(2))) {
                String heading = runIn.group(1).strip();
                LegacyBlock before = out.isEmpty() ? null : out.get(out.size() - 1);
                if (before != null && isFirstLineOfHeading(before)) {
                    out.remove(out.size() - 1);
                    heading = Markup.plain(before.text()) + " " + heading;
                    log.warn(
                            before.line(),
                            "joined this bold line to the run-in heading after it: a column break"
                                    + " had cut the heading",
                            "check the heading's wording");
                }
                out.add(LegacyBlock.heading(block.line(), Math.min(6, marked + 1), heading));
                out.add(LegacyBlock.paragraph(
                        block.line(), List.of(runIn.group(2).strip())));
                log.warn(
                        block.line(),
                        "split the run-in heading '" + heading + "' from its paragraph (a bold"
                                + " phrase without a final period, then a new sentence)",
                        "if the phrase is emphasis inside the sentence, join the heading back to the paragraph");
            } else if (isHeadingLine(block, i + 1 < blocks.size() ? blocks.get(i + 1) : null)) {
                Matcher line = EMPHASISED_LINE.matcher(block.text().strip());
                line.matches();
                out.add(LegacyBlock.heading(
                        block.line(), Math.min(6, marked + 1), line.group(2).strip()));
                log.warn(
                        block.line(),
                        "took this line, set wholly in " + (line.group(1).length() == 2 ? "bold" : "italics")
                                + ", as a heading",
                        "if it is emphasis, make it a paragraph again");
            } else {
                out.add(block);
            }
        }
        return out;
    }

    /**
     * A heading of the same level right after a heading of four words or more, short, starting with a capital,
     * while the first ends without punctuation: the second line of one heading a column break cut ("Relevant Items
     * Not Funded by Judiciary" / "Appropriations"). A section with no text at all under its heading is not what
     * briefs print.
     */
    private static boolean isRestOfHeading(LegacyBlock heading, LegacyBlock next) {
        String first = Markup.plain(heading.text());
        String second = Markup.plain(next.text());
        // the first part fills a column's line: a short heading ("Background") may well stand over nothing
        return next.is(LegacyBlock.Kind.HEADING)
                && next.level() == heading.level()
                && !second.isEmpty()
                && first.split("\\s+").length >= 4
                && Character.isUpperCase(second.codePointAt(0))
                && second.split("\\s+").length <= 3
                && (first + " " + second).split("\\s+").length <= MAX_HEADING_WORDS
                && !endsSentence(first)
                && !first.endsWith("?")
                && !SectionNames.hasRole(first)
                && !SectionNames.hasRole(second)
                && !BackMatterReader.isBackMatterHeading(first)
                && !BackMatterReader.isBackMatterHeading(second)
                && !NUMBERED_CAPTION.matcher(first).matches()
                && !NUMBERED_CAPTION.matcher(second).matches();
    }

    private static boolean isRunIn(String phrase, String rest) {
        String lead = phrase.strip();
        String firstWord = rest.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (BackMatterReader.TITLE_WORDS.contains(firstWord)) {
            return false; // "**Valerie Heitshusen** Specialist on Congress": a name and a job title
        }
        return !lead.isEmpty()
                && ENDS_LEAD_IN.indexOf(lead.charAt(lead.length() - 1)) < 0
                && Character.isUpperCase(rest.codePointAt(0))
                && lead.split("\\s+").length <= MAX_HEADING_WORDS
                && !CAPTION.matcher(lead).matches();
    }

    /** A bold-only paragraph without final punctuation: the first line of a heading a column break cut. */
    private static boolean isFirstLineOfHeading(LegacyBlock block) {
        Matcher bold = EMPHASISED_LINE.matcher(block.text().strip());
        return block.is(LegacyBlock.Kind.PARAGRAPH)
                && bold.matches()
                && bold.group(1).equals("**")
                && !endsSentence(bold.group(2))
                && !CAPTION.matcher(bold.group(2).strip()).matches();
    }

    private static boolean isHeadingLine(LegacyBlock block, LegacyBlock next) {
        if (!block.is(LegacyBlock.Kind.PARAGRAPH)
                || block.lines().size() != 1
                || next == null
                || !(next.is(LegacyBlock.Kind.PARAGRAPH)
                        || next.is(LegacyBlock.Kind.BULLET_LIST)
                        || next.is(LegacyBlock.Kind.ORDERED_LIST))) {
            return false;
        }
        Matcher line = EMPHASISED_LINE.matcher(block.text().strip());
        if (!line.matches() || line.group(1).equals("**") && startsRunIn(next)) {
            return false; // the first line of a run-in heading: joined when the next paragraph is split
        }
        String text = line.group(2).strip();
        return !text.isEmpty()
                && Character.isLetter(text.codePointAt(0))
                && !endsSentence(text)
                && text.split("\\s+").length <= MAX_HEADING_WORDS
                && !CAPTION.matcher(text).matches();
    }

    private static boolean startsRunIn(LegacyBlock block) {
        Matcher runIn = RUN_IN.matcher(block.text());
        return block.is(LegacyBlock.Kind.PARAGRAPH) && runIn.matches() && isRunIn(runIn.group(1), runIn.group(2));
    }

    private static boolean endsSentence(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && ".:;,!".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }
}
