package dev.brief.pdf.images;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the markers before a JPEG's scan say about its colours: the number of components (4 for CMYK and
 * YCCK), the Adobe APP14 colour transform if that marker is present, and the embedded ICC profile (APP2
 * {@code ICC_PROFILE} chunks, joined in their sequence order).
 */
record JpegHeader(int components, int adobeTransform, Optional<byte[]> iccProfile) {
    /** {@code adobeTransform} when the file has no Adobe APP14 marker. */
    static final int NO_ADOBE_MARKER = -1;
    /** Adobe APP14 transform 2: the samples are Y, Cb, Cr and K. */
    static final int ADOBE_YCCK = 2;

    private static final byte[] ICC_SIGNATURE = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADOBE_SIGNATURE = "Adobe".getBytes(StandardCharsets.US_ASCII);

    static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
    }

    boolean isCmyk() {
        return components == 4;
    }

    /** Reads the markers up to the first scan; a header it cannot follow reads as zero components. */
    static JpegHeader of(byte[] jpeg) {
        int components = 0;
        int adobeTransform = NO_ADOBE_MARKER;
        TreeMap<Integer, byte[]> iccChunks = new TreeMap<>();
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xff) == 0xff) {
            int marker = jpeg[position + 1] & 0xff;
            if (marker == 0xff) {
                position++; // fill byte
                continue;
            }
            int length = ((jpeg[position + 2] & 0xff) << 8) | (jpeg[position + 3] & 0xff);
            int start = position + 4;
            int end = position + 2 + length;
            if (length < 2 || end > jpeg.length || marker == 0xda) {
                break;
            }
            if (isStartOfFrame(marker) && end - start >= 6) {
                components = jpeg[start + 5] & 0xff;
            } else if (marker == 0xee && startsWith(jpeg, start, end, ADOBE_SIGNATURE) && end - start >= 12) {
                adobeTransform = jpeg[start + 11] & 0xff;
            } else if (marker == 0xe2 && startsWith(jpeg, start, end, ICC_SIGNATURE)
                    && end - start > ICC_SIGNATURE.length + 2) {
                int sequence = jpeg[start + ICC_SIGNATURE.length] & 0xff;
                int from = start + ICC_SIGNATURE.length + 2;
                byte[] chunk = new byte[end - from];
                System.arraycopy(jpeg, from, chunk, 0, chunk.length);
                iccChunks.put(sequence, chunk);
            }
            position = end;
        }
        return new JpegHeader(components, adobeTransform, joined(iccChunks));
    }

    /** SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    private static boolean startsWith(byte[] bytes, int start, int end, byte[] prefix) {
        if (end - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<byte[]> joined(TreeMap<Integer, byte[]> chunks) {
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        chunks.values().forEach(chunk -> profile.write(chunk, 0, chunk.length));
        return Optional.of(profile.toByteArray());
    }
}
