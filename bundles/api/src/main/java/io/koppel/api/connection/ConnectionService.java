package io.koppel.api.connection;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Links host entities to Exact Online and configures those links. Every change is written to the transaction
 * log with search number {@code 55555}.
 *
 * <p>Methods that read from Exact throw {@link io.koppel.api.KoppelException} with a clerk-readable reason when
 * the connection is missing, not linked yet, or Exact refuses the link.
 */
@ProviderType
public interface ConnectionService {

    /** Every connection, ordered by host entity. */
    List<Connection> connections();

    /** The connection of one host entity. */
    Optional<Connection> connection(String hostEntity);

    /**
     * Starts linking a host entity to an Exact account on a site. Open the returned address in the admin's
     * browser: it carries a single-use {@code state} bound to this connection, and Exact redirects back to
     * Koppel's callback, which stores the tokens.
     *
     * @return the Exact authorization address to open
     */
    URI connect(String hostEntity, ExactSite site);

    /** The divisions the linked Exact user may use. */
    List<Division> divisions(String hostEntity);

    /** Chooses the division postings go to; checked against {@link #divisions}. */
    Connection setDivision(String hostEntity, int division);

    /** The sales journals of the chosen division. */
    List<Journal> salesJournals(String hostEntity);

    /**
     * Chooses the sales journals for invoices and for credit notes; both must be sales journals of the
     * division.
     */
    Connection setJournals(String hostEntity, String invoiceJournal, String creditNoteJournal);

    /**
     * Chooses the cost center and cost unit sent with every line, or clears them with {@code null}. Each is
     * at most 8 characters and must exist in the division.
     */
    Connection setCosts(String hostEntity, String costCenter, String costUnit);

    /**
     * The division's use of Exact's daily call limit, once Exact has answered a call for it on this node; empty
     * before that or without a division.
     */
    Optional<DailyBudget> dailyBudget(String hostEntity);

    /**
     * Chooses the VAT code every sales entry line of the connection names, or clears it with {@code null} (then
     * the posting configuration's default applies). Exact adds the VAT of a line's code, or else of the GL
     * account's default code, to the amount Koppel sends: a VAT-exempt school needs its exempt code here. It must
     * exist in the division.
     */
    Connection setVatCode(String hostEntity, String vatCode);

    /** The VAT code chosen with {@link #setVatCode}, if any. */
    Optional<String> vatCode(String hostEntity);

    /**
     * Removes the link and its tokens. Past postings stay as they are; new ones wait until the host entity
     * is linked again.
     */
    void disconnect(String hostEntity);
}
