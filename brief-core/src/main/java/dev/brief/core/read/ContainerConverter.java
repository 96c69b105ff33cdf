package dev.brief.core.read;

import dev.brief.core.language.Label;
import dev.brief.core.model.Block;
import dev.brief.core.model.Inline;
import dev.brief.core.read.yaml.KeySuggester;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Turns {@code ::: pullquote} and {@code ::: about "Title"} containers into their model blocks. */
final class ContainerConverter {
    static final String PULL_QUOTE = "pullquote";
    static final String ABOUT = "about";

    private final Conversion conversion;
    private final BlockConverter blocks;

    ContainerConverter(Conversion conversion, BlockConverter blocks) {
        this.conversion = conversion;
        this.blocks = blocks;
    }

    Optional<Block> container(ContainerBlock container, boolean inNote) {
        if (container.isStrayClosingFence()) {
            conversion.error(
                    container,
                    "a closing `:::` without an open container",
                    "delete it, or open a container before it with `::: pullquote` or `::: about \"Title\"`");
            return Optional.empty();
        }
        String fence = "`::: " + container.name() + "`";
        if (!container.isClosed()) {
            conversion.error(
                    container,
                    "the container " + fence + " is never closed",
                    "add a line `:::` after its last paragraph");
        }
        if (!container.unquotedRest().isEmpty()) {
            conversion.error(
                    container,
                    "unexpected text `" + container.unquotedRest() + "` after " + fence,
                    "put a title in double quotes: `::: about \"About this brief\"`");
        }
        if (container.name().equals(PULL_QUOTE)) {
            return Optional.of(pullQuote(container, inNote));
        }
        if (container.name().equals(ABOUT)) {
            String id = conversion.identify("about", container);
            String untitled = conversion.labels().text(Label.ABOUT_BRIEF);
            List<Inline> title = List.of(new Inline.Text(container.title().orElse(untitled)));
            return Optional.of(new Block.AboutBox(id, title, blocks.children(container, inNote)));
        }
        Optional<String> nearest = KeySuggester.nearest(container.name(), Set.of(PULL_QUOTE, ABOUT));
        conversion.error(
                container,
                "unknown container " + fence,
                nearest.map(name -> "did you mean `::: " + name + "`?")
                        .orElse("the containers are `::: pullquote` and `::: about \"Title\"`"));
        blocks.children(container, inNote);
        return Optional.empty();
    }

    private Block pullQuote(ContainerBlock container, boolean inNote) {
        String id = conversion.identify("pullquote", container);
        if (container.title().isPresent()) {
            conversion.error(container, "a pull quote has no title", "write `::: pullquote` alone on its line");
        }
        List<Node> children = new ArrayList<>();
        for (Node node = container.getFirstChild(); node != null; node = node.getNext()) {
            children.add(node);
        }
        boolean shaped = (children.size() == 1 || children.size() == 2)
                && children.stream().allMatch(node -> node instanceof Paragraph)
                && (children.size() == 1 || BlockConverter.isAttribution((Paragraph) children.get(1)));
        if (!shaped) {
            conversion.error(
                    container,
                    "a pull quote holds one paragraph, optionally followed by an"
                            + " attribution line that starts with —",
                    "shorten the pull quote to one paragraph");
            blocks.children(container, inNote);
            return new Block.PullQuote(id, List.of(), Optional.empty());
        }
        List<Inline> text = conversion.inlines().children(children.get(0), inNote);
        Optional<List<Inline>> attribution = children.size() == 2
                ? Optional.of(blocks.attribution((Paragraph) children.get(1), inNote))
                : Optional.empty();
        return new Block.PullQuote(id, text, attribution);
    }
}
