package dev.brief.core.read;

import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A fenced container ({@code ::: name "title"} … {@code :::}) as parsed, before it becomes a pull quote or
 * an about box. Unknown names and unclosed fences are kept so that the converter can report them.
 */
final class ContainerBlock extends CustomBlock {
    private final String name;
    private final Optional<String> title;
    private final String unquotedRest;
    private final boolean strayClosingFence;
    private boolean closed;
    private int openNestedContainers;

    ContainerBlock(String name, Optional<String> title, String unquotedRest, boolean strayClosingFence) {
        this.name = name;
        this.title = title;
        this.unquotedRest = unquotedRest;
        this.strayClosingFence = strayClosingFence;
    }

    String name() {
        return name;
    }

    Optional<String> title() {
        return title;
    }

    /** Text after the name that is not a quoted title; empty when there is none. */
    String unquotedRest() {
        return unquotedRest;
    }

    /** A {@code :::} line with no container open. */
    boolean isStrayClosingFence() {
        return strayClosingFence;
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    int openNestedContainers() {
        return openNestedContainers;
    }

    void nestedOpened() {
        openNestedContainers++;
    }

    void nestedClosed() {
        openNestedContainers--;
    }
}
