package dev.brief.maven.build;

import dev.brief.pictures.PictureRenderer;

/**
 * The cover of one brief, rendered once: the EPUB packs it and the cover picture is the same bytes.
 * Rendering the cover is the costliest step of a build, so it is not done twice.
 */
final class RenderedCover {
    private final byte[] png;
    private final long renderNanos;

    private RenderedCover(byte[] png, long renderNanos) {
        this.png = png;
        this.renderNanos = renderNanos;
    }

    static RenderedCover render(EditionInput input) {
        long start = System.nanoTime();
        byte[] png = PictureRenderer.cover(input.brief(), input.style());
        return new RenderedCover(png, System.nanoTime() - start);
    }

    /** The PNG bytes; a copy, so no edition can change what another one writes. */
    byte[] png() {
        return png.clone();
    }

    /** How long rendering took, counted into the time of the cover picture. */
    long renderNanos() {
        return renderNanos;
    }
}
