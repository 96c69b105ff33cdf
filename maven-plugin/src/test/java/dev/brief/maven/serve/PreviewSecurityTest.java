package dev.brief.maven.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.OutputTimestamp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview serves the output folder and its own page, nothing else. The worst layout on purpose: the
 * output folder inside the source folder, beside the brief and the house file, with a link that leads out and
 * a stray source copy inside. Requests go over a raw socket, so no client normalises the path first.
 */
class PreviewSecurityTest {
    @TempDir
    Path work;

    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        Path sources = Files.createDirectories(work.resolve("briefs"));
        // Not a brief (no front matter): the build finds nothing, so the test needs no writer.
        Files.writeString(sources.resolve("notes.md"), "# Private notes\n\nDraft text.\n");
        Files.writeString(sources.resolve("house.yaml"), "# secret house\n");
        Path edition = Files.createDirectories(sources.resolve("out").resolve("harbour"));
        Files.writeString(edition.resolve("harbour.html"), "<!DOCTYPE html><title>edition</title>");
        Files.writeString(edition.resolve("harbour.md"), "a source copy\n");
        Files.writeString(edition.resolve(".brief-stamp"), "stamp\n");
        Path secret = Files.writeString(work.resolve("secret.html"), "<p>outside</p>");
        Files.createSymbolicLink(edition.resolve("leak.html"), secret);
        Files.createSymbolicLink(edition.resolve("up"), work);
        BuildRequest build = new BuildRequest(
                sources,
                sources.resolve("out"),
                EnumSet.of(Format.HTML),
                Optional.empty(),
                Optional.empty(),
                1,
                OutputTimestamp.FALLBACK,
                "test");
        server = PreviewServer.start(
                new ServeRequest(build, "127.0.0.1", 0, ServeRequest.DEFAULT_QUIET), BuildLog.silent());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void servesAnEditionAndThePage() throws IOException {
        assertThat(get("/harbour/harbour.html")).startsWith("HTTP/1.1 200").contains("<title>edition</title>");
        assertThat(get("/")).startsWith("HTTP/1.1 200").contains("<html lang=\"en\">");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../notes.md",
                "/%2e%2e/notes.md",
                "/%2E%2E/house.yaml",
                "/harbour/%2e%2e/%2e%2e/notes.md",
                "/..%2fnotes.md",
                "/harbour/..%2F..%2Fhouse.yaml",
                "/%2e%2e%2f%2e%2e%2fsecret.html",
                "//etc/passwd",
                "/etc/passwd",
                "/%2fetc%2fpasswd",
                "/harbour/leak.html",
                "/harbour/up/secret.html",
                "/harbour/harbour.md",
                "/harbour/.brief-stamp",
                "/notes.md",
                "/house.yaml",
                "/harbour/..%5c..%5cnotes.md",
                "/harbour/harbour.html%00.md"
            })
    void refusesEverythingElse(String path) throws IOException {
        String response = get(path);

        assertThat(response)
                .startsWith("HTTP/1.1 404")
                .doesNotContain("Private notes", "secret house", "outside", "a source copy", "root:");
    }

    @Test
    void answersOnlyRequestsThatNameTheLoopbackAddress() throws IOException {
        assertThat(request("GET", "/harbour/harbour.html", "localhost:8000")).startsWith("HTTP/1.1 200");
        assertThat(request("GET", "/harbour/harbour.html", "attacker.example:8000"))
                .startsWith("HTTP/1.1 421")
                .doesNotContain("<title>edition</title>");
        assertThat(request("GET", "/", "attacker.example")).startsWith("HTTP/1.1 421");
    }

    @Test
    void aPortInUseIsReportedAsSuch() {
        BuildRequest build = new BuildRequest(
                work.resolve("briefs"),
                work.resolve("other"),
                EnumSet.of(Format.HTML),
                Optional.empty(),
                Optional.empty(),
                1,
                OutputTimestamp.FALLBACK,
                "test");
        ServeRequest taken =
                new ServeRequest(build, "127.0.0.1", server.address().getPort(), ServeRequest.DEFAULT_QUIET);

        assertThatThrownBy(() -> PreviewServer.start(taken, BuildLog.silent())).isInstanceOf(BindException.class);
    }

    @Test
    void refusesWritesAndOtherMethods() throws IOException {
        assertThat(request("POST", "/harbour/harbour.html")).startsWith("HTTP/1.1 405");
        assertThat(request("DELETE", "/harbour/harbour.html")).startsWith("HTTP/1.1 405");
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        InetAddress bound = server.address().getAddress();

        assertThat(bound.isLoopbackAddress()).isTrue();
        assertThat(bound.getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(bound.isAnyLocalAddress()).isFalse();
    }

    private String get(String path) throws IOException {
        return request("GET", path);
    }

    private String request(String method, String path) throws IOException {
        return request(method, path, "127.0.0.1");
    }

    private String request(String method, String path, String host) throws IOException {
        try (Socket socket =
                new Socket(server.address().getAddress(), server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                            + "Content-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
