package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.messages.Term;
import io.koppel.simulator.internal.model.Problems;
import io.koppel.simulator.internal.store.TableNames;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code cashflow/DirectDebitMandates}: SEPA mandates. The Reference is unique per division ("Bestaat reeds:
 * Mandaat referentie") and the payment type must be given ("Verplicht: Soort betaling").
 * Not webhook-capable in Exact, so no events.
 */
public final class MandatesSet extends TableEntitySet {
    /** Exact does not return the attachment on GET; it is kept aside under this hidden field. */
    private static final String HIDDEN_ATTACHMENT = "_Attachment";

    public MandatesSet() {
        super("cashflow/DirectDebitMandates", Schemas.MANDATE, TableNames.MANDATES);
    }

    @Override
    public Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        return createRow(ctx, body, (row, values, p) -> {
            UUID accountId = (UUID) values.get("Account");
            if (accountId == null) {
                p.add(Msg.REQUIRED, Term.RELATION);
            } else if (Lookups.account(ctx.division(), accountId) == null) {
                p.add(Msg.INVALID_REFERENCE, Term.RELATION);
            }
            UUID bankId = (UUID) values.get("BankAccount");
            if (bankId == null) {
                p.add(Msg.REQUIRED, Term.BANK_ACCOUNT);
            } else {
                Map<String, Object> bank = ctx.division().table(TableNames.BANK_ACCOUNTS).get(bankId);
                if (bank == null) {
                    p.add(Msg.INVALID_REFERENCE, Term.BANK_ACCOUNT);
                } else if (accountId != null && !accountId.equals(bank.get("Account"))) {
                    p.add(Msg.INVALID, Term.BANK_ACCOUNT);
                }
            }
            checkReference(ctx, values, null, p, true);
            if (values.get("SignatureDate") instanceof java.time.LocalDateTime signed
                    && signed.toLocalDate().isAfter(ctx.now().toLocalDate())) {
                // a collection must come after the signature: a mandate signed tomorrow is no mandate today
                p.add(Msg.INVALID, Term.SIGNATURE_DATE);
            }
            checkSmallEnum(values, "PaymentType", Term.PAYMENT_TYPE, p, true);
            checkSmallEnum(values, "Type", Term.TYPE, p, false);
            p.throwIfAny();
            row.put("Type", 0);
            row.put("FirstSend", 1);
            boolean first = table(ctx).findFirst(m -> accountId.equals(m.get("Account"))).isEmpty();
            row.put("Main", first ? 1 : 0);
            row.putAll(values);
            row.put("Reference", values.get("Reference").toString().trim());
            row.put(HIDDEN_ATTACHMENT, values.get("Attachment"));
            row.put("Attachment", null);
        });
    }

    @Override
    public void update(RequestContext ctx, Object key, ObjectNode body) {
        updateRow(ctx, key, body, (row, values, p) -> {
            if (values.containsKey("Reference")) {
                checkReference(ctx, values, (UUID) key, p, true);
            }
            if (values.containsKey("PaymentType")) {
                checkSmallEnum(values, "PaymentType", Term.PAYMENT_TYPE, p, true);
            }
            p.throwIfAny();
            row.putAll(values);
            if (values.containsKey("Attachment")) {
                row.put(HIDDEN_ATTACHMENT, values.get("Attachment"));
                row.put("Attachment", null);
            }
        });
    }

    @Override
    public void delete(RequestContext ctx, Object key) {
        removeRow(ctx, key);
    }

    private void checkReference(RequestContext ctx, Map<String, Object> values, UUID self, Problems p, boolean required) {
        String reference = BodyReader.text(values, "Reference");
        if (reference == null || reference.isBlank()) {
            if (required) {
                p.add(Msg.REQUIRED, Term.MANDATE_REFERENCE);
            }
            return;
        }
        String wanted = reference.trim();
        boolean taken = table(ctx).findFirst(m -> wanted.equalsIgnoreCase(String.valueOf(m.get("Reference")))
                && !m.get("ID").equals(self)).isPresent();
        if (taken) {
            p.add(Msg.ALREADY_EXISTS, Term.MANDATE_REFERENCE);
        }
    }

    private static void checkSmallEnum(Map<String, Object> values, String field, Term term, Problems p, boolean required) {
        Object value = values.get(field);
        if (value == null) {
            if (required) {
                p.add(Msg.REQUIRED, term);
            }
        } else if (!List.of(0, 1, 2).contains(value)) {
            p.add(Msg.INVALID, term);
        }
    }
}
