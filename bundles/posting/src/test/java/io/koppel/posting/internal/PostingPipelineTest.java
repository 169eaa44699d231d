package io.koppel.posting.internal;

import static io.koppel.posting.internal.Documents.address;
import static io.koppel.posting.internal.Documents.invoice;
import static io.koppel.posting.internal.Documents.line;
import static io.koppel.posting.internal.Documents.meals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Posting;
import io.koppel.client.SimulatorExtension;
import io.koppel.posting.WorkReasons;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.DatabaseKind;
import io.koppel.store.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Printed documents on their way to the simulator, each status and reason a clerk may see. */
class PostingPipelineTest {
    private static final int DIVISION = DefaultDataSet.DIVISION;
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.builder().rateLimitsEnabled(false).build());
    private final ExactSimulator simulator = exact.simulator();
    private final TestDatabase database = TestDatabase.migrated(DatabaseKind.H2);
    @RegisterExtension
    final PostingFixture koppel = PostingFixture.connectedOn(simulator, database.store());

    @Test
    void aFirstInvoiceCreatesTheCustomerWithMandateInFourCalls() throws Exception {
        BillingAddress address = Documents.withMandate(address("16371"), "MAND-16371", Documents.VALID_IBAN,
                Documents.VALID_BIC);
        HostDocument document = invoice("1001", address, meals("42.50"), line("Uitstappen", "17.25",
                DefaultDataSet.GL_REVENUE));
        warmReferenceData();
        long before = lastCall();

        assertEquals(Status.NEW, koppel.submit(document).get(0).status());
        koppel.drain();

        Posting posting = koppel.posting("1001");
        assertEquals(Status.COMPLETED, posting.status(), String.valueOf(posting.reason()));
        assertNotNull(posting.exactEntryNumber().orElse(null));
        assertEquals(List.of("POST crm/Accounts", "POST crm/BankAccounts", "POST cashflow/DirectDebitMandates",
                "POST salesentry/SalesEntries"), callsSince(before));

        Map<String, Object> customer = single("crm/Accounts", Map.of("CodeAtSupplier", "KOP00019724_00016371"));
        assertEquals("Peeters", customer.get("Name"));
        assertEquals("C", customer.get("Status"));
        assertEquals("16371", customer.get("Remarks"));
        assertEquals("ouders.peeters@example.be", customer.get("Email"));
        assertEquals("MAND-16371", single("cashflow/DirectDebitMandates", Map.of("Reference", "MAND-16371"))
                .get("Reference"));
        Map<String, Object> entry = single("salesentry/SalesEntries", Map.of("YourRef", document.ogm()));
        assertEquals(customer.get("ID"), entry.get("Customer"));
        assertEquals(DefaultDataSet.JOURNAL_SALES, entry.get("Journal"));
        assertEquals(60, ((String) entry.get("Description")).length());
        assertEquals(posting.exactEntryNumber().get(), ((Number) entry.get("EntryNumber")).intValue());
    }

    @Test
    void afterARestoreARecoveryAdoptsWhatExactHoldsInsteadOfMakingItTwice() throws Exception {
        BillingAddress address = Documents.withMandate(address("16380"), "MAND-16380", Documents.VALID_IBAN,
                Documents.VALID_BIC);
        HostDocument document = invoice("9101", address, meals("42.50"));
        koppel.submit(document);
        koppel.drain();
        int booked = koppel.posting("9101").exactEntryNumber().orElseThrow();
        // Koppel's database restored from a backup made before: neither the posting nor the customer's link is in it
        TestDatabase.execute(database.dataSource(), "DELETE FROM koppel_posting", "DELETE FROM koppel_account_link");
        long before = lastCall();

        koppel.service.recover(java.time.Instant.EPOCH, java.time.Duration.ofDays(7));
        koppel.submit(document);
        koppel.drain();

        Posting again = koppel.posting("9101");
        assertEquals(Status.COMPLETED, again.status(), String.valueOf(again.reason()));
        assertEquals(booked, again.exactEntryNumber().orElseThrow(), "the entry Exact holds is adopted");
        assertTrue(callsSince(before).stream().noneMatch(call -> call.startsWith("POST")), callsSince(before).toString());
        assertEquals(4, callsSince(before).size(), "account, bank account, mandate and entry looked up: "
                + callsSince(before));
        assertEquals(1, simulator.rows(DIVISION, "crm/Accounts", Map.of("Remarks", "16380")).size());
        assertEquals(1, simulator.rows(DIVISION, "salesentry/SalesEntries", Map.of("YourRef", document.ogm())).size());
    }

    @Test
    void anInvoiceForAKnownCustomerCostsOneCall() throws Exception {
        koppel.submit(invoice("2001", address("16372"), meals("10")));
        koppel.drain();
        long before = lastCall();

        koppel.submit(invoice("2002", address("16372"), meals("12")));
        koppel.drain();

        assertEquals(Status.COMPLETED, koppel.posting("2002").status());
        assertEquals(List.of("POST salesentry/SalesEntries"), callsSince(before));
        assertEquals(1, simulator.rows(DIVISION, "crm/Accounts", Map.of("Remarks", "16372")).size());
    }

    @Test
    void aNegativeInvoiceIsACreditNoteInTheCreditNoteJournal() throws Exception {
        koppel.submit(invoice("3001", address("16373"), meals("-15.00")));
        koppel.drain();

        Posting credit = koppel.posting("3001");
        assertEquals(Status.COMPLETED, credit.status(), String.valueOf(credit.reason()));
        assertEquals(DocumentType.CREDIT_NOTE, credit.type());
        Map<String, Object> entry = single("salesentry/SalesEntries", Map.of("YourRef",
                invoice("3001", address("16373")).ogm()));
        assertEquals(DefaultDataSet.JOURNAL_SALES_BOARDING, entry.get("Journal"));
        assertEquals(21, ((Number) entry.get("Type")).intValue());
    }

    @Test
    void aSplitInvoiceMakesTwoCustomers() throws Exception {
        HostDocument mother = invoice("4001", address("20001"), meals("30"));
        HostDocument father = new HostDocument(mother.hostEntity(), mother.hostInvoiceId(), "4002", mother.type(),
                mother.printDate(), mother.dueDate(), mother.description(), invoice("4002", address("x")).ogm(),
                address("20002"), mother.lines());
        koppel.submit(mother, father);
        koppel.drain();

        assertEquals(Status.COMPLETED, koppel.posting("4001").status());
        assertEquals(Status.COMPLETED, koppel.posting("4002").status());
        assertEquals(1, simulator.rows(DIVISION, "crm/Accounts", Map.of("Remarks", "20001")).size());
        assertEquals(1, simulator.rows(DIVISION, "crm/Accounts", Map.of("Remarks", "20002")).size());
    }

    @Test
    void whatKoppelCanCheckFailsWithoutCallingExact() throws Exception {
        BillingAddress address = address("30000");
        Map<HostDocument, ReasonCode> bad = new java.util.LinkedHashMap<>();
        bad.put(invoice("5001", Documents.named(address("30001"), " "), meals("1")), ReasonCode.REQUIRED_VALUE_EMPTY);
        bad.put(Documents.withOgm(invoice("5002", address, meals("1")), "+++090/9337/55494+++"), ReasonCode.OGM_INVALID);
        bad.put(invoice("5003", Documents.withMandate(address("30003"), "M-1", "BE68539007547035", Documents.VALID_BIC),
                meals("1")), ReasonCode.IBAN_INVALID);
        bad.put(invoice("5004", Documents.withMandate(address("30004"), "M-2", Documents.VALID_IBAN, "GKCC"),
                meals("1")), ReasonCode.BIC_INVALID);
        bad.put(invoice("5005", address, line("Zonder rekening", "1", " ")), ReasonCode.LINE_WITHOUT_GL_ACCOUNT);
        bad.put(invoice("5006", address, line("Onbekend", "1", "799999")), ReasonCode.GL_ACCOUNT_NOT_FOUND);
        bad.put(invoice("5007", address, line("Geblokkeerd", "1", DefaultDataSet.GL_REVENUE_BLOCKED)),
                ReasonCode.GL_ACCOUNT_BLOCKED);
        bad.put(invoice("5008", address, line("Aankoop", "1", DefaultDataSet.GL_PURCHASES)),
                ReasonCode.GL_ACCOUNT_WRONG_TYPE);
        bad.put(invoice("5009", address, line("Uitstap", "1", DefaultDataSet.GL_REVENUE_TRIPS)),
                ReasonCode.COST_CODE_REQUIRED);
        bad.put(Documents.printedOn(invoice("5010", address, meals("1")), java.time.LocalDate.of(2001, 5, 1)),
                ReasonCode.FINANCIAL_YEAR_MISSING);
        warmReferenceData();
        long before = lastCall();

        koppel.service.submit(List.copyOf(bad.keySet()));
        koppel.drain();

        for (Map.Entry<HostDocument, ReasonCode> expected : bad.entrySet()) {
            Posting posting = koppel.posting(expected.getKey().documentNumber());
            assertEquals(Status.FAILED, posting.status(), posting.documentNumber());
            assertEquals(expected.getValue(), posting.reason().orElseThrow().code(), posting.documentNumber());
        }
        assertTrue(callsSince(before).stream().noneMatch(call -> call.startsWith("POST")), callsSince(before).toString());
    }

    @Test
    void exactsRefusalsReachTheClerkAsReasons() throws Exception {
        linkTo("40001", DefaultDataSet.CUSTOMER_BLOCKED);
        linkTo("40002", DefaultDataSet.CUSTOMER_OTHER_RECEIVABLES);
        koppel.submit(
                Documents.printedOn(invoice("6001", address("40000"), meals("5")),
                        java.time.LocalDate.now().minusYears(1).withMonth(12).withDayOfMonth(31)),
                invoice("6002", address("40001"), meals("5")),
                invoice("6003", address("40002"), meals("5")),
                invoice("6004", Documents.withMandate(address("40004"), DefaultDataSet.MANDATE_REFERENCE,
                        Documents.VALID_IBAN, Documents.VALID_BIC), meals("5")));
        koppel.drain();

        Posting closed = koppel.posting("6001");
        assertEquals(ReasonCode.PERIOD_CLOSED, closed.reason().orElseThrow().code(), String.valueOf(closed.reason()));
        assertEquals(List.of(String.valueOf(java.time.LocalDate.now().getYear() - 1), "12"),
                closed.reason().get().arguments());
        assertEquals(ReasonCode.CUSTOMER_INACTIVE, koppel.posting("6002").reason().orElseThrow().code());
        Posting otherReceivables = koppel.posting("6003");
        assertEquals(ReasonCode.EXACT_REJECTED, otherReceivables.reason().orElseThrow().code());
        assertTrue(otherReceivables.reason().get().text(new java.util.Locale("nl")).contains("klantenrekening"));
        Posting duplicateMandate = koppel.posting("6004");
        assertEquals(ReasonCode.MANDATE_REFERENCE_EXISTS, duplicateMandate.reason().orElseThrow().code());
        assertEquals("Bestaat reeds: Mandaat referentie MAND-1001. Corrigeer het dubbele mandaat en boek opnieuw door.",
                duplicateMandate.reason().get().text(new java.util.Locale("nl")));
        for (String failed : List.of("6001", "6002", "6003", "6004")) {
            assertEquals(Status.FAILED, koppel.posting(failed).status());
        }
    }

    @Test
    void aCustomerWhoseMandateFailedIsResumedNotCreatedTwice() throws Exception {
        HostDocument duplicateMandate = invoice("7001", Documents.withMandate(address("50001"),
                DefaultDataSet.MANDATE_REFERENCE, Documents.VALID_IBAN, Documents.VALID_BIC), meals("5"));
        koppel.submit(duplicateMandate);
        koppel.drain();
        assertEquals(ReasonCode.MANDATE_REFERENCE_EXISTS, koppel.posting("7001").reason().orElseThrow().code());

        HostDocument corrected = invoice("7001", Documents.withMandate(address("50001"), "MAND-50001",
                Documents.VALID_IBAN, Documents.VALID_BIC), meals("5"));
        long before = lastCall();
        koppel.submit(corrected);
        koppel.drain();

        assertEquals(Status.COMPLETED, koppel.posting("7001").status(), String.valueOf(koppel.posting("7001").reason()));
        assertEquals(List.of("POST cashflow/DirectDebitMandates", "POST salesentry/SalesEntries"), callsSince(before));
        assertEquals(1, simulator.rows(DIVISION, "crm/Accounts", Map.of("Remarks", "50001")).size());
    }

    @Test
    void aCustomerExactNoLongerKnowsIsCreatedAnewOnTheNextPosting() throws Exception {
        koppel.store.execute(session -> session.mapper(AccountLinkMapper.class).insert(new AccountLinkRow("60001",
                DIVISION, "19724", java.util.UUID.randomUUID().toString(), null, null, false, false,
                java.time.Instant.now(), java.time.Instant.now())));
        koppel.submit(invoice("8001", address("60001"), meals("5")));
        koppel.drain();

        Posting gone = koppel.posting("8001");
        assertEquals(Status.FAILED, gone.status());
        assertEquals(ReasonCode.CUSTOMER_NOT_FOUND, gone.reason().orElseThrow().code(), String.valueOf(gone.reason()));

        koppel.service.repost(List.of("8001"));
        koppel.drain();
        Posting again = koppel.posting("8001");
        assertEquals(Status.COMPLETED, again.status(), String.valueOf(again.reason()));
        assertEquals(1, simulator.rows(DIVISION, "crm/Accounts", Map.of("Remarks", "60001")).size());
    }

    @Test
    void postingsWaitForAnIncompleteConnectionAndThenGo() throws Exception {
        koppel.connections.connect("school-2", DIVISION, null, null, null, null);
        HostDocument waiting = new HostDocument("school-2", "INV-9001", "9001", DocumentType.INVOICE,
                Documents.thisYear(11, 3), null, "Rekening", invoice("9001", address("x")).ogm(), address("70001"),
                List.of(meals("8")));
        koppel.submit(waiting);
        koppel.drain();

        Posting parked = koppel.posting("9001");
        assertEquals(Status.NEW, parked.status());
        assertEquals(ReasonCode.CONNECTION_INCOMPLETE, parked.reason().orElseThrow().code());

        koppel.connections.connections().setJournals("school-2", DefaultDataSet.JOURNAL_SALES,
                DefaultDataSet.JOURNAL_SALES_BOARDING);
        koppel.later(WorkReasons.CONNECTION_RECHECK.plusSeconds(1));
        assertEquals(Status.COMPLETED, koppel.posting("9001").status());
    }

    private void linkTo(String addressId, String customerCode) {
        koppel.store.execute(session -> session.mapper(AccountLinkMapper.class).insert(new AccountLinkRow(addressId,
                DIVISION, "19724", DefaultDataSet.id(DIVISION, "Account", customerCode).toString(), null, null, false,
                false, java.time.Instant.now(), java.time.Instant.now())));
    }

    /** Posts one document so the division's reference data is cached before calls are counted. */
    private void warmReferenceData() throws Exception {
        koppel.submit(invoice("1", address("1"), meals("1")));
        koppel.drain();
    }

    private long lastCall() {
        List<RecordedCall> calls = simulator.calls();
        return calls.isEmpty() ? 0 : calls.get(calls.size() - 1).sequence();
    }

    private List<String> callsSince(long sequence) {
        return simulator.calls(new CallFilter(null, "/api/v1/", null, null, sequence)).stream()
                .map(call -> call.method() + " " + call.endpoint())
                .toList();
    }

    private Map<String, Object> single(String entity, Map<String, String> where) {
        List<Map<String, Object>> rows = simulator.rows(DIVISION, entity, where);
        assertEquals(1, rows.size(), entity + " " + where + ": " + rows);
        return rows.get(0);
    }
}
