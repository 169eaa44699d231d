package io.koppel.client.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.client.ODataFilter;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiUrlTest {
    private static final URI SITE = URI.create("https://start.exactonline.be/");

    @Test
    void filterIsEncodedOnce() {
        URI uri = ApiUrl.entity(SITE, 100001, "salesentry/SalesEntries")
                .param("$filter", ODataFilter.eq("YourRef", "O'Brien & Zn #1+2 100%").expression())
                .param("$select", "EntryID,EntryNumber")
                .toUri();

        assertEquals("https://start.exactonline.be/api/v1/100001/salesentry/SalesEntries?$filter=YourRef%20eq%20"
                + "'O''Brien%20%26%20Zn%20%231%2B2%20100%25'&$select=EntryID,EntryNumber", uri.toString());
        assertEquals("YourRef eq 'O''Brien & Zn #1+2 100%'", uri.getQuery().split("&\\$select")[0]
                .substring("$filter=".length()));
    }

    @Test
    void nonAsciiIsUtf8() {
        assertEquals("Caf%C3%A9", ApiUrl.encode("Café"));
    }

    @Test
    void keyAndMe() {
        UUID id = UUID.fromString("c00ee12c-0000-0000-0000-000000000001");

        assertEquals("https://start.exactonline.be/api/v1/7/crm/Accounts(guid'" + id + "')",
                ApiUrl.entity(SITE, 7, "crm/Accounts", id).toUri().toString());
        assertEquals("https://start.exactonline.be/api/v1/current/Me?$select=UserID",
                ApiUrl.me(SITE).param("$select", "UserID").toUri().toString());
    }

    @Test
    void emptyParametersAreLeftOut() {
        assertEquals("https://start.exactonline.be/api/v1/7/hrm/Costcenters?$select=ID",
                ApiUrl.entity(SITE, 7, "hrm/Costcenters").param("$filter", "").param("$select", "ID").toUri()
                        .toString());
    }
}
