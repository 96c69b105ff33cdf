package dev.brief.maven.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
    /** How long to wait for a callback that should come, and for one that should not. */
    private static final long PATIENCE_MILLIS = 10_000;

    private static final long SETTLE_MILLIS = 1_000;

    @TempDir
    Path work;

    private Path sources;
    private Path house;
    private SourceWatcher watcher;
    private final AtomicInteger rebuilds = new AtomicInteger();
    private final Semaphore rebuilt = new Semaphore(0);

    @BeforeEach
    void watch() throws IOException {
        sources = Files.createDirectories(work.resolve("briefs"));
        Files.createDirectories(sources.resolve("out"));
        Files.writeString(sources.resolve("brief.md"), "---\ntitle: One\n---\nText.\n");
        house = Files.writeString(
                Files.createDirectories(work.resolve("publisher")).resolve("house.yaml"), "a: 1\n");
        Files.writeString(work.resolve("publisher").resolve("other.txt"), "x\n");
        watcher = new SourceWatcher(sources, sources.resolve("out"), Set.of(house), Duration.ofMillis(150));
        Thread thread = new Thread(() -> watcher.run(() -> {
            rebuilds.incrementAndGet();
            rebuilt.release();
        }));
        thread.setDaemon(true);
        thread.start();
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
    }

    @Test
    void anEditorsWriteThenRenameGivesOneRebuild() throws Exception {
        Path temporary = sources.resolve("brief.md.tmp-4913");
        Files.writeString(temporary, "---\ntitle: Two\n---\n");
        Files.writeString(temporary, "---\ntitle: Two\n---\nText, edited.\n");
        Files.move(
                temporary,
                sources.resolve("brief.md"),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);

        assertThat(rebuilt.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        Thread.sleep(SETTLE_MILLIS);
        assertThat(rebuilds).hasValue(1);
    }

    @Test
    void aBurstOfSavesGivesOneRebuild() throws Exception {
        for (int save = 0; save < 10; save++) {
            Files.writeString(sources.resolve("brief.md"), "---\ntitle: Save " + save + "\n---\n");
            Thread.sleep(10);
        }

        assertThat(rebuilt.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        Thread.sleep(SETTLE_MILLIS);
        assertThat(rebuilds).hasValue(1);
    }

    @Test
    void imagesInNewFoldersAndTheHouseFileOutsideCount() throws Exception {
        Path figures = Files.createDirectories(sources.resolve("figures"));
        assertThat(rebuilt.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        Thread.sleep(300); // the new folder is watched once its creation has been seen

        Files.write(figures.resolve("chart.png"), new byte[] {1, 2, 3});
        assertThat(rebuilt.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();

        Files.writeString(house, "a: 2\n");
        assertThat(rebuilt.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(rebuilds).hasValue(3);
    }

    @Test
    void outputsSwapFilesAndUnrelatedNeighboursDoNot() throws Exception {
        Files.writeString(sources.resolve("out").resolve("brief.html"), "<p>written by the build</p>");
        Files.writeString(sources.resolve(".brief.md.swp"), "swap");
        Files.writeString(sources.resolve("brief.md~"), "backup");
        Files.writeString(work.resolve("publisher").resolve("other.txt"), "y\n");

        assertThat(rebuilt.tryAcquire(SETTLE_MILLIS, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(rebuilds).hasValue(0);
    }
}
