package io.koppel.api.connection;

import java.net.URI;

/**
 * The Exact Online site an account lives on. A user's tokens work only on the site where the user logs in.
 * The base URL can be overridden per site in the app registration's configuration (the project's simulator
 * uses that).
 */
public enum ExactSite {
    BE("https://start.exactonline.be"),
    NL("https://start.exactonline.nl"),
    DE("https://start.exactonline.de"),
    UK("https://start.exactonline.co.uk"),
    US("https://start.exactonline.com"),
    ES("https://start.exactonline.es"),
    FR("https://start.exactonline.fr");

    private final URI baseUri;

    ExactSite(String baseUri) {
        this.baseUri = URI.create(baseUri);
    }

    /** The site's address, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }
}
