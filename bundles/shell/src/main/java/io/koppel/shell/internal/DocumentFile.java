package io.koppel.shell.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Mandate;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Host documents from a JSON file, for koppel:post: one document or an array, with the field names of
 * {@link HostDocument} ({@code billingAddress.mandate} may be absent). DocumentFileTest reads a complete example.
 */
final class DocumentFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentFile() {
    }

    static List<HostDocument> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<HostDocument> documents = new ArrayList<>();
        for (JsonNode node : root.isArray() ? root : List.of(root)) {
            documents.add(document(node));
        }
        return documents;
    }

    private static HostDocument document(JsonNode d) {
        List<DocumentLine> lines = new ArrayList<>();
        for (JsonNode line : d.path("lines")) {
            lines.add(new DocumentLine(text(line, "description"), new BigDecimal(line.path("amount").asText()),
                    text(line, "glAccountCode")));
        }
        return new HostDocument(required(d, "hostEntity"), required(d, "hostInvoiceId"), required(d, "documentNumber"),
                DocumentType.valueOf(d.path("type").asText("INVOICE")), LocalDate.parse(required(d, "printDate")),
                d.hasNonNull("dueDate") ? LocalDate.parse(d.get("dueDate").asText()) : null, text(d, "description"),
                text(d, "ogm"), address(d.path("billingAddress")), lines);
    }

    private static BillingAddress address(JsonNode a) {
        List<String> emails = new ArrayList<>();
        a.path("emailAddresses").forEach(email -> emails.add(email.asText()));
        JsonNode m = a.path("mandate");
        Optional<Mandate> mandate = m.isObject() ? Optional.of(new Mandate(text(m, "reference"), text(m, "iban"),
                text(m, "bic"), LocalDate.parse(required(m, "signatureDate")))) : Optional.empty();
        return new BillingAddress(required(a, "personId"), required(a, "addressId"), text(a, "personName"),
                text(a, "salutationTitle"), text(a, "salutationName"), text(a, "street"), text(a, "number"),
                text(a, "box"), text(a, "postcode"), text(a, "city"), a.path("country").asText("BE"), emails, mandate);
    }

    private static String required(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("the document file lacks " + field);
        }
        return node.get(field).asText();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
