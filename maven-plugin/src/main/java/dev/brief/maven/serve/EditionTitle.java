package dev.brief.maven.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The title of a print HTML edition, for the preview page's headings. The writer puts {@code <title>} near the
 * top of the head, before the style sheet and its embedded fonts, so the first few kilobytes hold it and the
 * page need not parse the whole file on every request.
 */
final class EditionTitle {
    private static final int HEAD_BYTES = 16 * 1024;
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private EditionTitle() {}

    static Optional<String> of(Path html) {
        if (!Files.isRegularFile(html)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(html)) {
            Matcher title = TITLE.matcher(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
            return title.find()
                    ? Optional.of(Parser.unescapeEntities(title.group(1).strip(), false))
                            .filter(text -> !text.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            // Being replaced at this moment: the slug will do until the next look.
            return Optional.empty();
        }
    }
}
