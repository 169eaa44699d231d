package io.koppel.client;

import static io.koppel.client.SalesEntriesTest.CUSTOMER;
import static io.koppel.client.SalesEntriesTest.REVENUE;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.JOURNAL_SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.model.GlAccount;
import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewSalesEntryLine;
import io.koppel.client.model.Receivable;
import io.koppel.client.model.ReceivablesListItem;
import io.koppel.client.model.SalesEntry;
import io.koppel.simulator.PaymentRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Payments coming back, and reading collections far longer than one page. */
class ReceivablesAndPagingTest {
    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.unlimited();

    private SalesEntry post(String yourRef, String amount) {
        LocalDate today = exact.simulator.clock().todayUtc();
        return exact.client.createSalesEntry(exact.ctx(DIVISION), new NewSalesEntry(CUSTOMER, JOURNAL_SALES, today,
                today.plusDays(14), null, null, yourRef, "Rekening " + yourRef, null, null, "EUR", null,
                List.of(NewSalesEntryLine.of(REVENUE, new BigDecimal(amount), "Maaltijden"))));
    }

    @Test
    void paidEntriesLeaveTheReceivablesList() {
        SalesEntry open = post("R-1001", "80.00");
        SalesEntry paid = post("R-1002", "20.00");
        exact.simulator.registerPayment(PaymentRequest.fullPayment(DIVISION, paid.entryId()));

        List<ReceivablesListItem> openItems = exact.client.receivablesList(exact.ctx(DIVISION),
                ODataFilter.eq("YourRef", "R-1001").or(ODataFilter.eq("YourRef", "R-1002")));
        List<Receivable> ofPaid = exact.client.cashflowReceivables(exact.ctx(DIVISION),
                ODataFilter.eq("TransactionEntryID", paid.entryId()));
        List<Receivable> ofOpen = exact.client.bulkReceivables(exact.ctx(DIVISION),
                ODataFilter.eq("Account", CUSTOMER).and(ODataFilter.eq("Status", 20)));

        assertEquals(List.of("R-1001"), openItems.stream().map(ReceivablesListItem::yourRef).toList());
        assertEquals(open.entryNumber(), openItems.get(0).entryNumber());
        assertEquals(0, new BigDecimal("80").compareTo(openItems.get(0).amount().abs()));
        assertEquals(1, ofPaid.size());
        assertTrue(ofPaid.get(0).fullyPaid());
        assertTrue(ofOpen.stream().anyMatch(r -> open.entryId().equals(r.transactionEntryId())));
        assertFalse(ofOpen.stream().anyMatch(r -> paid.entryId().equals(r.transactionEntryId()) && r.fullyPaid()));
    }

    @Test
    void bulkAndStandardPagesOverOneThousandRecords() {
        UUID account = UUID.randomUUID();
        for (int i = 0; i < 1_250; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", UUID.randomUUID());
            row.put("Account", account);
            row.put("AmountDC", new BigDecimal(i + ".25"));
            row.put("Status", 20);
            row.put("IsFullyPaid", false);
            row.put("YourRef", "P-" + i);
            exact.simulator.insertRow(DIVISION, "cashflow/Receivables", row);
        }
        exact.exchanges.clear();

        List<Receivable> bulk = exact.client.bulkReceivables(exact.ctx(DIVISION), ODataFilter.eq("Account", account));
        int bulkCalls = exact.exchanges.exchanges.size();
        List<Receivable> standard = exact.client.cashflowReceivables(exact.ctx(DIVISION),
                ODataFilter.eq("Account", account));
        int standardCalls = exact.exchanges.exchanges.size() - bulkCalls;

        assertEquals(1_250, bulk.size());
        assertEquals(1_250, new HashSet<>(bulk.stream().map(Receivable::id).toList()).size());
        assertEquals(2, bulkCalls);
        assertEquals(1_250, standard.size());
        assertEquals(21, standardCalls);
        List<Exchange> calls = exact.exchanges.exchanges;
        assertEquals(1 + 20, calls.stream().filter(e -> e.path().contains("$skiptoken=")).count(),
                "every call but the first of each read follows __next");
        Set<BigDecimal> amounts = new HashSet<>(standard.stream().map(Receivable::amountDC).toList());
        assertTrue(amounts.contains(new BigDecimal("1249.25")));
    }

    @Test
    void glAccountsOverManyPages() {
        int before = exact.client.glAccounts(exact.ctx(DIVISION)).size();
        for (int i = 0; i < 1_100; i++) {
            exact.simulator.insertRow(DIVISION, "financial/GLAccounts", Map.of("ID", UUID.randomUUID(),
                    "Code", String.format("8%05d", i), "Description", "Extra " + i, "Type", 110, "IsBlocked", false));
        }

        List<GlAccount> all = exact.client.glAccounts(exact.ctx(DIVISION));

        assertEquals(before + 1_100, all.size());
        assertTrue(all.stream().anyMatch(a -> "801099".equals(a.code())));
    }
}
