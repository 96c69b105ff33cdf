package dev.brief.maven.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers every request: the preview page at {@code /}, the reload events at {@code /events}, and files of
 * the output folder that {@link OutputFiles} allows; anything else is 404. Nothing is cached, since every
 * file may change with the next save.
 */
final class PreviewHandler implements HttpHandler {
    private static final String PLAIN = "text/plain; charset=utf-8";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final OutputFiles files;
    private final ReloadEvents events;
    private final Supplier<String> page;

    PreviewHandler(OutputFiles files, ReloadEvents events, Supplier<String> page) {
        this.files = files;
        this.events = events;
        this.page = page;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, PLAIN, "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!hostAllowed(exchange)) {
                send(exchange, 421, PLAIN, "unknown host\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("/".equals(path)) {
                send(exchange, 200, "text/html; charset=utf-8", page.get().getBytes(StandardCharsets.UTF_8));
            } else if ("/events".equals(path)) {
                events.handle(exchange);
            } else {
                Optional<Path> file = files.resolve(path);
                if (file.isPresent()) {
                    String type = OutputFiles.contentType(file.get()).orElseThrow();
                    send(exchange, 200, type, Files.readAllBytes(file.get()));
                } else {
                    send(exchange, 404, PLAIN, "not found\n".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /**
     * On the loopback address, only requests that name it: a web page elsewhere that points its own host name at
     * 127.0.0.1 (DNS rebinding) must not read the editions through the reader's browser.
     */
    private static boolean hostAllowed(HttpExchange exchange) {
        if (!exchange.getLocalAddress().getAddress().isLoopbackAddress()) {
            return true;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[")
                ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return LOOPBACK_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
