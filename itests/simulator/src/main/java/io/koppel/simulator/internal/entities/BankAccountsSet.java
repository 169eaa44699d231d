package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.messages.Term;
import io.koppel.simulator.internal.model.Problems;
import io.koppel.simulator.internal.store.TableNames;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@code crm/BankAccounts}: a customer's bank accounts (IBAN and BIC checked). */
public final class BankAccountsSet extends TableEntitySet {
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}");

    public BankAccountsSet() {
        super("crm/BankAccounts", Schemas.BANK_ACCOUNT, TableNames.BANK_ACCOUNTS);
    }

    @Override
    public Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        Map<String, Object> stored = createRow(ctx, body, (row, values, p) -> {
            UUID accountId = (UUID) values.get("Account");
            Map<String, Object> account = accountId == null ? null : Lookups.account(ctx.division(), accountId);
            if (accountId == null) {
                p.add(Msg.REQUIRED, Term.RELATION);
            } else if (account == null) {
                p.add(Msg.INVALID_REFERENCE, Term.RELATION);
            }
            String number = checkedNumber(values, p);
            if (number != null) {
                boolean duplicate = table(ctx).findFirst(b -> number.equals(b.get("BankAccount"))
                        && accountId != null && accountId.equals(b.get("Account"))).isPresent();
                if (duplicate) {
                    p.add(Msg.ALREADY_EXISTS, Term.BANK_ACCOUNT);
                }
            }
            checkBic(values, p);
            p.throwIfAny();
            row.put("Blocked", false);
            row.put("Type", "A");
            row.put("TypeDescription", "Account");
            row.putAll(values);
            row.put("BankAccount", number);
            row.put("BICCode", normalizeBic(values.get("BICCode")));
            row.put("AccountCode", account.get("Code"));
            row.put("AccountName", account.get("Name"));
            boolean iban = IBAN_SHAPE.matcher(number).matches();
            row.put("Format", iban ? "IBAN" : null);
            row.put("IBAN", iban ? number : null);
            boolean first = table(ctx).findFirst(b -> accountId.equals(b.get("Account"))).isEmpty();
            boolean main = values.get("Main") == null ? first : (Boolean) values.get("Main");
            row.put("Main", main);
            if (main) {
                demoteOtherMains(ctx, accountId, (UUID) row.get("ID"));
            }
        });
        announce(ctx, "Create", stored.get("ID"));
        return stored;
    }

    @Override
    public void update(RequestContext ctx, Object key, ObjectNode body) {
        updateRow(ctx, key, body, (row, values, p) -> {
            if (values.containsKey("BankAccount")) {
                String number = checkedNumber(values, p);
                if (number != null) {
                    values.put("BankAccount", number);
                }
            }
            checkBic(values, p);
            p.throwIfAny();
            row.putAll(values);
            if (values.containsKey("BICCode")) {
                row.put("BICCode", normalizeBic(values.get("BICCode")));
            }
            if (Boolean.TRUE.equals(values.get("Main"))) {
                demoteOtherMains(ctx, (UUID) row.get("Account"), (UUID) key);
            }
        });
        announce(ctx, "Update", key);
    }

    @Override
    public void delete(RequestContext ctx, Object key) {
        removeRow(ctx, key);
        announce(ctx, "Delete", key);
    }

    private void demoteOtherMains(RequestContext ctx, UUID accountId, UUID keep) {
        table(ctx).findAll(b -> accountId.equals(b.get("Account")) && !keep.equals(b.get("ID"))
                && Boolean.TRUE.equals(b.get("Main"))).forEach(b -> {
                    Map<String, Object> copy = new LinkedHashMap<>(b);
                    copy.put("Main", false);
                    save(ctx, copy);
                });
    }

    private static void checkBic(Map<String, Object> values, Problems p) {
        String bic = normalizeBic(values.get("BICCode"));
        if (bic != null && !BIC.matcher(bic).matches()) {
            p.add(Msg.BIC_INVALID);
        }
    }

    /** The body's bank account number without spaces, in capitals; null (and a problem) when it is missing. */
    private static String checkedNumber(Map<String, Object> values, Problems p) {
        String number = normalizeNumber(BodyReader.text(values, "BankAccount"));
        if (number == null) {
            p.add(Msg.REQUIRED, Term.BANK_ACCOUNT);
        } else if (Character.isLetter(number.charAt(0)) && !validIban(number)) {
            p.add(Msg.INVALID, Term.BANK_ACCOUNT);
        }
        return number;
    }

    private static String normalizeNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String normalizeBic(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        return raw.toString().trim().toUpperCase(Locale.ROOT);
    }

    /** ISO 13616 check digits (mod 97). */
    static boolean validIban(String iban) {
        if (!IBAN_SHAPE.matcher(iban).matches()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
