package dev.brief.pdf.fonts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where an operating system keeps installed fonts, the user's own folders first (as fontconfig and the
 * systems' font managers look them up, a user's font of a family shadows the system's).
 */
final class FontFolders {
    private FontFolders() {}

    /** The font folders of this machine. */
    static List<Path> ofThisSystem() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", "")));
    }

    /**
     * The font folders of a system named {@code osName}, with environment {@code environment} and home
     * folder {@code home}; folders that do not exist are listed too (scanning skips them).
     */
    static List<Path> of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Set<Path> folders = new LinkedHashSet<>();
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            if (localAppData != null && !localAppData.isBlank()) {
                folders.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
            }
            String windows = environment.getOrDefault("WINDIR", environment.getOrDefault("SystemRoot", "C:\\Windows"));
            folders.add(Path.of(windows, "Fonts"));
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            folders.add(home.resolve("Library/Fonts"));
            folders.add(Path.of("/Library/Fonts"));
            folders.add(Path.of("/System/Library/Fonts"));
        } else {
            String dataHome = environment.get("XDG_DATA_HOME");
            folders.add(
                    dataHome == null || dataHome.isBlank()
                            ? home.resolve(".local/share/fonts")
                            : Path.of(dataHome, "fonts"));
            folders.add(home.resolve(".local/share/fonts"));
            folders.add(home.resolve(".fonts"));
            String dataDirs = environment.get("XDG_DATA_DIRS");
            List<Path> shared = new ArrayList<>();
            if (dataDirs != null && !dataDirs.isBlank()) {
                for (String dir : dataDirs.split(":")) {
                    if (!dir.isBlank()) {
                        shared.add(Path.of(dir, "fonts"));
                    }
                }
            }
            shared.add(Path.of("/usr/local/share/fonts"));
            shared.add(Path.of("/usr/share/fonts"));
            folders.addAll(shared);
        }
        return List.copyOf(folders);
    }
}
