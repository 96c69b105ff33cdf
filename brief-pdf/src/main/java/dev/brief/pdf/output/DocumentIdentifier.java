package dev.brief.pdf.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The trailer /ID (ISO 32000-1 14.4, required by PDF/A-2 6.1.3) as a digest of the file itself, not of the
 * clock: the file is written with a placeholder ID, then the placeholder is replaced in place by the first
 * 16 bytes of the SHA-256 of those bytes. Same length, so no offset moves.
 */
final class DocumentIdentifier {
    private static final int LENGTH = 16;

    private DocumentIdentifier() {}

    /** The placeholder to set as both /ID strings before saving. */
    public static byte[] placeholder() {
        return new byte[LENGTH];
    }

    /** The saved file with its placeholder /ID replaced by the digest of the file. */
    public static byte[] stamp(byte[] pdf) {
        String zeros = "0".repeat(2 * LENGTH);
        byte[] marker = ("/ID [<" + zeros + "> <" + zeros + ">]").getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(pdf, marker);
        if (at < 0 || indexOf(Arrays.copyOfRange(pdf, at + 1, pdf.length), marker) >= 0) {
            throw new IllegalStateException("expected exactly one placeholder /ID in the written file");
        }
        String digest = HexFormat.of().withUpperCase().formatHex(Arrays.copyOf(sha256(pdf), LENGTH));
        byte[] id = ("/ID [<" + digest + "> <" + digest + ">]").getBytes(StandardCharsets.ISO_8859_1);
        byte[] stamped = pdf.clone();
        System.arraycopy(id, 0, stamped, at, id.length);
        return stamped;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
