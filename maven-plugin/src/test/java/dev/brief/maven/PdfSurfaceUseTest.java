package dev.brief.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin reaches brief-pdf through its entry package and {@code inspect} only, plus the font library the
 * EPUB's web fonts for other scripts are chosen from and the characters the entry's error names. brief-pdf's
 * stages are packages, so Java makes the types they hand each other public; this reads the plugin's compiled
 * classes (every class they name is in their constant pools) so that no stage's type becomes part of what the
 * plugin depends on unnoticed.
 */
class PdfSurfaceUseTest {
    private static final Pattern PDF_TYPE = Pattern.compile("dev/brief/pdf/((?:[a-z]+/)*)([A-Z][A-Za-z0-9$]*)");
    private static final Set<String> ALLOWED_PACKAGES = Set.of("", "inspect/");
    /**
     * The font library (from {@code PdfWriter.fontLibrary}) with what it hands out, and the uncovered character
     * {@code UncoveredCharactersException} lists.
     */
    private static final Set<String> ALLOWED_FONT_TYPES =
            Set.of("FontLibrary", "Face", "Typeface", "FontSource", "UncoveredCharacter");

    @Test
    void thePluginUsesOnlyTheEntryInspectAndTheFontLibrary() throws Exception {
        Map<String, Set<String>> stray = new TreeMap<>();
        int pdfTypes = 0;
        for (Path file : classFiles()) {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            Matcher type = PDF_TYPE.matcher(constants);
            while (type.find()) {
                pdfTypes++;
                String pkg = type.group(1);
                String name = type.group(2).replaceAll("\\$.*", "");
                boolean allowed =
                        ALLOWED_PACKAGES.contains(pkg) || pkg.equals("fonts/") && ALLOWED_FONT_TYPES.contains(name);
                if (!allowed) {
                    stray.computeIfAbsent(pkg + name, key -> new TreeSet<>())
                            .add(file.getFileName().toString());
                }
            }
        }
        assertThat(pdfTypes).as("references to brief-pdf found at all").isPositive();
        assertThat(stray)
                .as("brief-pdf types outside its published surface, by the classes using them")
                .isEmpty();
    }

    private static Set<Path> classFiles() throws IOException {
        Path classes;
        try {
            classes = Path.of(BuildMojo.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.walk(classes)) {
            Set<Path> found = new TreeSet<>();
            files.filter(file -> file.toString().endsWith(".class")).forEach(found::add);
            return found;
        }
    }
}
