package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.messages.Term;
import io.koppel.simulator.internal.store.TableNames;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code documents/DocumentAttachments}: files (base64) on a document. No PUT, like Exact. The Url serves
 * the raw file when {@code &Download=1} is appended.
 */
public final class DocumentAttachmentsSet extends TableEntitySet {
    public DocumentAttachmentsSet() {
        // documents/* has a sync counterpart, so Exact filters it mandatorily (its field list is not documented)
        super("documents/DocumentAttachments", Schemas.DOCUMENT_ATTACHMENT, TableNames.DOCUMENT_ATTACHMENTS,
                List.of("Document", "FileName", "ID"));
    }

    @Override
    public Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        Map<String, Object> stored = createRow(ctx, body, (row, values, p) -> {
            if (BodyReader.isBlank(values.get("Attachment"))) {
                p.add(Msg.REQUIRED, Term.ATTACHMENT);
            }
            UUID documentId = (UUID) values.get("Document");
            if (documentId == null) {
                p.add(Msg.REQUIRED, Term.DOCUMENT);
            } else if (ctx.division().table(TableNames.DOCUMENTS).get(documentId) == null) {
                p.add(Msg.INVALID_REFERENCE, Term.DOCUMENT);
            }
            if (BodyReader.isBlank(values.get("FileName"))) {
                p.add(Msg.REQUIRED, Term.FILE_NAME);
            }
            p.throwIfAny();
            row.putAll(values);
            row.put("FileSize", BigDecimal.valueOf(Base64.getDecoder().decode(values.get("Attachment").toString()).length));
            String host = ctx.apiBase().substring(0, ctx.apiBase().length() - "/api/v1".length());
            row.put("Url", host + "/docs/SysAttachment.aspx?ID=" + row.get("ID") + "&_Division_=" + ctx.division().code());
        });
        announce(ctx, "Create", stored.get("ID"));
        return stored;
    }

    @Override
    public void delete(RequestContext ctx, Object key) {
        removeRow(ctx, key);
        announce(ctx, "Delete", key);
    }
}
