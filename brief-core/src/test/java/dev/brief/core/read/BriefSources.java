package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.house.House;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small briefs into a test folder and reads them; diagnostics are shown with the bare file name. */
final class BriefSources {
    /** Front matter of four lines: the body starts on line 5. */
    static final String FRONT_MATTER = "---\ntitle: A Test Brief\nlanguage: en\n---\n";

    private final Path folder;

    BriefSources(Path folder) {
        this.folder = folder;
    }

    ReadResult read(String content) {
        return read(content, House.defaults());
    }

    ReadResult read(String content, House house) {
        return BriefReader.read(write("brief.md", content), house);
    }

    /** A brief with the standard front matter and this body. */
    ReadResult body(String body) {
        return read(FRONT_MATTER + body);
    }

    Path write(String name, String content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Each diagnostic as {@code brief.md:line:column: severity: message (fix)}. */
    static List<String> lines(ReadResult result) {
        return result.diagnostics().stream().map(BriefSources::line).toList();
    }

    static String line(Diagnostic diagnostic) {
        String text = diagnostic.toString();
        String file = diagnostic.position().file();
        return Path.of(file).getFileName() + text.substring(file.length());
    }
}
