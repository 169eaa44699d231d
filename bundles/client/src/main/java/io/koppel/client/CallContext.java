package io.koppel.client;

import java.net.URI;
import java.util.Objects;

/**
 * Where a call goes and on whose behalf. The host entity and search number only travel into the
 * {@link Exchange}s reported for the call, so the transaction log can tie them to a host document.
 *
 * @param siteBaseUri  the Exact site, e.g. {@code https://start.exactonline.be} (no {@code /api})
 * @param division     the division (company) number the call is made in
 * @param tokens       supplies the access token, once per HTTP request
 * @param hostEntity   the host record the call is made for (e.g. "invoice 2024-0042"), or null
 * @param searchNumber the number users search the log by, or null
 * @param operation    a short name of what the caller is doing (e.g. "post invoice"), or null; the client
 *                     names each exchange after its own operation when this is null
 */
public record CallContext(URI siteBaseUri, int division, AccessTokenSource tokens, String hostEntity,
                          String searchNumber, String operation) {

    public CallContext {
        Objects.requireNonNull(siteBaseUri, "siteBaseUri");
        Objects.requireNonNull(tokens, "tokens");
    }

    public static CallContext of(URI siteBaseUri, int division, AccessTokenSource tokens) {
        return new CallContext(siteBaseUri, division, tokens, null, null, null);
    }

    public CallContext forHost(String entity, String number) {
        return new CallContext(siteBaseUri, division, tokens, entity, number, operation);
    }

    public CallContext withOperation(String name) {
        return new CallContext(siteBaseUri, division, tokens, hostEntity, searchNumber, name);
    }

    public CallContext inDivision(int otherDivision) {
        return new CallContext(siteBaseUri, otherDivision, tokens, hostEntity, searchNumber, operation);
    }
}
