package io.koppel.itest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin's browser on the simulator's consent page: opens the address koppel:connect printed, logs in as the
 * simulator's default user and allows access. Only JDK classes, so it runs in the container and in the driver.
 */
final class ExactConsent {
    static final String CLIENT_ID = "b5bd1c9e-6a4e-4f63-9a1c-2e0f3c4d5a61";
    static final String CLIENT_SECRET = "KoppelSimSecret1";
    /** The simulator's app signs its webhooks with this secret. */
    static final String WEBHOOK_SECRET = "KoppelSimWebhookSecret";
    private static final String USERNAME = "demo@koppel.test";
    private static final String PASSWORD = "demo";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** @return where Exact sends the browser back: Koppel's callback with code and state */
    URI allow(URI authorization) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        form.put("username", USERNAME);
        form.put("password", PASSWORD);
        form.put("action", "allow");
        String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(authorization.resolve("/api/oauth2/auth"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return URI.create(answer.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect from the consent page: " + answer.body())));
    }
}
