package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the reading order a page or column break destroyed. A paragraph that ends mid-sentence, followed
 * by a paragraph that starts in lower case, is one paragraph: the two are joined. When a heading, box, pull
 * quote or sidebar sits between the halves (the extraction put it where it was printed on the page), it is
 * moved after the joined paragraph.
 */
final class ReadingOrderRepairer {
    /** How many blocks an interruption may span before the importer stops looking for the sentence's end. */
    private static final int MAX_INTERRUPTION = 6;

    private ReadingOrderRepairer() {}

    static List<LegacyBlock> repair(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>(blocks);
        int i = 0;
        while (i < out.size()) {
            LegacyBlock block = out.get(i);
            if (!block.is(LegacyBlock.Kind.PARAGRAPH) || !Sentences.endsMidSentence(block)) {
                i++;
                continue;
            }
            int continuation = continuation(out, i);
            if (continuation < 0) {
                log.warn(block.line(), "this paragraph ends without closing punctuation and no continuation was found",
                        "if the rest of the sentence is elsewhere in the text, move it here");
                i++;
                continue;
            }
            LegacyBlock rest = out.get(continuation);
            List<LegacyBlock> between = new ArrayList<>(out.subList(i + 1, continuation));
            out.set(i, join(block, rest, log));
            out.remove(continuation);
            if (!between.isEmpty()) {
                out.subList(i + 1, continuation).clear();
                out.addAll(i + 1, between);
                log.warn(between.get(0).line(), "moved " + describe(between) + " (it interrupted the sentence at line "
                        + lastLine(block) + ") to after that paragraph",
                        "check that it reads well after the paragraph now; in the printed brief it sat beside the text");
            }
            // stay on the joined paragraph: it may still end mid-sentence
        }
        return out;
    }

    /** The index of the paragraph continuing the sentence at {@code index}, or -1. */
    private static int continuation(List<LegacyBlock> blocks, int index) {
        boolean interrupted = false;
        boolean onlyPageEnds = true;
        for (int j = index + 1; j < blocks.size() && j - index <= MAX_INTERRUPTION; j++) {
            LegacyBlock candidate = blocks.get(j);
            if (candidate.is(LegacyBlock.Kind.PARAGRAPH) && Sentences.startsInLowerCase(candidate)) {
                return j;
            }
            // right after a page end, the sentence goes on whatever its next word ("…designated April 22" /
            // page end / "Congress (1999-2000) would have…"), unless either side is a caption or label in bold
            if (interrupted && onlyPageEnds && candidate.is(LegacyBlock.Kind.PARAGRAPH)
                    && Sentences.startsPlain(candidate) && Sentences.startsPlain(blocks.get(index))) {
                return j;
            }
            onlyPageEnds &= candidate.is(LegacyBlock.Kind.RULE);
            if (isInterruption(candidate)) {
                interrupted = true;
            } else if (!interrupted || candidate.is(LegacyBlock.Kind.SUMMARY)) {
                return -1; // ordinary text follows directly: the sentence really ends here
            }
        }
        return -1;
    }

    private static boolean isInterruption(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.HEADING) || block.is(LegacyBlock.Kind.ABOUT)
                || block.is(LegacyBlock.Kind.PULL_QUOTE) || block.is(LegacyBlock.Kind.RULE)
                || block.is(LegacyBlock.Kind.VERBATIM);
    }

    private static LegacyBlock join(LegacyBlock first, LegacyBlock rest, RepairLog log) {
        List<String> lines = new ArrayList<>(first.lines());
        String end = lines.remove(lines.size() - 1).stripTrailing();
        String start = rest.lines().get(0).stripLeading();
        boolean hyphen = Sentences.endsWithHyphen(first);
        lines.add(end + (hyphen ? "" : " ") + start);
        lines.addAll(rest.lines().subList(1, rest.lines().size()));
        log.warn(rest.line(), "joined this paragraph to the one ending at line " + lastLine(first)
                + ": a page or column break had split the sentence"
                + (hyphen ? " (the hyphen at the break is kept: remove it if the word is not hyphenated)" : ""),
                "check that the sentence reads whole in the converted source");
        return first.withLines(lines);
    }

    private static int lastLine(LegacyBlock block) {
        return block.line() + block.lines().size() - 1;
    }

    private static String describe(List<LegacyBlock> moved) {
        LegacyBlock first = moved.get(0);
        String what = first.is(LegacyBlock.Kind.ABOUT) ? "the about box"
                : first.is(LegacyBlock.Kind.PULL_QUOTE) ? "the pull quote"
                : first.is(LegacyBlock.Kind.HEADING) ? "the heading '" + Markup.plain(first.text()) + "'"
                : "a block";
        return moved.size() == 1 ? what : what + " and the " + (moved.size() - 1) + " block(s) after it";
    }
}
