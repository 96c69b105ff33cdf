package dev.brief.maven.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hidden folder beside a brief's output folder where every edition of one build is written first. Only
 * when all of them were written do they replace the previous editions, one atomic move each; a writer that
 * fails, or a build that is abandoned, leaves the previous editions exactly as they were. Each edition is
 * still written with {@link AtomicOutput}, so no reader ever sees half a file even inside the staging folder.
 */
final class EditionStaging implements AutoCloseable {
    private final Path folder;

    private EditionStaging(Path folder) {
        this.folder = folder;
    }

    /** A new staging folder for the brief whose editions go to {@code target} (on the same file system). */
    static EditionStaging beside(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return new EditionStaging(Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-"));
    }

    Path folder() {
        return folder;
    }

    /** Moves every staged output into {@code target} and returns the outputs with their final paths. */
    List<BriefOutcome.Output> commit(List<BriefOutcome.Output> staged, Path target) throws IOException {
        Files.createDirectories(target);
        List<BriefOutcome.Output> committed = new ArrayList<>();
        for (BriefOutcome.Output output : staged) {
            Path destination = target.resolve(output.file().getFileName());
            move(output.file(), destination);
            committed.add(new BriefOutcome.Output(
                    output.format(), destination, output.pages(), output.bytes(), output.millis()));
        }
        return committed;
    }

    /** Deletes the staging folder and whatever is left in it (everything, when the build failed). */
    @Override
    public void close() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
