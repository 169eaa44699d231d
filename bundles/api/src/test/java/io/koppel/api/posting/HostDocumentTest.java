package io.koppel.api.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.Ogm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostDocumentTest {
    private static final BillingAddress ADDRESS = new BillingAddress("19724", "16371", "Peeters Jan", "Familie",
            "Peeters", "Kerkstraat", "12", "3", "9000", "Gent", "BE", List.of("ouders@example.be"), Optional.empty());

    @Test
    void aNegativeInvoiceIsPostedAsACreditNote() {
        HostDocument document = document(DocumentType.INVOICE, "-12.50", "2.50");
        assertEquals(new BigDecimal("-10.00"), document.amount());
        assertEquals(DocumentType.CREDIT_NOTE, document.postedType());
        assertEquals(DocumentType.INVOICE, document(DocumentType.INVOICE, "12.50").postedType());
        assertEquals(DocumentType.CREDIT_NOTE, document(DocumentType.CREDIT_NOTE, "-12.50").postedType());
    }

    @Test
    void theAddressLineJoinsStreetNumberAndBox() {
        assertEquals("Kerkstraat 12 bus 3", ADDRESS.addressLine());
    }

    private static HostDocument document(DocumentType type, String... amounts) {
        List<DocumentLine> lines = java.util.Arrays.stream(amounts)
                .map(amount -> new DocumentLine("Maaltijden", new BigDecimal(amount), "700000"))
                .toList();
        return new HostDocument("school-1", "1001", "D-1001", type, LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 12, 3), "Rekeningen november", Ogm.of(1001).toString(), ADDRESS, lines);
    }
}
