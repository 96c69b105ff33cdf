package dev.brief.benchmarks;

import java.io.OutputStream;

/** Counts the bytes a writer produces and keeps none of them, so that disk speed is not measured. */
final class CountingStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        count += length;
    }

    long count() {
        return count;
    }
}
