package dev.brief.maven.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.SampleBriefs;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.OutputTimestamp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author's loop on the sample brief, through HTTP as a browser sees it: the page listens for reload
 * events; an edit rewrites all three editions; a broken edit keeps the server up and puts every error, with
 * file:line:column, on the page; the fix recovers the editions byte for byte.
 */
class PreviewLoopTest {
    private static final String SLUG = "civic-data-trusts";
    private static final List<String> EDITIONS = List.of("pdf", "html", "epub");

    @TempDir
    Path work;

    private final HttpClient client = HttpClient.newHttpClient();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard, not a speed test
    void editBreakAndFixAreEachOneReloadWithTheRightEditionsAndDiagnostics() throws Exception {
        Path sources = SampleBriefs.copyBriefsTo(work.resolve("src"));
        for (String other : List.of("civic-data-trusts-ar", "civic-data-trusts-zh")) {
            deleteTree(sources.resolve(other));
        }
        Path brief = sources.resolve(SLUG).resolve(SLUG + ".md");
        String original = Files.readString(brief);
        BuildRequest build = new BuildRequest(
                sources,
                work.resolve("out"),
                EnumSet.of(Format.PDF, Format.HTML, Format.EPUB),
                Optional.empty(),
                Optional.empty(),
                1,
                OutputTimestamp.FALLBACK,
                "test");

        try (PreviewServer server = PreviewServer.start(
                new ServeRequest(build, "127.0.0.1", 0, ServeRequest.DEFAULT_QUIET), BuildLog.silent())) {
            URI base = server.uri();
            listen(base.resolve("/events"), server);
            List<byte[]> first = editions(base);
            assertThat(new String(first.get(1), StandardCharsets.UTF_8)).contains("Who Holds the Keys?");

            Files.writeString(brief, original.replace("Who Holds the Keys?", "Who Keeps the Keys?"));
            assertThat(nextReload()).isEqualTo(SLUG);
            List<byte[]> edited = editions(base);
            for (int i = 0; i < EDITIONS.size(); i++) {
                assertThat(edited.get(i)).as(EDITIONS.get(i) + " rewritten").isNotEqualTo(first.get(i));
            }
            assertThat(new String(edited.get(1), StandardCharsets.UTF_8)).contains("Who Keeps the Keys?");

            Files.writeString(brief, original + "\nA claim with no source.[^nowhere] Another.[^missing]\n");
            assertThat(nextReload()).isEqualTo(SLUG);
            String page = get(base).body();
            assertThat(page).contains("Problems (").contains("failed");
            long line = Arrays.stream(original.split("\n", -1)).count() + 1;
            String at = SLUG + "\\.md:" + line + ":\\d+</code>: <strong>error</strong>: [^<]*";
            assertThat(page).containsPattern(at + "nowhere").containsPattern(at + "missing");
            // The last good editions stay served.
            assertThat(editions(base).get(1)).isEqualTo(edited.get(1));

            Files.writeString(brief, original);
            assertThat(nextReload()).isEqualTo(SLUG);
            List<byte[]> fixed = editions(base);
            for (int i = 0; i < EDITIONS.size(); i++) {
                assertThat(fixed.get(i)).as(EDITIONS.get(i) + " as first built").isEqualTo(first.get(i));
            }
            assertThat(get(base).body()).doesNotContain("<strong>error</strong>");
        }
    }

    /** Opens the page's event stream and queues the data of each reload event. */
    private void listen(URI events, PreviewServer server) throws InterruptedException {
        client.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        this.events.add(line.substring("data:".length()).trim());
                    }
                }));
        for (int wait = 0; wait < 200 && server.listenerCount() == 0; wait++) {
            Thread.sleep(50);
        }
        assertThat(server.listenerCount()).isEqualTo(1);
    }

    private String nextReload() throws InterruptedException {
        String data = events.poll(2, TimeUnit.MINUTES);
        assertThat(data).as("a reload event").isNotNull();
        return data;
    }

    private List<byte[]> editions(URI base) throws IOException, InterruptedException {
        List<byte[]> bytes = new ArrayList<>();
        for (String extension : EDITIONS) {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(base.resolve("/" + SLUG + "/" + SLUG + "." + extension))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(extension).isEqualTo(200);
            bytes.add(response.body());
        }
        return bytes;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
