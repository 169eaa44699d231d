package io.koppel.auth;

import io.koppel.client.AccessTokenSource;
import io.koppel.client.CallContext;
import java.net.URI;
import java.util.Optional;

/**
 * A connection that may post: linked, with division and journals chosen.
 *
 * @param hostEntity the school or location
 * @param siteBaseUri the Exact site to call
 * @param division the division postings go to
 * @param invoiceJournal the sales journal code for invoices
 * @param creditNoteJournal the sales journal code for credit notes
 * @param costCenter the cost center sent with every line, if any
 * @param costUnit the cost unit sent with every line, if any
 * @param tokens hands out access tokens, refreshing them when needed
 * @param vatCode the VAT code sent with every line, if the admin chose one for the connection
 */
public record LinkedConnection(
        String hostEntity,
        URI siteBaseUri,
        int division,
        String invoiceJournal,
        String creditNoteJournal,
        Optional<String> costCenter,
        Optional<String> costUnit,
        AccessTokenSource tokens,
        Optional<String> vatCode) {

    public LinkedConnection(String hostEntity, URI siteBaseUri, int division, String invoiceJournal,
            String creditNoteJournal, Optional<String> costCenter, Optional<String> costUnit,
            AccessTokenSource tokens) {
        this(hostEntity, siteBaseUri, division, invoiceJournal, creditNoteJournal, costCenter, costUnit, tokens,
                Optional.empty());
    }

    /** The context of calls made for a search number (host invoice id, address id, ...). */
    public CallContext context(String searchNumber, String operation) {
        return new CallContext(siteBaseUri, division, tokens, hostEntity, searchNumber, operation);
    }
}
