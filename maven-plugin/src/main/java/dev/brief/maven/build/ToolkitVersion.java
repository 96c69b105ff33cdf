package dev.brief.maven.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names the code that writes outputs, for the stale check. A release version is enough; a snapshot changes
 * without changing its version, so for snapshots the jars holding the builder and the writers are hashed too.
 */
public final class ToolkitVersion {
    private ToolkitVersion() {}

    public static String of(String pluginVersion) {
        if (!pluginVersion.endsWith("-SNAPSHOT")) {
            return pluginVersion;
        }
        List<Path> jars = new ArrayList<>();
        for (Class<?> type : EditionWriters.entryClasses()) {
            codeLocation(type)
                    .filter(Files::isRegularFile)
                    .filter(jar -> !jars.contains(jar))
                    .ifPresent(jars::add);
        }
        try {
            return pluginVersion + " " + BuildStamp.of("", jars);
        } catch (IOException e) {
            // Unreadable jars cannot be fingerprinted; every build then counts as a new toolkit.
            return pluginVersion + " " + System.nanoTime();
        }
    }

    private static Optional<Path> codeLocation(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
