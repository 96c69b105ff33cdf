package dev.brief.maven.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers never see half of it: bytes go to a temporary file beside the target, which
 * then replaces the target in one move. A build that fails midway leaves the previous output intact.
 */
public final class AtomicOutput {
    private AtomicOutput() {}

    /** What writes the content; may throw whatever the writer throws. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    /** Writes {@code content} to {@code target} atomically and returns the number of bytes written. */
    public static long write(Path target, Content content) throws Exception {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stick to the output after the move.
        Path temporary = folder.resolve(
                "." + target.getFileName() + "." + Thread.currentThread().getId() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream out =
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            long size = Files.size(temporary);
            move(temporary, target);
            return size;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
