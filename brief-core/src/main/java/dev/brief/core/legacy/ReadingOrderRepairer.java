package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts back the reading order a page or column break destroyed. A paragraph that ends mid-sentence, followed
 * by a paragraph that starts in lower case, is one paragraph: the two are joined. When a heading, box, pull
 * quote or sidebar sits between the halves (the extraction put it where it was printed on the page), it is
 * moved after the joined paragraph. The last item of a list, when it is a sentence, goes on the same way.
 */
final class ReadingOrderRepairer {
    /** How many blocks an interruption may span before the importer stops looking for the sentence's end. */
    private static final int MAX_INTERRUPTION = 6;
    /** A list item longer than this is a sentence, which ends in punctuation when no break cut it. */
    private static final int MIN_SENTENCE_ITEM_WORDS = 12;

    private ReadingOrderRepairer() {}

    static List<LegacyBlock> repair(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>(blocks);
        int i = 0;
        while (i < out.size()) {
            LegacyBlock block = out.get(i);
            Optional<LegacyBlock> item = brokenLastItem(block);
            if (item.isPresent()) {
                // an item opens with a bold label as often as not; only its length says it is a sentence
                int continuation = continuation(out, i, item.get().wordCount() > MIN_SENTENCE_ITEM_WORDS);
                if (continuation >= 0) {
                    List<LegacyBlock> items = new ArrayList<>(block.children());
                    items.set(items.size() - 1, join(item.get(), out.get(continuation), log));
                    moveBetween(out, i, continuation, block.withChildren(items), item.get(), log);
                    continue;
                }
            }
            if (!block.is(LegacyBlock.Kind.PARAGRAPH) || !Sentences.endsMidSentence(block)) {
                i++;
                continue;
            }
            int continuation = continuation(out, i, Sentences.startsPlain(block));
            if (continuation < 0
                    && Sentences.endsOnOpenWord(block)
                    && i + 1 < out.size()
                    && out.get(i + 1).is(LegacyBlock.Kind.PARAGRAPH)
                    && Sentences.startsPlain(out.get(i + 1))) {
                // "… Additionally, in" / "1977, Congress added …": no sentence ends on "in", whatever comes next
                continuation = i + 1;
            }
            if (continuation < 0) {
                log.warn(
                        block.line(),
                        "this paragraph ends without closing punctuation and no continuation was found",
                        "if the rest of the sentence is elsewhere in the text, move it here");
                i++;
                continue;
            }
            moveBetween(out, i, continuation, join(block, out.get(continuation), log), block, log);
            // stay on the joined paragraph: it may still end mid-sentence
        }
        return out;
    }

    /**
     * A list's last item when it ends without closing punctuation. It goes on in a paragraph starting in lower
     * case; across a page end only when it is long enough to be a sentence: items that are labels or short
     * phrases end without punctuation as printed.
     */
    private static Optional<LegacyBlock> brokenLastItem(LegacyBlock block) {
        if (!(block.is(LegacyBlock.Kind.BULLET_LIST) || block.is(LegacyBlock.Kind.ORDERED_LIST))
                || block.children().isEmpty()) {
            return Optional.empty();
        }
        LegacyBlock last = block.children().get(block.children().size() - 1);
        return last.is(LegacyBlock.Kind.ITEM) && Sentences.endsMidSentence(last) ? Optional.of(last) : Optional.empty();
    }

    /** Puts {@code joined} at {@code index}, drops the continuation and moves the blocks between after it. */
    private static void moveBetween(
            List<LegacyBlock> out, int index, int continuation, LegacyBlock joined, LegacyBlock broken, RepairLog log) {
        List<LegacyBlock> between = new ArrayList<>(out.subList(index + 1, continuation));
        out.set(index, joined);
        out.remove(continuation);
        if (!between.isEmpty()) {
            out.subList(index + 1, continuation).clear();
            out.addAll(index + 1, between);
            log.warn(
                    between.get(0).line(),
                    "moved " + describe(between) + " (it interrupted the sentence at line " + lastLine(broken)
                            + ") to after that paragraph",
                    "check that it reads well after the paragraph now; in the printed brief it sat beside the text");
        }
    }

    /** The index of the paragraph continuing the sentence at {@code index}, or -1. */
    private static int continuation(List<LegacyBlock> blocks, int index, boolean acrossPageEnd) {
        boolean interrupted = false;
        boolean onlyPageEnds = true;
        for (int j = index + 1; j < blocks.size() && j - index <= MAX_INTERRUPTION; j++) {
            LegacyBlock candidate = blocks.get(j);
            if (candidate.is(LegacyBlock.Kind.PARAGRAPH) && Sentences.startsInLowerCase(candidate)) {
                return j;
            }
            // right after a page end, the sentence goes on whatever its next word ("…designated April 22" /
            // page end / "Congress (1999-2000) would have…"), unless either side is a caption or label in bold
            if (interrupted
                    && onlyPageEnds
                    && candidate.is(LegacyBlock.Kind.PARAGRAPH)
                    && Sentences.startsPlain(candidate)
                    && acrossPageEnd) {
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
        return block.is(LegacyBlock.Kind.HEADING)
                || block.is(LegacyBlock.Kind.ABOUT)
                || block.is(LegacyBlock.Kind.PULL_QUOTE)
                || block.is(LegacyBlock.Kind.RULE)
                || block.is(LegacyBlock.Kind.VERBATIM);
    }

    private static LegacyBlock join(LegacyBlock first, LegacyBlock rest, RepairLog log) {
        List<String> lines = new ArrayList<>(first.lines());
        String end = lines.remove(lines.size() - 1).stripTrailing();
        String start = rest.lines().get(0).stripLeading();
        boolean hyphen = Sentences.endsWithHyphen(first);
        lines.add(end + (hyphen ? "" : " ") + start);
        lines.addAll(rest.lines().subList(1, rest.lines().size()));
        log.warn(
                rest.line(),
                "joined this paragraph to the one ending at line " + lastLine(first)
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
        String what = first.is(LegacyBlock.Kind.ABOUT)
                ? "the about box"
                : first.is(LegacyBlock.Kind.PULL_QUOTE)
                        ? "the pull quote"
                        : first.is(LegacyBlock.Kind.HEADING)
                                ? "the heading '" + Markup.plain(first.text()) + "'"
                                : "a block";
        return moved.size() == 1 ? what : what + " and the " + (moved.size() - 1) + " block(s) after it";
    }
}
