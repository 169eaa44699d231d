package io.koppel.api.connection;

import io.koppel.api.Reason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The link between one host entity (school, institution or location) and an Exact Online division.
 * Tokens never leave Koppel; this view carries none.
 *
 * @param hostEntity the host's key for the school or location; the host chooses it
 * @param site the Exact site of the linked account
 * @param state where the connection stands
 * @param stateReason why it needs attention, when it does
 * @param exactUser the e-mail address of the Exact user who consented, once linked
 * @param division the Exact division (administratie) postings go to
 * @param invoiceJournal the sales journal code for invoices
 * @param creditNoteJournal the sales journal code for credit notes (and negative invoices)
 * @param costCenter optional cost center code sent with every sales entry line
 * @param costUnit optional cost unit code sent with every sales entry line
 * @param linkedAt when the admin last consented
 */
public record Connection(
        String hostEntity,
        ExactSite site,
        ConnectionState state,
        Optional<Reason> stateReason,
        Optional<String> exactUser,
        Optional<Integer> division,
        Optional<String> invoiceJournal,
        Optional<String> creditNoteJournal,
        Optional<String> costCenter,
        Optional<String> costUnit,
        Optional<Instant> linkedAt) {

    public Connection {
        Objects.requireNonNull(hostEntity, "hostEntity");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateReason, "stateReason");
        Objects.requireNonNull(exactUser, "exactUser");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(invoiceJournal, "invoiceJournal");
        Objects.requireNonNull(creditNoteJournal, "creditNoteJournal");
        Objects.requireNonNull(costCenter, "costCenter");
        Objects.requireNonNull(costUnit, "costUnit");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }
}
