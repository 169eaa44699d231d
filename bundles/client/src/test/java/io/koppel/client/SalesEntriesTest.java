package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.COSTCENTER_PRIMARY;
import static io.koppel.simulator.DefaultDataSet.CUSTOMER_ACTIVE;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.GL_REVENUE;
import static io.koppel.simulator.DefaultDataSet.GL_REVENUE_BLOCKED;
import static io.koppel.simulator.DefaultDataSet.GL_REVENUE_MEALS;
import static io.koppel.simulator.DefaultDataSet.GL_REVENUE_TRIPS;
import static io.koppel.simulator.DefaultDataSet.JOURNAL_SALES;
import static io.koppel.simulator.DefaultDataSet.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewSalesEntryLine;
import io.koppel.client.model.SalesEntry;
import io.koppel.client.model.SalesEntryQuery;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Posting sales entries with lines, finding them again, and attaching their PDF. */
class SalesEntriesTest {
    static final UUID CUSTOMER = id(DIVISION, "Account", CUSTOMER_ACTIVE);
    static final UUID REVENUE = id(DIVISION, "GLAccount", GL_REVENUE);
    static final UUID MEALS = id(DIVISION, "GLAccount", GL_REVENUE_MEALS);

    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.unlimited();

    private LocalDate today() {
        return exact.simulator.clock().todayUtc();
    }

    /** The lines Exact stored for an entry, largest amount first. */
    private static List<Map<String, Object>> storedLines(UUID entryId) {
        return exact.simulator.rows(DIVISION, "salesentry/SalesEntryLines", Map.of("EntryID", entryId.toString()))
                .stream().sorted(Comparator.comparing((Map<String, Object> line) -> amountFC(line)).reversed())
                .toList();
    }

    private static BigDecimal amountFC(Map<String, Object> line) {
        return new BigDecimal(line.get("AmountFC").toString());
    }

    private NewSalesEntry invoiceToday(String yourRef, String description, List<NewSalesEntryLine> lines) {
        return new NewSalesEntry(CUSTOMER, JOURNAL_SALES, today(), today().plusDays(30), null, null, yourRef,
                description, null, null, "EUR", null, lines);
    }

    @Test
    void createWithLinesAndReadBack() {
        SalesEntry created = exact.client.createSalesEntry(exact.ctx(DIVISION), invoiceToday("2024-0042",
                "Schoolrekening maart", List.of(
                        NewSalesEntryLine.of(REVENUE, new BigDecimal("125.10"), "Middagmaal"),
                        NewSalesEntryLine.of(MEALS, new BigDecimal("0.35"), "Afronding"))));

        assertNotNull(created.entryId());
        assertNotNull(created.entryNumber());
        assertEquals("2024-0042", created.yourRef());
        assertEquals(JOURNAL_SALES, created.journal());

        assertEquals(today(), created.entryDate());
        List<Map<String, Object>> lines = storedLines(created.entryId());
        assertEquals(2, lines.size());
        assertEquals(0, new BigDecimal("125.10").compareTo(amountFC(lines.get(0))));
        assertEquals(REVENUE, lines.get(0).get("GLAccount"));
        assertEquals(0, new BigDecimal("0.35").compareTo(amountFC(lines.get(1))));
        assertEquals(MEALS, lines.get(1).get("GLAccount"));
    }

    @Test
    void findByYourRefWithQuotesAndAmpersands() {
        String yourRef = "O'Brien & Zn #7+1 100%";
        String group = "Groep 't Kofschip";
        SalesEntry created = exact.client.createSalesEntry(exact.ctx(DIVISION), invoiceToday(yourRef, group,
                List.of(NewSalesEntryLine.of(REVENUE, new BigDecimal("10"), group))));

        List<SalesEntry> byRef = exact.client.findSalesEntries(exact.ctx(DIVISION),
                SalesEntryQuery.byYourRef(yourRef).inJournal(JOURNAL_SALES));
        List<SalesEntry> byDescription = exact.client.findSalesEntries(exact.ctx(DIVISION),
                new SalesEntryQuery(null, group, CUSTOMER, null));

        assertEquals(List.of(created.entryId()), byRef.stream().map(SalesEntry::entryId).toList());
        assertEquals(List.of(created.entryId()), byDescription.stream().map(SalesEntry::entryId).toList());
        assertTrue(exact.client.findSalesEntries(exact.ctx(DIVISION), SalesEntryQuery.byYourRef("O'Brien"))
                .isEmpty());
    }

    @Test
    void creditNoteWithNegativeAmounts() {
        SalesEntry credit = exact.client.createSalesEntry(exact.ctx(DIVISION), invoiceToday("CN-0001",
                "Creditnota", List.of(NewSalesEntryLine.of(REVENUE, new BigDecimal("-40.00"), "Terugbetaling"))));

        List<Map<String, Object>> lines = storedLines(credit.entryId());

        assertEquals(1, lines.size());
        assertEquals(0, new BigDecimal("-40").compareTo(amountFC(lines.get(0))));
    }

    @Test
    void lineWithCostCenterOnAnAccountThatNeedsOne() {
        UUID trips = id(DIVISION, "GLAccount", GL_REVENUE_TRIPS);
        NewSalesEntryLine line = new NewSalesEntryLine(trips, new BigDecimal("55.00"), "Uitstap", null, null, null,
                COSTCENTER_PRIMARY, null, null, null, null, null);

        SalesEntry created = exact.client.createSalesEntry(exact.ctx(DIVISION),
                invoiceToday("2024-0043", "Uitstap", List.of(line)));

        assertEquals(COSTCENTER_PRIMARY, storedLines(created.entryId()).get(0).get("CostCenter").toString().strip());
    }

    @Test
    void refusedEntryGivesExactsMessageInLines() {
        UUID blocked = id(DIVISION, "GLAccount", GL_REVENUE_BLOCKED);
        UUID trips = id(DIVISION, "GLAccount", GL_REVENUE_TRIPS);

        ExactValidationException e = assertThrows(ExactValidationException.class,
                () -> exact.client.createSalesEntry(exact.ctx(DIVISION), invoiceToday("2024-0044", "Fout",
                        List.of(NewSalesEntryLine.of(blocked, BigDecimal.ONE, "geblokkeerd"),
                                NewSalesEntryLine.of(trips, BigDecimal.ONE, "zonder kostenplaats")))));

        assertEquals(400, e.httpStatus());
        assertFalse(e.lines().isEmpty());
        assertTrue(e.lines().stream().noneMatch(line -> line.contains("\n") || line.isBlank()));
        Exchange failed = exact.exchanges.last();
        assertTrue(failed.failed());
        assertEquals(e.exactMessage(), failed.message());
        assertTrue(exact.client.findSalesEntries(exact.ctx(DIVISION), SalesEntryQuery.byYourRef("2024-0044"))
                .isEmpty());
    }

    @Test
    void postsAskForTheStoredRecordAndAreLogged() {
        exact.exchanges.clear();
        CallContext ctx = exact.ctx(DIVISION).forHost("invoice 2024-0046", "2024-0046").withOperation("post");

        exact.client.createSalesEntry(ctx, invoiceToday("2024-0046", "Log",
                List.of(NewSalesEntryLine.of(REVENUE, new BigDecimal("1.50"), "x"))));

        Exchange post = exact.exchanges.last();
        assertEquals("POST", post.method());
        assertEquals(201, post.httpStatus());
        assertEquals("invoice 2024-0046", post.hostEntity());
        assertEquals("2024-0046", post.searchNumber());
        assertEquals(DIVISION, post.division());
        assertEquals("post: createSalesEntry", post.operation());
        assertEquals("/api/v1/" + DIVISION + "/salesentry/SalesEntries", post.path());
        assertTrue(post.requestBody().contains("\"AmountFC\":1.50"));
        assertTrue(post.requestBody().contains("\"SalesEntryLines\":["));
        assertFalse(post.failed());
    }
}
