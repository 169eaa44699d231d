package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.messages.Term;
import io.koppel.simulator.internal.model.Problems;
import io.koppel.simulator.internal.store.TableNames;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code documents/Documents}: the document a PDF is attached to (Type 10 = sales entry). */
public final class DocumentsSet extends TableEntitySet {
    private final AtomicInteger hid = new AtomicInteger();

    public DocumentsSet() {
        // documents/* has a sync counterpart, so Exact filters it mandatorily (its field list is not documented)
        super("documents/Documents", Schemas.DOCUMENT, TableNames.DOCUMENTS,
                List.of("Account", "Created", "ID", "Modified", "Subject", "Type"));
    }

    @Override
    public Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        Map<String, Object> stored = createRow(ctx, body, (row, values, p) -> {
            if (BodyReader.isBlank(values.get("Subject"))) {
                p.add(Msg.REQUIRED, Term.SUBJECT);
            }
            if (values.get("Type") == null) {
                p.add(Msg.REQUIRED, Term.TYPE);
            }
            Map<String, Object> account = checkAccount(ctx, values, p);
            p.throwIfAny();
            row.putAll(values);
            row.put("TypeDescription", Integer.valueOf(10).equals(values.get("Type")) ? "Verkoopfactuur" : null);
            row.put("AccountName", account == null ? null : account.get("Name"));
            row.put("HID", hid.incrementAndGet());
            if (row.get("DocumentDate") == null) {
                row.put("DocumentDate", ctx.now().toLocalDate().atStartOfDay());
            }
        });
        announce(ctx, "Create", stored.get("ID"));
        return stored;
    }

    @Override
    public void update(RequestContext ctx, Object key, ObjectNode body) {
        updateRow(ctx, key, body, (row, values, p) -> {
            if (values.containsKey("Subject") && BodyReader.isBlank(values.get("Subject"))) {
                p.add(Msg.REQUIRED, Term.SUBJECT);
            }
            checkAccount(ctx, values, p);
            p.throwIfAny();
            row.putAll(values);
        });
        announce(ctx, "Update", key);
    }

    @Override
    public void delete(RequestContext ctx, Object key) {
        removeRow(ctx, key);
        ctx.division().table(TableNames.DOCUMENT_ATTACHMENTS).findAll(a -> key.equals(a.get("Document")))
                .forEach(a -> ctx.division().table(TableNames.DOCUMENT_ATTACHMENTS).remove(a.get("ID")));
        announce(ctx, "Delete", key);
    }

    private static Map<String, Object> checkAccount(RequestContext ctx, Map<String, Object> values, Problems p) {
        if (values.get("Account") == null) {
            return null;
        }
        Map<String, Object> account = Lookups.account(ctx.division(), (UUID) values.get("Account"));
        if (account == null) {
            p.add(Msg.INVALID_REFERENCE, Term.RELATION);
        }
        return account;
    }
}
