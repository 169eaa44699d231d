package io.koppel.client.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer alone, against a bare local HTTP server (nothing Exact-like about it): connections are reused,
 * bodies and headers arrive as sent, and failures are told apart by whether the request left.
 */
class CxfTransportTest {
    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private CxfTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + "?"
                     + exchange.getRequestURI().getQuery() + " " + exchange.getRequestHeaders().getFirst("Prefer")
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            if (exchange.getRequestURI().getPath().startsWith("/slow")) {
                sleep(3_000);
            }
            byte[] answer = "{\"d\":{\"results\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-RateLimit-Minutely-Remaining", "59");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        transport = new CxfTransport(Duration.ofSeconds(2), Duration.ofMillis(500));
    }

    @AfterEach
    void stop() {
        transport.close();
        server.stop(0);
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    @Test
    void consecutiveRequestsShareOneConnection() throws Exception {
        for (int i = 0; i < 20; i++) {
            transport.send(new HttpRequest("GET", uri("/api/v1/1/financial/Journals?$select=ID"),
                    Map.of("Accept", "application/json"), null, null));
        }

        assertEquals(1, clientPorts.size(), "one TCP connection for 20 requests");
    }

    @Test
    void requestArrivesAsSent() throws Exception {
        HttpResponse response = transport.send(new HttpRequest("POST",
                uri("/api/v1/1/salesentry/SalesEntries?$filter=YourRef%20eq%20'O''B%26x'"),
                Map.of("Accept", "application/json", "Prefer", "return=representation"), "{\"A\":1.50}",
                "application/json"));

        assertEquals(200, response.status());
        assertEquals("59", response.header("x-ratelimit-minutely-remaining"));
        assertEquals("{\"d\":{\"results\":[]}}", response.body());
        assertEquals(List.of("POST /api/v1/1/salesentry/SalesEntries?$filter=YourRef eq 'O''B&x'"
                + " return=representation application/json {\"A\":1.50}"), received);
    }

    @Test
    void readTimeoutMeansTheRequestLeft() {
        TransportFailure failure = assertThrows(TransportFailure.class, () -> transport.send(
                new HttpRequest("POST", uri("/slow"), Map.of(), "{}", "application/json")));

        assertTrue(failure.requestSent());
        assertTrue(failure.timedOut());
    }

    @Test
    void refusedConnectionMeansNothingLeft() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        TransportFailure failure = assertThrows(TransportFailure.class, () -> transport.send(
                new HttpRequest("POST", URI.create("http://127.0.0.1:" + port + "/x"), Map.of(), "{}",
                        "application/json")));

        assertFalse(failure.requestSent());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
