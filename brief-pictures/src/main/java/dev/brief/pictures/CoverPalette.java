package dev.brief.pictures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The at most 256 colours a cover is stored with, planned from its scene: the colours of its fills and its text
 * exactly, and for each text colour over each fill it lies on, evenly spaced blends of the two, which is all that
 * antialiasing paints at the edges of glyphs. A cover paints about 480 different colours, nearly all of them
 * such edge blends (Java2D's glyphs have 256 levels of coverage); each maps to the nearest colour of the
 * palette, so fills and the body of every letter keep their exact colour and an edge pixel moves by at most half
 * a step between two blends (at least 25 steps from text to background on a cover: a few units of 255).
 */
final class CoverPalette {
    static final int MAXIMUM = 256;
    private static final int EMPTY = -1;

    private final int[] colours;
    /** Colours seen so far and their index: open addressing on the colour, which is never {@link #EMPTY}. */
    private int[] seen = new int[1024];

    private int[] seenIndex = new int[1024];
    private int seenCount;

    private CoverPalette(int[] colours) {
        this.colours = colours;
        Arrays.fill(seen, EMPTY);
    }

    /** The palette of {@code scene}, or none when its flat colours alone are more than a PNG palette holds. */
    static Optional<CoverPalette> of(CoverScene scene) {
        Set<Integer> exact = new LinkedHashSet<>();
        exact.add(rgb(Color.WHITE)); // what every row is painted with first
        List<int[]> pairs = new ArrayList<>();
        Set<Long> pairKeys = new HashSet<>();
        for (CoverScene.Mark mark : scene.marks()) {
            if (mark instanceof CoverScene.Fill fill) {
                exact.add(rgb(fill.colour()));
            }
        }
        for (CoverScene.Mark mark : scene.marks()) {
            if (mark instanceof CoverScene.Text text) {
                int ink = rgb(text.colour());
                exact.add(ink);
                for (int background : backgrounds(scene, text)) {
                    if (background != ink && pairKeys.add((long) ink << 32 | background)) {
                        pairs.add(new int[] {ink, background});
                    }
                }
            }
        }
        if (exact.size() > MAXIMUM) {
            return Optional.empty();
        }
        Set<Integer> colours = new LinkedHashSet<>(exact);
        int steps = pairs.isEmpty() ? 0 : (MAXIMUM - exact.size()) / pairs.size();
        for (int[] pair : pairs) {
            for (int step = 1; step <= steps; step++) {
                colours.add(blend(pair[0], pair[1], step / (double) (steps + 1)));
            }
        }
        return Optional.of(
                new CoverPalette(colours.stream().mapToInt(Integer::intValue).toArray()));
    }

    int[] colours() {
        return colours.clone();
    }

    /** The index of the palette's colour nearest to {@code pixel} (RGB, the top byte not read). */
    int indexOf(int pixel) {
        int colour = pixel & 0xffffff;
        int mask = seen.length - 1;
        int slot = (colour * 0x9e3779b1 >>> 7) & mask;
        while (seen[slot] != EMPTY) {
            if (seen[slot] == colour) {
                return seenIndex[slot];
            }
            slot = (slot + 1) & mask;
        }
        int index = nearest(colour);
        seen[slot] = colour;
        seenIndex[slot] = index;
        if (++seenCount > seen.length / 2) {
            grow();
        }
        return index;
    }

    private int nearest(int colour) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            long red = ((colour >> 16) & 0xff) - ((colours[i] >> 16) & 0xff);
            long green = ((colour >> 8) & 0xff) - ((colours[i] >> 8) & 0xff);
            long blue = (colour & 0xff) - (colours[i] & 0xff);
            long distance = red * red + green * green + blue * blue;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void grow() {
        int[] oldSeen = seen;
        int[] oldIndex = seenIndex;
        seen = new int[oldSeen.length * 2];
        seenIndex = new int[oldSeen.length * 2];
        Arrays.fill(seen, EMPTY);
        seenCount = 0;
        int mask = seen.length - 1;
        for (int i = 0; i < oldSeen.length; i++) {
            if (oldSeen[i] != EMPTY) {
                int slot = (oldSeen[i] * 0x9e3779b1 >>> 7) & mask;
                while (seen[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                seen[slot] = oldSeen[i];
                seenIndex[slot] = oldIndex[i];
                seenCount++;
            }
        }
    }

    /**
     * The colours a text mark can lie on: every fill that reaches its rows, and white (what a row is painted
     * with first) unless fills that span the picture cover all of its rows.
     */
    private static Set<Integer> backgrounds(CoverScene scene, CoverScene.Text text) {
        Set<Integer> backgrounds = new LinkedHashSet<>();
        boolean[] covered = new boolean[Math.max(0, text.bottom() - text.top())];
        for (CoverScene.Mark mark : scene.marks()) {
            if (mark instanceof CoverScene.Fill fill && fill.bottom() > text.top() && fill.top() < text.bottom()) {
                backgrounds.add(rgb(fill.colour()));
                if (fill.spans(scene.width())) {
                    int from = Math.max(fill.top(), text.top()) - text.top();
                    int to = Math.min(fill.bottom(), text.bottom()) - text.top();
                    Arrays.fill(covered, from, to, true);
                }
            }
        }
        for (boolean row : covered) {
            if (!row) {
                backgrounds.add(rgb(Color.WHITE));
                break;
            }
        }
        return backgrounds;
    }

    /** {@code share} of {@code ink} over {@code background}, channel by channel. */
    private static int blend(int ink, int background, double share) {
        int colour = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double channel = ((ink >> shift) & 0xff) * share + ((background >> shift) & 0xff) * (1 - share);
            colour |= (int) Math.round(channel) << shift;
        }
        return colour;
    }

    private static int rgb(Color colour) {
        return colour.getRGB() & 0xffffff;
    }
}
