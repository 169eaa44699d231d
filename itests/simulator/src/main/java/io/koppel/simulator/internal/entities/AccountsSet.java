package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.messages.Term;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.model.Problems;
import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.TableNames;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@code crm/Accounts}: customers, with Exact's padding quirks and mandatory filtering. */
public final class AccountsSet extends TableEntitySet {
    /** The field list Exact printed in its mandatory-filter error for Accounts (picqer #591, Oct 2022). */
    public static final List<String> MANDATORY_FILTER_FIELDS = List.of("Accountant", "AccountManager", "AddressLine1",
            "AddressLine2", "AddressLine3", "Blocked", "BRIN", "BSN", "ChamberOfCommerce", "City", "Classification1",
            "Classification2", "Classification3", "Classification4", "Classification5", "Classification6",
            "Classification7", "Classification8", "Classification", "Code", "CodeAtSupplier", "Country", "Created",
            "Email", "EndDate", "Fax", "ID", "InvoiceAccount", "IsAccountant", "IsReseller", "IsSales", "IsSupplier",
            "MainContact", "Modified", "Name", "Parent", "Phone", "Postcode", "PriceList", "Reseller", "RSIN",
            "SearchCode", "StartDate", "Status", "Type", "VATNumber");
    private static final Set<String> STATUSES = Set.of("A", "S", "P", "C");

    public AccountsSet() {
        super("crm/Accounts", Schemas.ACCOUNT, TableNames.ACCOUNTS, MANDATORY_FILTER_FIELDS);
    }

    @Override
    public Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        Map<String, Object> stored = createRow(ctx, body, (row, values, p) -> {
            if (values.get("Name") == null) {
                p.add(Msg.REQUIRED, Term.NAME);
            }
            validate(ctx, values, null, p);
            p.throwIfAny();
            row.put("Status", "A"); // not a customer until told so: Koppel must send Status "C" itself
            row.put("Blocked", false);
            row.put("IsSupplier", false);
            row.put("Type", "A");
            row.putAll(normalized(values));
            if (row.get("Code") == null) {
                row.put("Code", nextFreeCode(ctx.division()));
            }
            row.put("IsSales", "C".equals(row.get("Status")));
        });
        announce(ctx, "Create", stored.get("ID"));
        return stored;
    }

    @Override
    public void update(RequestContext ctx, Object key, ObjectNode body) {
        updateRow(ctx, key, body, (row, values, p) -> {
            if (values.containsKey("Name") && values.get("Name") == null) {
                p.add(Msg.REQUIRED, Term.NAME);
            }
            validate(ctx, values, (UUID) key, p);
            // A blocked (inactive) relation takes no changes but its unblocking; stricter than Exact may be
            if (Boolean.TRUE.equals(row.get("Blocked")) && !Boolean.FALSE.equals(values.get("Blocked"))) {
                p.add(Msg.CUSTOMER_INACTIVE);
            }
            p.throwIfAny();
            row.putAll(normalized(values));
            row.put("IsSales", "C".equals(row.get("Status")));
        });
        announce(ctx, "Update", key);
    }

    @Override
    public void delete(RequestContext ctx, Object key) {
        ctx.division().write(() -> {
            Map<String, Object> row = requireRow(ctx, key);
            boolean used = ctx.division().table(TableNames.SALES_ENTRIES).findFirst(e -> key.equals(e.get("Customer"))).isPresent();
            if (used) {
                throw new ApiError(400, Msg.CANNOT_DELETE.format(ctx.lang(), Term.RELATION,
                        row.get("Code").toString().trim(), Term.SALES_ENTRIES));
            }
            table(ctx).remove(key);
            ctx.division().table(TableNames.BANK_ACCOUNTS).findAll(b -> key.equals(b.get("Account")))
                    .forEach(b -> ctx.division().table(TableNames.BANK_ACCOUNTS).remove(b.get("ID")));
            ctx.division().table(TableNames.MANDATES).findAll(m -> key.equals(m.get("Account")))
                    .forEach(m -> ctx.division().table(TableNames.MANDATES).remove(m.get("ID")));
            return null;
        });
        announce(ctx, "Delete", key);
    }

    private void validate(RequestContext ctx, Map<String, Object> values, UUID self, Problems p) {
        Object name = values.get("Name");
        if (name != null && name.toString().isBlank()) {
            // Exact answers this one in English even to Dutch users: "{Code} should not be empty", e.g. Name
            p.add(Msg.SHOULD_NOT_BE_EMPTY, "Name");
        }
        String code = BodyReader.text(values, "Code");
        if (code != null && !code.isBlank()) {
            String padded = padCode(code);
            if (padded.length() > 18) {
                p.add(Msg.INVALID, Term.CODE);
            } else if (table(ctx).findFirst(r -> padded.equals(r.get("Code")) && !r.get("ID").equals(self)).isPresent()) {
                p.add(Msg.ALREADY_EXISTS, Term.CODE);
            }
        }
        // Exact refuses, it does not cut (Invantive's data model, the reference 4.11)
        tooLong(values, "Name", 50, Term.NAME, p);
        tooLong(values, "AddressLine1", 80, Term.ADDRESS_LINE, p);
        tooLong(values, "AddressLine2", 80, Term.ADDRESS_LINE, p);
        tooLong(values, "AddressLine3", 80, Term.ADDRESS_LINE, p);
        tooLong(values, "City", 30, Term.CITY, p);
        tooLong(values, "Postcode", 20, Term.POSTCODE, p);
        String email = BodyReader.text(values, "Email");
        if (email != null && !email.isBlank()) {
            for (String address : email.split("[,;]")) {
                if (!address.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}") || address.strip().length() > 128) {
                    p.add(Msg.INVALID, Term.EMAIL);
                    break;
                }
            }
        }
        String status = BodyReader.text(values, "Status");
        if (status != null && !STATUSES.contains(status.trim().toUpperCase(Locale.ROOT))) {
            p.add(Msg.INVALID, Term.STATUS);
        }
        String country = BodyReader.text(values, "Country");
        if (country != null && !country.isBlank() && !country.trim().matches("[A-Za-z]{2}")) {
            p.add(Msg.INVALID, Term.COUNTRY);
        }
        Object glar = values.get("GLAR");
        if (glar != null) {
            Map<String, Object> gl = Lookups.glAccount(ctx.division(), (UUID) glar);
            if (gl == null || Lookups.intValue(gl.get("Type"), 0) != 20) {
                p.add(Msg.INVALID_REFERENCE, Term.GL_ACCOUNT);
            }
        }
    }

    private static void tooLong(Map<String, Object> values, String field, int length, Term term, Problems p) {
        String value = BodyReader.text(values, field);
        if (value != null && value.length() > length) {
            p.add(Msg.TOO_LONG, term, length);
        }
    }

    /** Exact's storage quirks: Code right-aligned in 18 characters, Country "BE ", Language padded to 10. */
    private static Map<String, Object> normalized(Map<String, Object> values) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(values);
        if (values.get("Code") != null) {
            String code = values.get("Code").toString();
            out.put("Code", code.isBlank() ? null : padCode(code));
        }
        if (values.get("Country") != null) {
            String c = values.get("Country").toString().trim().toUpperCase(Locale.ROOT);
            out.put("Country", c.isEmpty() ? null : String.format("%-3s", c));
        }
        if (values.get("Language") != null) {
            out.put("Language", String.format("%-10s", values.get("Language").toString().trim().toUpperCase(Locale.ROOT)));
        }
        if (values.get("Status") != null) {
            out.put("Status", values.get("Status").toString().trim().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    public static String padCode(String code) {
        return String.format("%18s", code.trim());
    }

    private String nextFreeCode(DivisionData d) {
        while (true) {
            String candidate = padCode(String.valueOf(d.nextAccountCode()));
            if (d.table(TableNames.ACCOUNTS).findFirst(r -> candidate.equals(r.get("Code"))).isEmpty()) {
                return candidate;
            }
        }
    }
}
