package io.koppel.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFileTest {

    @Test
    void readsAnArrayOfDocumentsWithAndWithoutMandate() throws Exception {
        String json = """
                [{"hostEntity":"school-1","hostInvoiceId":"1001","documentNumber":"D-1001","type":"INVOICE",
                  "printDate":"2026-11-03","dueDate":"2026-12-03","description":"Rekeningen november",
                  "ogm":"+++090/9337/55493+++",
                  "billingAddress":{"personId":"19724","addressId":"16371","personName":"Peeters Jan",
                    "salutationTitle":"Familie","salutationName":"Peeters","street":"Kerkstraat","number":"12",
                    "postcode":"9000","city":"Gent","emailAddresses":["a@example.be"],
                    "mandate":{"reference":"M-1","iban":"BE68539007547034","bic":"GKCCBEBB","signatureDate":"2024-09-01"}},
                  "lines":[{"description":"Maaltijden","amount":"42.50","glAccountCode":"701000"}]},
                 {"hostEntity":"school-1","hostInvoiceId":"1002","documentNumber":"D-1002","type":"CREDIT_NOTE",
                  "printDate":"2026-11-04","ogm":"090933755493",
                  "billingAddress":{"personId":"1","addressId":"2","salutationName":"Janssens"},
                  "lines":[{"description":"Terugbetaling","amount":-5,"glAccountCode":"701000"}]}]
                """;

        List<HostDocument> documents = DocumentFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertEquals(2, documents.size());
        HostDocument first = documents.get(0);
        assertEquals(LocalDate.of(2026, 11, 3), first.printDate());
        assertEquals(new BigDecimal("42.50"), first.amount());
        assertEquals("M-1", first.billingAddress().mandate().orElseThrow().reference());
        assertEquals(DocumentType.CREDIT_NOTE, documents.get(1).type());
        assertTrue(documents.get(1).billingAddress().mandate().isEmpty());
        assertEquals("BE", documents.get(1).billingAddress().country());
    }

    @Test
    void aMissingKeyIsNamed() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> DocumentFile.read(
                new ByteArrayInputStream("{\"hostEntity\":\"s\"}".getBytes(StandardCharsets.UTF_8))));
        assertEquals("the document file lacks hostInvoiceId", missing.getMessage());
    }
}
