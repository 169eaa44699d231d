package io.koppel.api.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A printed invoice or credit note, as the host hands it to Koppel.
 *
 * @param hostEntity the school or location whose connection posts it
 * @param hostInvoiceId the host's invoice id; the search number in the transaction log. A split invoice has
 *     one id and several documents
 * @param documentNumber the host's unique number of this document; Koppel posts each document once
 * @param type invoice or credit note, as the host prints it
 * @param printDate the print date; decides Exact's period
 * @param dueDate the due date
 * @param description the billing group's name; Exact keeps its first 60 characters
 * @param ogm the structured communication as printed, Exact's reference for the entry; checked when posted, so a
 *     document with a wrong one is kept and fails with a reason the clerk can correct
 * @param billingAddress who it is addressed to
 * @param lines one line per main category
 */
public record HostDocument(
        String hostEntity,
        String hostInvoiceId,
        String documentNumber,
        DocumentType type,
        LocalDate printDate,
        LocalDate dueDate,
        String description,
        String ogm,
        BillingAddress billingAddress,
        List<DocumentLine> lines) {

    public HostDocument {
        Objects.requireNonNull(hostEntity, "hostEntity");
        Objects.requireNonNull(hostInvoiceId, "hostInvoiceId");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(printDate, "printDate");
        Objects.requireNonNull(billingAddress, "billingAddress");
        lines = List.copyOf(lines);
    }

    /** The document's total: the sum of its lines. */
    public BigDecimal amount() {
        return lines.stream().map(DocumentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The type Exact gets: a negative invoice is a credit note. */
    public DocumentType postedType() {
        return type == DocumentType.INVOICE && amount().signum() < 0 ? DocumentType.CREDIT_NOTE : type;
    }
}
