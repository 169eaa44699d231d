package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Container side: the simulator {@link KoppelOptions#linkedToSimulator} pointed Koppel at, reached over HTTP (its
 * control API under {@code /_sim/}), and Koppel's own HTTP port. Only JDK classes and names, never Koppel's.
 */
final class ContainerSimulator {
    /** System properties (in the container) with the simulator's address and the port of Koppel's endpoints. */
    static final String SIMULATOR = "koppel.itest.simulator";
    static final String HTTP_PORT = "koppel.itest.httpPort";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Where the simulator listens. */
    static String baseUrl() {
        return System.getProperty(SIMULATOR);
    }

    /** Koppel's OAuth callback, where Exact's consent page sends the admin's browser back. */
    static String callback() {
        return "http://localhost:" + System.getProperty(HTTP_PORT) + "/koppel/oauth/callback";
    }

    /**
     * Links a host entity as an admin does: koppel:connect, the simulator's consent page, Koppel's callback; then
     * the division and the sales journals 70 and 71.
     */
    void link(KarafShell shell, String hostEntity, int division) throws Exception {
        URI redirect = new ExactConsent().allow(URI.create(shell.run("koppel:connect " + hostEntity).strip()));
        HttpResponse<String> linked = get(redirect.toString(), "en");
        assertEquals(linked.body(), 200, linked.statusCode());
        shell.run("koppel:set-division " + hostEntity + " " + division);
        shell.run("koppel:set-journals " + hostEntity + " 70 71");
    }

    HttpResponse<String> get(String uri, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A call to the simulator's control API, e.g. {@code POST faults}; fails the test unless it succeeds. */
    String control(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/_sim/" + path))
                .header("Content-Type", "application/json");
        HttpResponse<String> answer = http.send(json == null
                ? request.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : request.method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body(), answer.statusCode() < 300);
        return answer.body();
    }

    /** The records of an entity the simulator holds in a division, as JSON. */
    String data(int division, String entity) {
        return data(division, entity, "");
    }

    /** The records of an entity the simulator holds in a division with a field's value, as JSON. */
    String data(int division, String entity, String field, String value) {
        return data(division, entity, "?" + field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private String data(int division, String entity, String query) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/_sim/data/" + division + "/" + entity
                    + query)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
