package io.koppel.simulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.koppel.simulator.internal.SimulatorRuntime;
import io.koppel.simulator.internal.control.Control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HttpServer with a worker pool, routing by path prefix. The pool's core stays warm for speed and
 * grows without bound so that held (TIMEOUT) responses never starve other calls.
 */
public final class SimulatorServer {
    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms per
        // keep-alive call). Read once by the JDK when its first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor workers;

    public SimulatorServer(SimulatorRuntime rt, Control control, String bindAddress, int port, int threads) {
        ApiHandler api = new ApiHandler(rt);
        OAuthHandler oauth = new OAuthHandler(rt);
        ControlHandler controlHandler = new ControlHandler(rt, control);
        AttachmentDownloadHandler downloads = new AttachmentDownloadHandler(rt);
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "exact-sim-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.workers = new ThreadPoolExecutor(threads, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), factory);
        try {
            this.server = HttpServer.create(new InetSocketAddress(bindAddress, port), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + bindAddress + ":" + port, e);
        }
        server.setExecutor(workers);
        server.createContext("/", exchange -> route(exchange, api, oauth, controlHandler, downloads));
        server.start();
    }

    private static void route(HttpExchange exchange, ApiHandler api, OAuthHandler oauth, ControlHandler control,
                              AttachmentDownloadHandler downloads) {
        try {
            Request req = new Request(exchange);
            String path = req.path();
            if (path.startsWith("/api/v1/")) {
                api.handle(req);
            } else if (path.startsWith("/api/oauth2/")) {
                oauth.handle(req);
            } else if (path.startsWith("/_sim/")) {
                control.handle(req);
            } else if (path.startsWith("/docs/")) {
                downloads.handle(req);
            } else {
                ResponseWriter.send(exchange, ErrorBodies.exact(404, "Resource not found for the segment '" + path + "'."));
            }
        } catch (RuntimeException e) {
            ResponseWriter.send(exchange, ErrorBodies.exact(500, "Simulator failure: " + e));
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        workers.shutdownNow();
    }
}
