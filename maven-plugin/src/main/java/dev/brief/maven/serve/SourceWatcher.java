package dev.brief.maven.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Watches the source tree (and the folders of the house file and its fonts) and calls back once per burst of
 * changes. An editor that saves by writing a temporary file and renaming it over the brief, or a run of saves,
 * produces several events within milliseconds; the callback runs only after {@code quiet} has passed with no
 * new event, so the whole burst gives one rebuild. Changes made while the callback runs give one more.
 */
final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path tree;
    private final Path ignored;
    private final Set<Path> outsideFiles;
    private final Duration quiet;

    /**
     * @param tree watched with its sub-folders (new ones included)
     * @param ignored a folder inside the tree whose changes do not count (the output folder)
     * @param outsideFiles files outside the tree that count too (house file, fonts): their folders are watched
     */
    SourceWatcher(Path tree, Path ignored, Set<Path> outsideFiles, Duration quiet) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.tree = tree.toAbsolutePath().normalize();
        this.ignored = ignored.toAbsolutePath().normalize();
        this.outsideFiles = outsideFiles.stream()
                .map(file -> file.toAbsolutePath().normalize())
                .filter(file -> !file.startsWith(this.tree))
                .collect(Collectors.toSet());
        this.quiet = quiet;
        registerTree(this.tree);
        for (Path file : this.outsideFiles) {
            if (Files.isDirectory(file.getParent())) {
                register(file.getParent());
            }
        }
    }

    /** Waits for changes and calls {@code onChange} after each quiet burst, until {@link #close()}. */
    void run(Runnable onChange) {
        try {
            while (true) {
                if (!relevant(service.take())) {
                    continue;
                }
                // Debounce: keep draining until nothing relevant arrives for the quiet period.
                for (WatchKey next = poll(); next != null; next = poll()) {
                    relevant(next);
                }
                onChange.run();
            }
        } catch (ClosedWatchServiceException e) {
            // closed: the preview is stopping
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WatchKey poll() throws InterruptedException {
        return service.poll(quiet.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Reads a key's events; true when one of them may change an edition. */
    private boolean relevant(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed) && counts(changed)) {
                registerQuietly(changed);
            }
            relevant |= counts(changed);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    /** Editors' swap and backup files and the build's own outputs never start a rebuild. */
    private boolean counts(Path changed) {
        if (outsideFiles.contains(changed)) {
            return true;
        }
        if (!changed.startsWith(tree)
                || changed.startsWith(ignored)
                || changed.toString().endsWith("~")) {
            return false;
        }
        for (Path part : tree.relativize(changed)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path folder : paths.filter(Files::isDirectory).toList()) {
                if (folder.equals(root) || counts(folder)) {
                    register(folder);
                }
            }
        }
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            // The folder went away again before it could be watched; its files are then gone too.
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
