package dev.brief.maven.serve;

import com.sun.net.httpserver.HttpServer;
import dev.brief.core.model.Publisher;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.LoadedHouse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The author's loop: builds every brief once, serves the output folder and a preview page with the JDK's
 * HTTP server, watches the sources and rebuilds in this warm JVM after each save, and tells open pages to
 * reload. Free of Maven types: {@code brief:serve} starts it, and so can a test or a benchmark.
 */
public final class PreviewServer implements AutoCloseable {
    private final HttpServer http;
    private final SourceWatcher watcher;
    private final ReloadEvents events;
    private final PreviewBuilds builds;
    private final ExecutorService requests;
    private final CountDownLatch closed = new CountDownLatch(1);

    private PreviewServer(
            HttpServer http,
            SourceWatcher watcher,
            ReloadEvents events,
            PreviewBuilds builds,
            ExecutorService requests) {
        this.http = http;
        this.watcher = watcher;
        this.events = events;
        this.builds = builds;
        this.requests = requests;
    }

    /** Builds once, then serves and watches until {@link #close()}; problems in briefs never stop it. */
    public static PreviewServer start(ServeRequest request, BuildLog log) throws IOException {
        BuildRequest build = request.build();
        // The port first: a port in use fails at once, not after the first build.
        HttpServer http =
                HttpServer.create(new InetSocketAddress(InetAddress.getByName(request.host()), request.port()), 0);
        SourceWatcher watcher = null;
        PreviewBuilds builds = null;
        try {
            ReloadEvents events = new ReloadEvents();
            builds = new PreviewBuilds(build, log, state -> events.reload(String.join(" ", state.changedSlugs())));
            // Watching starts before the first build, so that a save during it is not missed.
            watcher = new SourceWatcher(
                    build.sourceRoot(), build.outputDirectory(), outsideFiles(build), request.quiet());
            PreviewBuilds running = builds;
            running.build();
            ExecutorService requests = Executors.newCachedThreadPool(task -> daemon(task, "brief-preview-http"));
            Path outputRoot = build.outputDirectory().toAbsolutePath().normalize();
            http.createContext(
                    "/",
                    new PreviewHandler(
                            new OutputFiles(outputRoot),
                            events,
                            () -> PreviewPage.render(running.state(), outputRoot)));
            http.setExecutor(requests);
            http.start();
            PreviewServer server = new PreviewServer(http, watcher, events, running, requests);
            SourceWatcher started = watcher;
            daemon(() -> started.run(running::build), "brief-preview-watcher").start();
            return server;
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            if (watcher != null) {
                watcher.close();
            }
            if (builds != null) {
                builds.close();
            }
            throw e;
        }
    }

    /** The address the server listens on, with the port the system chose when port 0 was asked for. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The preview page's address. */
    public URI uri() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    PreviewState state() {
        return builds.state();
    }

    int listenerCount() {
        return events.listenerCount();
    }

    /** Blocks until {@link #close()} (for the Maven goal, which runs until the author stops it). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() throws IOException {
        events.closeAll();
        http.stop(0);
        requests.shutdownNow();
        watcher.close();
        builds.close();
        closed.countDown();
    }

    /**
     * The house file, its fonts and its logo: they may live outside the source folder and are watched where they
     * are. (A brief's own images lie in its folder, inside the tree: the source format refuses any other.)
     */
    private static Set<Path> outsideFiles(BuildRequest build) {
        LoadedHouse house = LoadedHouse.load(build);
        Set<Path> files = new HashSet<>(house.files());
        build.houseFile().ifPresent(file -> house.house()
                .publisher()
                .flatMap(Publisher::logo)
                .ifPresent(logo -> files.add(file.toAbsolutePath().getParent().resolve(logo.source()))));
        return files;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
