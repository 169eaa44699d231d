package io.koppel.client.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The envelope shapes of reference section 3 and the fixtures it lists in section 5.2. */
class ODataEnvelopeTest {

    @Test
    void collectionWithNextLinkKeepsTheLinkVerbatim() {
        String body = "{\"d\":{\"results\":[{\"__metadata\":{\"uri\":\"https://start.exactonline.nl/api/v1/499156/"
                + "financial/GLAccounts(guid'39849964-5a3e-4b3a-9a0e-0a0b0c0d0e0f')\",\"type\":\"Exact.Web.Api.Models"
                + ".GLAccount\"},\"Code\":\"8000\",\"ID\":\"39849964-5a3e-4b3a-9a0e-0a0b0c0d0e0f\"}],"
                + "\"__next\":\"https://start.exactonline.nl/api/v1/499156/financial/GLAccounts?$skiptoken="
                + "guid'39849964-5a3e-4b3a-9a0e-0a0b0c0d0e0f'\"}}";

        ODataPage page = ODataEnvelope.page(body);

        assertEquals(1, page.records().size());
        assertEquals("8000", page.records().get(0).code("Code"));
        assertEquals(URI.create("https://start.exactonline.nl/api/v1/499156/financial/GLAccounts?$skiptoken="
                + "guid'39849964-5a3e-4b3a-9a0e-0a0b0c0d0e0f'"), page.next());
    }

    @Test
    void lastPageHasNoNext() {
        ODataPage page = ODataEnvelope.page("{\"d\":{\"results\":[{\"Code\":\"1\"},{\"Code\":\"2\"}]}}");

        assertEquals(2, page.records().size());
        assertNull(page.next());
    }

    @Test
    void emptyResultsAreAnEmptyPage() {
        assertTrue(ODataEnvelope.page("{\"d\":{\"results\":[]}}").records().isEmpty());
    }

    @Test
    void singleRecordUnderDIsAPageOfOne() {
        String body = "{\"d\":{\"__metadata\":{\"uri\":\"https://start.exactonline.nl/api/v1/499156/salesinvoice/"
                + "SalesInvoices(guid'c00ee12c-0000-0000-0000-000000000001')\",\"type\":\"Exact.Web.Api.Models."
                + "SalesInvoice\"},\"InvoiceID\":\"c00ee12c-0000-0000-0000-000000000001\",\"AmountDC\":9075,"
                + "\"InvoiceDate\":\"/Date(1351209600000)/\"}}";

        JsonRecord record = ODataEnvelope.single(body);

        assertEquals(UUID.fromString("c00ee12c-0000-0000-0000-000000000001"), record.uuid("InvoiceID"));
        assertEquals(new BigDecimal("9075"), record.decimal("AmountDC"));
        assertEquals(java.time.LocalDate.of(2012, 10, 26), record.date("InvoiceDate"));
    }

    @Test
    void bareArrayWithoutDAndPaddedCodes() {
        // dotnet fixture Response_Json_Array_Account.txt: no "d", Code right-aligned, Country with a trailing space
        String body = "[{\"Code\":\"                 8\",\"Country\":\"NL \",\"Language\":\"NL        \","
                + "\"Name\":\"Klant 8\"}]";

        ODataPage page = ODataEnvelope.page(body);

        assertEquals(1, page.records().size());
        JsonRecord record = page.records().get(0);
        assertEquals("8", record.code("Code"));
        assertEquals("NL", record.code("Country"));
        assertEquals("NL", record.code("Language"));
        assertNull(page.next());
    }

    @Test
    void bareObjectWithoutD() {
        JsonRecord record = ODataEnvelope.single("{\"Code\":\"   100\",\"Name\":\"x\"}");

        assertEquals("100", record.code("Code"));
    }

    @Test
    void dAsBareArray() {
        // picqer tests/fixtures/item.json
        ODataPage page = ODataEnvelope.page("{\"d\":[{\"Code\":\"A\"},{\"Code\":\"B\"}]}");

        assertEquals(List.of("A", "B"), page.records().stream().map(r -> r.code("Code")).toList());
    }

    @Test
    void countComesAsString() {
        ODataPage page = ODataEnvelope.page("{\"d\":{\"__count\":\"1234\",\"results\":[{\"Code\":\"A\"}]}}");

        assertEquals(1234L, page.count());
    }

    @Test
    void deferredNavigationIsNotLoaded() {
        JsonRecord record = ODataEnvelope.single("{\"d\":{\"EntryID\":\"c00ee12c-0000-0000-0000-000000000001\","
                + "\"SalesEntryLines\":{\"__deferred\":{\"uri\":\"https://start.exactonline.be/api/v1/1/salesentry/"
                + "SalesEntries(guid'c00ee12c-0000-0000-0000-000000000001')/SalesEntryLines\"}}}}");

        assertNull(record.expanded("SalesEntryLines"));
    }

    @Test
    void expandedNavigationWithEmptyResults() {
        // APIResponse_Json_Array_WithEmptyLinkedEntities.txt
        ODataPage page = ODataEnvelope.page("{\"d\":{\"results\":[{\"BankAccounts\":{\"results\":[]}}]}}");

        assertEquals(List.of(), page.records().get(0).expanded("BankAccounts"));
    }

    @Test
    void expandedNavigationWithRecords() {
        JsonRecord record = ODataEnvelope.single("{\"d\":{\"SalesEntryLines\":{\"results\":[{\"AmountFC\":12.10},"
                + "{\"AmountFC\":-3}]}}}");

        List<JsonRecord> lines = record.expanded("SalesEntryLines");
        assertEquals(new BigDecimal("12.10"), lines.get(0).decimal("AmountFC"));
        assertEquals(new BigDecimal("-3"), lines.get(1).decimal("AmountFC"));
    }

    @Test
    void meIsACollectionOfOne() {
        // ruby spec/response_spec.rb
        String body = "{\"d\":{\"results\":[{\"__metadata\":{\"uri\":\"https://start.exactonline.nl/api/v1/current/"
                + "Me(guid'29dee5ea-0d6f-4b2c-9a2e-3c4d5e6f7a8b')\",\"type\":\"Exact.Web.Api.System.Me\"},"
                + "\"CurrentDivision\":797636,\"UserID\":\"29dee5ea-0d6f-4b2c-9a2e-3c4d5e6f7a8b\"}]}}";

        ODataPage page = ODataEnvelope.page(body);

        assertEquals(797636, page.records().get(0).integer("CurrentDivision"));
    }

    @Test
    void corruptJsonIsMalformed() {
        // Response_Json_Object_GLAccount_WithCorruptJson.txt in spirit: cut off mid-record
        assertThrows(MalformedResponseException.class,
                () -> ODataEnvelope.page("{\"d\":{\"results\":[{\"Code\":\"8000\",\"Descr"));
    }

    @Test
    void emptyBodyIsMalformed() {
        assertThrows(MalformedResponseException.class, () -> ODataEnvelope.page(""));
    }

    @Test
    void htmlIsMalformed() {
        assertThrows(MalformedResponseException.class,
                () -> ODataEnvelope.page("<html><body>Service unavailable</body></html>"));
    }

    @Test
    void singleRefusesACollectionOfTwo() {
        assertThrows(MalformedResponseException.class,
                () -> ODataEnvelope.single("{\"d\":{\"results\":[{\"A\":1},{\"A\":2}]}}"));
    }
}
