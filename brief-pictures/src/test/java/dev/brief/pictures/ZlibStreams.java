package dev.brief.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Reads back the zlib streams the encoders write, with zlib itself, which also checks the Adler-32 trailer. */
final class ZlibStreams {
    private ZlibStreams() {}

    static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && !inflater.finished() && inflater.needsInput()) {
                throw new AssertionError("the zlib stream ends early");
            }
            out.write(buffer, 0, n);
        }
        assertThat(inflater.getRemaining()).as("bytes after the stream").isZero();
        return out.toByteArray();
    }
}
