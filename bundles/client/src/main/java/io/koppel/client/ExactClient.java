package io.koppel.client;

import java.net.URI;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Typed operations on Exact Online's REST API, one interface per area: {@link ExactSystem} (the user and their
 * divisions), {@link ExactReferenceData}, {@link ExactAccounts}, {@link ExactSalesEntries},
 * {@link ExactReceivables} and {@link ExactWebhookSubscriptions}.
 *
 * <p>Every call is made in the {@link CallContext}'s division. Calls to one division never overlap, across all
 * threads of this JVM, and wait for Exact's rate limits instead of earning a 429; a 429 that comes anyway is
 * waited out and retried. Lists follow Exact's paging to the end, so they may take several requests.
 *
 * <p>Failures: {@link ExactAuthorizationException} (a 401 or 403; not retried), {@link ExactRateLimitException}
 * (a limit is spent for longer than the configured wait), {@link ExactValidationException},
 * {@link ExactNotFoundException}, {@link ExactTransientException}.
 */
@ProviderType
public interface ExactClient extends ExactSystem, ExactReferenceData, ExactAccounts, ExactSalesEntries,
        ExactReceivables, ExactWebhookSubscriptions {

    /** What is left of the rate limits of the site's division, once a response has told. */
    Optional<RateBudget> budget(URI siteBaseUri, int division);
}
