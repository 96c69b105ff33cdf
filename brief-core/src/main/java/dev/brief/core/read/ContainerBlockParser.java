package dev.brief.core.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses fenced containers as a commonmark block extension, so that their content is ordinary Markdown
 * with true source positions. A line of three or more colons opens a container when a name follows and
 * closes the innermost open one when nothing does.
 */
final class ContainerBlockParser extends AbstractBlockParser {
    private static final Pattern FENCE = Pattern.compile(":{3,}\\s*(.*?)\\s*");
    private static final Pattern OPENING = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*(?:[\"“](.*)[\"”])?\\s*(.*)");

    private final ContainerBlock block;
    private final Optional<ContainerBlock> enclosing;

    private ContainerBlockParser(ContainerBlock block, Optional<ContainerBlock> enclosing) {
        this.block = block;
        this.enclosing = enclosing;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return !block.isStrayClosingFence();
    }

    @Override
    public boolean canContain(Block childBlock) {
        return !block.isStrayClosingFence();
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.isStrayClosingFence()) {
            return BlockContinue.none();
        }
        // A nested container that is still open takes the next closing fence.
        if (block.openNestedContainers() == 0 && closingFence(state)) {
            block.markClosed();
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock() {
        enclosing.ifPresent(ContainerBlock::nestedClosed);
    }

    private static boolean closingFence(ParserState state) {
        if (state.getIndent() >= 4) {
            return false;
        }
        Matcher fence = fence(state);
        return fence != null && fence.group(1).isEmpty();
    }

    private static Matcher fence(ParserState state) {
        CharSequence line = state.getLine().getContent();
        Matcher matcher = FENCE.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
        return matcher.matches() ? matcher : null;
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            Matcher fence = fence(state);
            if (fence == null) {
                return BlockStart.none();
            }
            int end = state.getLine().getContent().length();
            String rest = fence.group(1);
            if (rest.isEmpty()) {
                ContainerBlock stray = new ContainerBlock("", Optional.empty(), "", true);
                return BlockStart.of(new ContainerBlockParser(stray, Optional.empty()))
                        .atIndex(end);
            }
            Matcher opening = OPENING.matcher(rest);
            if (!opening.matches()) {
                return BlockStart.none();
            }
            Optional<ContainerBlock> enclosing = enclosingContainer(
                    matchedBlockParser.getMatchedBlockParser().getBlock());
            enclosing.ifPresent(ContainerBlock::nestedOpened);
            ContainerBlock block = new ContainerBlock(
                    opening.group(1), Optional.ofNullable(opening.group(2)), opening.group(3), false);
            return BlockStart.of(new ContainerBlockParser(block, enclosing)).atIndex(end);
        }

        private static Optional<ContainerBlock> enclosingContainer(Node node) {
            for (Node current = node; current != null; current = current.getParent()) {
                if (current instanceof ContainerBlock) {
                    return Optional.of((ContainerBlock) current);
                }
            }
            return Optional.empty();
        }
    }
}
