package io.koppel.client.internal.ops;

import io.koppel.client.CallContext;
import io.koppel.client.ODataFilter;
import io.koppel.client.internal.wire.JsonBody;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.Document;
import io.koppel.client.model.DocumentAttachment;
import io.koppel.client.model.NewAttachment;
import io.koppel.client.model.NewDocument;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** PDFs for entries: {@code documents/Documents} holding {@code documents/DocumentAttachments}. */
public final class DocumentOperations {
    static final Endpoint<Document> DOCUMENTS = new Endpoint<>("documents/Documents", List.of("ID", "Subject",
            "Type", "Account", "DocumentDate", "FinancialTransactionEntryID", "SalesInvoiceNumber"),
            DocumentOperations::document);
    // Attachment (the base64 content) is left out of reads on purpose: it can be megabytes
    static final Endpoint<DocumentAttachment> ATTACHMENTS = new Endpoint<>("documents/DocumentAttachments",
            List.of("ID", "Document", "FileName", "FileSize", "Url"), DocumentOperations::attachment);

    private final ODataCalls calls;

    public DocumentOperations(ODataCalls calls) {
        this.calls = calls;
    }

    public Document createDocument(CallContext ctx, NewDocument document) {
        JsonBody body = new JsonBody()
                .text("Subject", document.subject())
                .integer("Type", document.type())
                .uuid("Account", document.account())
                .date("DocumentDate", document.documentDate());
        return calls.create(ctx, "createDocument", DOCUMENTS.target(ctx), body.node(), DOCUMENTS.reader());
    }

    public Document document(CallContext ctx, UUID id) {
        return calls.one(ctx, "document", DOCUMENTS.byKey(ctx, id), DOCUMENTS.reader());
    }

    public DocumentAttachment createAttachment(CallContext ctx, NewAttachment attachment) {
        JsonBody body = new JsonBody()
                .uuid("Document", attachment.document())
                .text("FileName", attachment.fileName())
                .text("Attachment", Base64.getEncoder().encodeToString(attachment.content()));
        return calls.create(ctx, "createAttachment", ATTACHMENTS.target(ctx), body.node(), ATTACHMENTS.reader());
    }

    public List<DocumentAttachment> attachments(CallContext ctx, UUID document) {
        return calls.list(ctx, "attachments", ATTACHMENTS.collection(ctx, ODataFilter.eq("Document", document)),
                ATTACHMENTS.reader());
    }

    static Document document(JsonRecord r) {
        return new Document(r.uuid("ID"), r.text("Subject"), r.integer("Type"), r.uuid("Account"),
                r.date("DocumentDate"), r.uuid("FinancialTransactionEntryID"), r.integer("SalesInvoiceNumber"));
    }

    static DocumentAttachment attachment(JsonRecord r) {
        return new DocumentAttachment(r.uuid("ID"), r.uuid("Document"), r.text("FileName"), r.longValue("FileSize"),
                r.text("Url"));
    }
}
