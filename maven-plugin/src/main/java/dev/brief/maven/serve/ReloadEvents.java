package dev.brief.maven.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The Server-Sent Events stream the preview page listens to: one {@code reload} event after each rebuild, its
 * data the slugs of the briefs whose editions changed. Each open page holds one exchange, and its handler
 * thread waits until the page goes away or the server stops.
 */
final class ReloadEvents implements HttpHandler {
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Listener listener = new Listener(exchange.getResponseBody());
        listeners.add(listener);
        try {
            // Tells the browser how soon to reconnect after the server restarts.
            listener.send("retry: 1000\n\n");
            listener.closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(listener);
            exchange.close();
        }
    }

    /** Sends {@code event: reload} with the given data (one line) to every open page. */
    void reload(String data) {
        String message = "event: reload\ndata: " + data.replace('\n', ' ') + "\n\n";
        for (Listener listener : listeners) {
            listener.send(message);
        }
    }

    int listenerCount() {
        return listeners.size();
    }

    /** Releases every waiting handler, for shutdown. */
    void closeAll() {
        listeners.forEach(listener -> listener.closed.countDown());
    }

    private static final class Listener {
        private final OutputStream out;
        private final CountDownLatch closed = new CountDownLatch(1);

        Listener(OutputStream out) {
            this.out = out;
        }

        synchronized void send(String message) {
            try {
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // The page was closed: stop waiting for it.
                closed.countDown();
            }
        }
    }
}
