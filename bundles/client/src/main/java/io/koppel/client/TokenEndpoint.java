package io.koppel.client;

import java.net.URI;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Exact's OAuth2 endpoints: the consent page address and the token calls. Only the client speaks HTTP to
 * Exact, so token calls go through here too; they are reported to {@link ExchangeListener}s without their form.
 *
 * <p>Token calls count against Exact's 200 per app, user and day, and a refresh token works only once: callers
 * must refresh single-flight and store the new pair before using it.
 *
 * @throws ExactAuthorizationException when the code or refresh token is no good (see its reason)
 * @throws ExactTooEarlyToRefreshException when the access token is too young to be replaced
 * @throws ExactTransientException on 5xx and transport failures
 */
@ProviderType
public interface TokenEndpoint {

    /** {@code {site}/api/oauth2/auth?client_id=..&redirect_uri=..&response_type=code&state=..&force_login=0}. */
    URI authorizationUri(URI siteBaseUri, String clientId, URI redirectUri, String state);

    /** Trades the authorization code from the consent redirect (valid 3 minutes, once) for tokens. */
    default Tokens exchangeCode(URI siteBaseUri, String clientId, String clientSecret, URI redirectUri,
            String code) {
        return exchangeCode(siteBaseUri, clientId, clientSecret, redirectUri, code, null);
    }

    /** As {@link #exchangeCode(URI, String, String, URI, String)}, naming the host entity for the exchange log. */
    Tokens exchangeCode(URI siteBaseUri, String clientId, String clientSecret, URI redirectUri, String code,
            String hostEntity);

    /** Trades a refresh token for a new access and refresh token. */
    default Tokens refresh(URI siteBaseUri, String clientId, String clientSecret, String refreshToken) {
        return refresh(siteBaseUri, clientId, clientSecret, refreshToken, null);
    }

    /** As {@link #refresh(URI, String, String, String)}, naming the host entity for the exchange log. */
    Tokens refresh(URI siteBaseUri, String clientId, String clientSecret, String refreshToken, String hostEntity);
}
