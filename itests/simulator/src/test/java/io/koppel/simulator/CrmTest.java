package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.koppel.simulator.DefaultDataSet.*;
import static org.junit.jupiter.api.Assertions.*;

class CrmTest extends SimulatorTestBase {

    private JsonNode newCustomer(String code) {
        return created(http.post(div("crm/Accounts"), token, Map.of("Code", code, "Name", "Klant " + code,
                "Status", "C", "Country", "be", "City", "Antwerpen")));
    }

    private JsonNode newBankAccount(String accountId) {
        return created(http.post(div("crm/BankAccounts"), token, Map.of("Account", accountId,
                "BankAccount", "BE68 5390 0754 7034", "BICCode", "GKCCBEBB", "BankAccountHolderName", "X")));
    }

    @Test
    void accountsArePaddedLikeExact() {
        JsonNode a = newCustomer("4711");
        assertEquals(" ".repeat(14) + "4711", a.get("Code").asText());
        assertEquals("BE ", a.get("Country").asText());
        assertEquals("C", a.get("Status").asText());
        assertTrue(a.get("IsSales").asBoolean());
        JsonNode noCode = created(http.post(div("crm/Accounts"), token, Map.of("Name", "Zonder code")));
        assertEquals(18, noCode.get("Code").asText().length());
        assertEquals("A", noCode.get("Status").asText(), "not a customer unless Status C is sent");
        HttpResponse<String> dup = http.post(div("crm/Accounts"), token, Map.of("Code", "4711", "Name", "Dubbel"));
        assertEquals("Bestaat reeds: Code", SimHttp.errorMessage(dup));
    }

    @Test
    void nameIsRequiredAndNotEmpty() {
        HttpResponse<String> missing = http.post(div("crm/Accounts"), token, Map.of("City", "Gent"));
        assertEquals(400, missing.statusCode());
        assertEquals("Verplicht: Naam", SimHttp.errorMessage(missing));
        HttpResponse<String> empty = http.post(div("crm/Accounts"), token, Map.of("Name", "  "));
        assertEquals(400, empty.statusCode());
        assertEquals("Name should not be empty", SimHttp.errorMessage(empty));
    }

    @Test
    void tooLongFieldsAndBadEmailAreRefusedNotCut() {
        HttpResponse<String> r = http.post(div("crm/Accounts"), token, Map.of("Name", "N".repeat(51),
                "AddressLine1", "A".repeat(81), "City", "C".repeat(31), "Email", "ouders.example.be"));

        assertEquals(400, r.statusCode());
        assertEquals(List.of("Naam: maximaal 50 tekens", "Adres: maximaal 80 tekens", "Plaats: maximaal 30 tekens",
                "Ongeldig: E-mail"), List.of(SimHttp.json(r).get("error").get("message").get("value").asText()
                .split("\r\n")));
        assertEquals(0, sim.rows(DIVISION, "crm/Accounts", Map.of("City", "C".repeat(31))).size());
        created(http.post(div("crm/Accounts"), token, Map.of("Name", "N".repeat(50), "AddressLine1", "A".repeat(80),
                "City", "C".repeat(30), "Email", "ouders@example.be,moeder@example.be")));
    }

    @Test
    void accountUpdateAndDelete() {
        JsonNode a = newCustomer("4800");
        String key = div("crm/Accounts(guid'" + a.get("ID").asText() + "')");
        assertEquals(204, http.put(key, token, Map.of("Email", "x@example.be", "Blocked", true)).statusCode());
        JsonNode read = SimHttp.json(http.get(key, token)).get("d");
        assertEquals("x@example.be", read.get("Email").asText());
        assertTrue(read.get("Blocked").asBoolean());
        assertEquals(204, http.delete(key, token).statusCode());
        assertEquals(404, http.get(key, token).statusCode());
    }

    @Test
    void accountUpdateChangesOnlyTheSentFieldsAndRefusesWhatExactRefuses() {
        JsonNode a = newCustomer("4801");
        String key = div("crm/Accounts(guid'" + a.get("ID").asText() + "')");
        HttpResponse<String> put = http.put(key, token, Map.of("City", "Gent", "Email", "a@example.be,b@example.be"));
        assertEquals(204, put.statusCode());
        assertEquals("", put.body());
        JsonNode read = SimHttp.json(http.get(key, token)).get("d");
        assertEquals("Gent", read.get("City").asText());
        assertEquals("Klant 4801", read.get("Name").asText());
        assertEquals("BE ", read.get("Country").asText());

        HttpResponse<String> refused = http.put(key, token, Map.of("City", "C".repeat(31), "Email", "geen-adres"));
        assertEquals(400, refused.statusCode());
        assertEquals("Plaats: maximaal 30 tekens\r\nOngeldig: E-mail", SimHttp.errorMessage(refused));
        assertEquals(400, http.put(key, token, Map.of("Name", " ")).statusCode());
        assertEquals("Gent", SimHttp.json(http.get(key, token)).get("d").get("City").asText());

        assertEquals(404, http.put(div("crm/Accounts(guid'" + java.util.UUID.randomUUID() + "')"), token,
                Map.of("City", "Gent")).statusCode());
    }

    @Test
    void anInactiveAccountTakesNoUpdateButItsActivation() {
        String key = div("crm/Accounts(guid'" + customer(CUSTOMER_BLOCKED) + "')");
        HttpResponse<String> refused = http.put(key, token, Map.of("City", "Gent"));
        assertEquals(400, refused.statusCode());
        assertEquals("Klant: Non-actief", SimHttp.errorMessage(refused));
        assertEquals(204, http.put(key, token, Map.of("Blocked", false, "City", "Gent")).statusCode());
        assertEquals("Gent", SimHttp.json(http.get(key, token)).get("d").get("City").asText());
    }

    @Test
    void accountInUseCannotBeDeleted() {
        created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "X", List.of(line(GL_REVENUE, 1)))));
        HttpResponse<String> r = http.delete(div("crm/Accounts(guid'" + customer(CUSTOMER_ACTIVE) + "')"), token);
        assertEquals(400, r.statusCode());
        assertEquals("Kan niet verwijderen: Relatie 1001 - Gebruikt in: Verkoopboekingen", SimHttp.errorMessage(r));
    }

    @Test
    void bankAccountsCheckBicAndIban() {
        JsonNode a = newCustomer("4900");
        JsonNode bank = newBankAccount(a.get("ID").asText());
        assertEquals("BE68539007547034", bank.get("BankAccount").asText());
        assertTrue(bank.get("Main").asBoolean());
        assertEquals("IBAN", bank.get("Format").asText());
        HttpResponse<String> badBic = http.post(div("crm/BankAccounts"), token, Map.of("Account", a.get("ID").asText(),
                "BankAccount", "BE71096123456769", "BICCode", "GKCC-BE"));
        assertEquals(400, badBic.statusCode());
        assertEquals("BIC Code niet geldig", SimHttp.errorMessage(badBic));
        HttpResponse<String> badIban = http.post(div("crm/BankAccounts"), token, Map.of("Account", a.get("ID").asText(),
                "BankAccount", "BE00096123456769"));
        assertEquals("Ongeldig: Bankrekening", SimHttp.errorMessage(badIban));
        HttpResponse<String> noAccount = http.post(div("crm/BankAccounts"), token, Map.of("BankAccount", "BE71096123456769"));
        assertEquals("Verplicht: Relatie", SimHttp.errorMessage(noAccount));
    }

    @Test
    void mandateReferenceIsUniquePerDivision() {
        JsonNode a = newCustomer("5100");
        JsonNode bank = newBankAccount(a.get("ID").asText());
        Map<String, Object> mandate = new HashMap<>(Map.of("Account", a.get("ID").asText(), "BankAccount", bank.get("ID").asText(),
                "Reference", "MAND-5100", "SignatureDate", thisYear("01-10"), "PaymentType", 1));
        JsonNode m = created(http.post(div("cashflow/DirectDebitMandates"), token, mandate));
        assertEquals(1, m.get("Main").asInt());
        assertEquals(0, m.get("Type").asInt());
        HttpResponse<String> dup = http.post(div("cashflow/DirectDebitMandates"), token, mandate);
        assertEquals(400, dup.statusCode());
        assertEquals("Bestaat reeds: Mandaat referentie", SimHttp.errorMessage(dup));
        mandate.put("Reference", MANDATE_REFERENCE); // seeded for customer 1001
        assertEquals("Bestaat reeds: Mandaat referentie", SimHttp.errorMessage(
                http.post(div("cashflow/DirectDebitMandates"), token, mandate)));
        // the same reference is fine in another division
        assertEquals(1, http.controlGet("data/" + DIVISION + "/cashflow/DirectDebitMandates?Reference=MAND-5100").get("count").asInt());
    }

    @Test
    void mandateNeedsPaymentType() {
        JsonNode a = newCustomer("5200");
        JsonNode bank = newBankAccount(a.get("ID").asText());
        HttpResponse<String> r = http.post(div("cashflow/DirectDebitMandates"), token, Map.of("Account", a.get("ID").asText(),
                "BankAccount", bank.get("ID").asText(), "Reference", "MAND-5200"));
        assertEquals(400, r.statusCode());
        assertEquals("Verplicht: Soort betaling", SimHttp.errorMessage(r));
    }

    @Test
    void newCustomerCanBeInvoicedRightAway() {
        JsonNode a = newCustomer("5300");
        JsonNode e = created(postEntry(entry(JOURNAL_SALES, a.get("ID").asText(), thisYear("05-05"), "NEW-1",
                List.of(line(GL_REVENUE, 12.34)))));
        assertEquals(12.34, e.get("AmountFC").asDouble());
        assertEquals("Klant 5300", e.get("CustomerName").asText());
    }
}
