package dev.brief.core.house;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.read.yaml.YamlMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code style: fonts:}: for each family the four TrueType files, each of which must exist. */
final class FontsReader {
    static final Set<String> FAMILIES = Set.of("serif", "sans");
    private static final List<String> FACES = List.of("regular", "bold", "italic", "bold-italic");

    private final Path folder;
    private final Diagnostics diagnostics;

    FontsReader(Path folder, Diagnostics diagnostics) {
        this.folder = folder;
        this.diagnostics = diagnostics;
    }

    Optional<FontFamily> family(YamlMapping fonts, String family) {
        Optional<YamlMapping> faces = fonts.mapping(family, Set.copyOf(FACES));
        if (faces.isEmpty()) {
            return Optional.empty();
        }
        Path[] files = new Path[FACES.size()];
        boolean complete = true;
        for (int i = 0; i < FACES.size(); i++) {
            String face = FACES.get(i);
            Optional<String> file = faces.get().text(face);
            if (file.isEmpty()) {
                if (!faces.get().has(face)) {
                    diagnostics.error(
                            faces.get().position(),
                            "the " + family + " font has no `" + face + "` file",
                            "give all four faces: regular, bold, italic, bold-italic");
                }
                complete = false;
                continue;
            }
            Path path = folder.resolve(file.get()).toAbsolutePath().normalize();
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!Files.isRegularFile(path)) {
                diagnostics.error(
                        faces.get().keyPosition(face),
                        "the font file `" + file.get() + "` does not exist",
                        "correct the path; it is relative to the house file's folder");
                complete = false;
            } else if (!name.endsWith(".ttf")) {
                diagnostics.error(
                        faces.get().keyPosition(face),
                        "the font file `" + file.get() + "` is not a TrueType (.ttf) file",
                        "use the TTF version of the font");
                complete = false;
            }
            files[i] = path;
        }
        return complete ? Optional.of(new FontFamily(files[0], files[1], files[2], files[3])) : Optional.empty();
    }
}
