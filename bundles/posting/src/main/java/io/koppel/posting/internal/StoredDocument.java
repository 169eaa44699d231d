package io.koppel.posting.internal;

import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Mandate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A host document as it is kept in {@code koppel_posting.document}: plain JSON fields (dates as ISO text) so it
 * reads back the same after an upgrade of Koppel or Jackson.
 */
record StoredDocument(
        String hostEntity,
        String hostInvoiceId,
        String documentNumber,
        String type,
        String printDate,
        String dueDate,
        String description,
        String ogm,
        Address billingAddress,
        List<Line> lines) {

    record Address(String personId, String addressId, String personName, String salutationTitle,
            String salutationName, String street, String number, String box, String postcode, String city,
            String country, List<String> emailAddresses, StoredMandate mandate) {
    }

    record StoredMandate(String reference, String iban, String bic, String signatureDate) {
    }

    record Line(String description, BigDecimal amount, String glAccountCode) {
    }

    static StoredDocument of(HostDocument document) {
        BillingAddress address = document.billingAddress();
        StoredMandate mandate = address.mandate().map(m -> new StoredMandate(m.reference(), m.iban(), m.bic(),
                m.signatureDate().toString())).orElse(null);
        return new StoredDocument(document.hostEntity(), document.hostInvoiceId(), document.documentNumber(),
                document.type().name(), document.printDate().toString(),
                document.dueDate() == null ? null : document.dueDate().toString(), document.description(),
                document.ogm(),
                new Address(address.personId(), address.addressId(), address.personName(), address.salutationTitle(),
                        address.salutationName(), address.street(), address.number(), address.box(),
                        address.postcode(), address.city(), address.country(), address.emailAddresses(), mandate),
                document.lines().stream().map(l -> new Line(l.description(), l.amount(), l.glAccountCode())).toList());
    }

    /** The host document again. */
    HostDocument toHostDocument() {
        Address a = billingAddress;
        Optional<Mandate> mandate = Optional.ofNullable(a.mandate()).map(m -> new Mandate(m.reference(), m.iban(),
                m.bic(), LocalDate.parse(m.signatureDate())));
        BillingAddress address = new BillingAddress(a.personId(), a.addressId(), a.personName(), a.salutationTitle(),
                a.salutationName(), a.street(), a.number(), a.box(), a.postcode(), a.city(), a.country(),
                a.emailAddresses() == null ? List.of() : a.emailAddresses(), mandate);
        return new HostDocument(hostEntity, hostInvoiceId, documentNumber, DocumentType.valueOf(type),
                LocalDate.parse(printDate), dueDate == null ? null : LocalDate.parse(dueDate), description,
                ogm, address,
                lines.stream().map(l -> new DocumentLine(l.description(), l.amount(), l.glAccountCode())).toList());
    }
}
