package dev.brief.maven.serve;

import dev.brief.maven.build.BuildRequest;
import java.time.Duration;
import java.util.Objects;

/**
 * What to preview and where: the build to keep running, the address to listen on, and how long the sources
 * must stay quiet after a change before a rebuild starts.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless the author asks for another
 * @param port the port; {@code 0} lets the system choose a free one
 */
public record ServeRequest(BuildRequest build, String host, int port, Duration quiet) {
    /** Long enough to merge an editor's write-then-rename and a run of saves, short enough not to be felt. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(40);

    public ServeRequest {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(quiet, "quiet");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }
}
