package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client for the tests: they talk to the simulator only over HTTP, like Koppel. */
final class SimHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    final String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SimHttp(String base) {
        this.base = base;
    }

    HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder api(String pathAndQuery, String token) {
        String url = pathAndQuery.startsWith("http") ? pathAndQuery : base + "/api/v1/" + pathAndQuery;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> get(String pathAndQuery, String token) {
        return send(api(pathAndQuery, token).GET());
    }

    HttpResponse<String> post(String path, String token, Object body) {
        return send(api(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    HttpResponse<String> put(String path, String token, Object body) {
        return send(api(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    HttpResponse<String> delete(String path, String token) {
        return send(api(path, token).DELETE());
    }

    /** POST to the control API. */
    JsonNode control(String path, Object body) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/_sim/" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
        if (r.statusCode() >= 300) {
            throw new AssertionError("control " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? null : json(r);
    }

    JsonNode controlGet(String pathAndQuery) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/_sim/" + pathAndQuery)).GET());
        if (r.statusCode() >= 300) {
            throw new AssertionError("control " + pathAndQuery + " -> " + r.statusCode() + " " + r.body());
        }
        return json(r);
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    /** The message value of Exact's error body. */
    static String errorMessage(HttpResponse<String> r) {
        return json(r).path("error").path("message").path("value").asText(null);
    }

    static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the authorization-code flow with plain HTTP: consent page, login + allow, code exchange. */
    JsonNode authorize(String clientId, String secret, String redirectUri, String username, String password) {
        String state = "st-" + System.nanoTime();
        String authUrl = "/api/oauth2/auth?client_id=" + q(clientId) + "&redirect_uri=" + q(redirectUri)
                + "&response_type=code&force_login=0&state=" + state;
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + authUrl)).GET());
        if (page.statusCode() != 200 || !page.body().contains("<form")) {
            throw new AssertionError("no consent page: " + page.statusCode() + " " + page.body());
        }
        Map<String, String> fields = hiddenFields(page.body());
        fields.put("username", username);
        fields.put("password", password);
        fields.put("action", "allow");
        HttpResponse<String> consent = form("/api/oauth2/auth", fields);
        String location = consent.headers().firstValue("Location").orElseThrow(() -> new AssertionError(consent.body()));
        Map<String, String> params = queryParams(location);
        if (!state.equals(params.get("state"))) {
            throw new AssertionError("state not echoed: " + location);
        }
        HttpResponse<String> token = form("/api/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", params.get("code"), "redirect_uri", redirectUri, "client_id", clientId, "client_secret", secret));
        if (token.statusCode() != 200) {
            throw new AssertionError("token: " + token.statusCode() + " " + token.body());
        }
        return json(token);
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return fields;
    }

    static Map<String, String> queryParams(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
