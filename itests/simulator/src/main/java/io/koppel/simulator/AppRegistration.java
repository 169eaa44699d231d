package io.koppel.simulator;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * An app registered in the Exact App Center: its OAuth client and its webhook secret.
 *
 * @param allowLoopbackRedirects also accept any {@code http://localhost[:port]/...} or
 *                               {@code http://127.0.0.1[:port]/...} redirect URI, because a test's callback
 *                               port is only known at run time. Exact itself matches the registered URI only.
 */
public record AppRegistration(String clientId, String clientSecret, String name, List<String> redirectUris,
                              boolean allowLoopbackRedirects, String webhookSecret) {

    public AppRegistration {
        redirectUris = List.copyOf(redirectUris);
    }

    public boolean acceptsRedirect(String redirectUri) {
        if (redirectUri == null || redirectUri.isEmpty()) {
            return false;
        }
        if (redirectUris.contains(redirectUri)) {
            return true;
        }
        if (!allowLoopbackRedirects) {
            return false;
        }
        try {
            URI uri = URI.create(redirectUri);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return "http".equalsIgnoreCase(uri.getScheme()) && (host.equals("localhost") || host.equals("127.0.0.1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
