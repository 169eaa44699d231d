package io.koppel.sync.internal;

import io.koppel.api.log.SearchNumbers;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.CallContext;

/**
 * A division of an Exact site, as the division lease and Koppel's copy of payment terms know it: division numbers
 * are unique only within their site.
 */
record ExactDivision(String site, int number) {

    static ExactDivision of(LinkedConnection connection) {
        return new ExactDivision(connection.siteBaseUri().getAuthority(), connection.division());
    }

    /** Calls for payment sync are logged under the search number of syncs. */
    static CallContext context(LinkedConnection connection, String operation) {
        return new CallContext(connection.siteBaseUri(), connection.division(), connection.tokens(),
                connection.hostEntity(), SearchNumbers.PAYMENT_SYNC, operation);
    }
}
