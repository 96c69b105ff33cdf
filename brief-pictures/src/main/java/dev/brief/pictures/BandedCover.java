package dev.brief.pictures;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a {@link CoverScene} into a PNG band by band. Rows where a line of text may fall are painted into a
 * strip and encoded as they are; between them, where only flat fills lie, one row is painted and the rows
 * below it that the same fills cover are declared repeats without being painted or compared. A cover is
 * 1600 by 2560 pixels, but only a few hundred rows hold text, so painting and encoding touch a strip of a
 * megabyte or two instead of a 16 MB picture twice (which, with a build's threads doing it side by side, is
 * also what the memory bus was busy with). The PNG is in indexed colour, with the palette planned from the scene
 * ({@link CoverPalette}).
 */
final class BandedCover {
    /** Strips grow in steps of this many rows, so that a thread's strip settles after a few covers. */
    private static final int STRIP_STEP = 256;

    /** Each thread paints in a strip of its own; soft, so that an idle thread's strip can be reclaimed. */
    private static final ThreadLocal<SoftReference<BufferedImage>> STRIP = new ThreadLocal<>();

    private BandedCover() {}

    static byte[] png(CoverScene scene) {
        PngEncoder png = new PngEncoder(
                scene.width(),
                scene.height(),
                CoverPalette.of(scene).<PngLines>map(IndexedLines::new).orElse(RgbLines.INSTANCE));
        List<int[]> textRows = textRows(scene);
        TreeSet<Integer> edges = fillEdges(scene);
        int y = 0;
        int nextText = 0;
        while (y < scene.height()) {
            if (nextText < textRows.size() && textRows.get(nextText)[0] <= y) {
                int end = textRows.get(nextText++)[1];
                paintAndAdd(scene, png, y, end);
                y = end;
            } else {
                // No text in [y, end): every row there is what the same fills make of it.
                int end = Math.min(
                        edges.higher(y), nextText < textRows.size() ? textRows.get(nextText)[0] : scene.height());
                paintAndAdd(scene, png, y, y + 1);
                png.repeatRow(end - y - 1);
                y = end;
            }
        }
        return png.finish();
    }

    private static void paintAndAdd(CoverScene scene, PngEncoder png, int from, int to) {
        BufferedImage strip = strip(scene.width(), to - from);
        scene.paintRows(strip, from, to);
        int[] pixels = ((DataBufferInt) strip.getRaster().getDataBuffer()).getData();
        png.addRows(pixels, 0, to - from);
    }

    /** The rows each line of text may touch, within the picture, overlapping ones merged, top to bottom. */
    static List<int[]> textRows(CoverScene scene) {
        List<int[]> spans = new ArrayList<>();
        for (CoverScene.Mark mark : scene.marks()) {
            if (mark instanceof CoverScene.Text text) {
                int top = Math.max(0, text.top());
                int bottom = Math.min(scene.height(), text.bottom());
                if (top < bottom) {
                    spans.add(new int[] {top, bottom});
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    /**
     * Every row where what the fills make of a row may change: their top and bottom edges, and the foot of
     * the picture. A fill narrower than the picture changes rows only there too.
     */
    private static TreeSet<Integer> fillEdges(CoverScene scene) {
        TreeSet<Integer> edges = new TreeSet<>();
        edges.add(scene.height());
        for (CoverScene.Mark mark : scene.marks()) {
            if (mark instanceof CoverScene.Fill) {
                edges.add(Math.max(0, Math.min(scene.height(), mark.top())));
                edges.add(Math.max(0, Math.min(scene.height(), mark.bottom())));
            }
        }
        return edges;
    }

    /** This thread's strip, at least {@code rows} rows of {@code width} pixels, row after row in one array. */
    private static BufferedImage strip(int width, int rows) {
        SoftReference<BufferedImage> held = STRIP.get();
        BufferedImage strip = held == null ? null : held.get();
        if (strip == null || strip.getWidth() != width || strip.getHeight() < rows) {
            int height = (rows + STRIP_STEP - 1) / STRIP_STEP * STRIP_STEP;
            strip = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            STRIP.set(new SoftReference<>(strip));
        }
        return strip;
    }
}
