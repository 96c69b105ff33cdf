package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The body of the EPUB content document of the test kitchen sink, against a golden file a reviewer reads in
 * the diff. Regenerate with {@code mvn -pl brief-html test -Dtest=GoldenMarkupTest -Dbrief.golden.accept=true}.
 */
class GoldenMarkupTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/brief/html/golden/kitchen-sink.body.xhtml");

    @TempDir
    Path folder;

    @Test
    void matchesTheGoldenFile() throws Exception {
        TestBriefs.writeChart(folder);
        String document = HtmlWriter.xhtmlDocument(
                TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.EPUB, Optional.of(TestBriefs.pageMap(8))));
        String body =
                document.substring(document.indexOf("<body>"), document.indexOf("</body>") + "</body>".length()) + "\n";

        if (Boolean.getBoolean("brief.golden.accept")) {
            Files.writeString(GOLDEN, body, StandardCharsets.UTF_8);
        }
        assertThat(body).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
