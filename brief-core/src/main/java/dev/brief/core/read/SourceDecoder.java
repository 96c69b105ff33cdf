package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Severity;
import dev.brief.core.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a brief's bytes as UTF-8 without stopping at bytes that are not: each such byte becomes a lone
 * surrogate U+DC80..U+DCFF (as Python's "surrogateescape" does). A valid UTF-8 file never decodes to a lone
 * surrogate, so the text still says which byte was wrong and where, and the reader can report it as a
 * diagnostic at its line and column instead of the whole build failing on an exception.
 */
public final class SourceDecoder {
    private static final int ESCAPE = 0xDC00;

    private SourceDecoder() {}

    /** The text of {@code bytes}; every byte of an invalid UTF-8 sequence is kept as one lone surrogate. */
    public static String decode(byte[] bytes) {
        // REPORT, not REPLACE: the decoder stops at each malformed sequence and says how many bytes it spans.
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                throw new IllegalStateException("a UTF-8 decode never needs more chars than bytes");
            }
            for (int i = 0; i < result.length(); i++) {
                out.put((char) (ESCAPE | (in.get() & 0xFF)));
            }
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** True when {@code text} holds no lone surrogate, i.e. its bytes were UTF-8 text. */
    public static boolean isUtf8(String text) {
        return firstLoneSurrogate(text) < 0;
    }

    /**
     * The error for the first byte that was not UTF-8, at its line and column in {@code text} (lines split at
     * {@code \n}, columns counted in chars from 1 as everywhere else in the reader).
     */
    public static Optional<Diagnostic> notUtf8(String text, String name) {
        int index = firstLoneSurrogate(text);
        if (index < 0) {
            return Optional.empty();
        }
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = 1
                + (int) text.substring(0, lineStart)
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        int column = index - lineStart + 1;
        char found = text.charAt(index);
        String what = found >= ESCAPE + 0x80 && found <= ESCAPE + 0xFF
                ? String.format("byte 0x%02X", found & 0xFF)
                : String.format("a lone surrogate U+%04X", (int) found);
        return Optional.of(new Diagnostic(
                Severity.ERROR,
                new SourcePosition(name, line, column),
                "the file is not UTF-8 text: " + what + " at line " + line + ", column " + column,
                "save the file as UTF-8"));
    }

    private static int firstLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
