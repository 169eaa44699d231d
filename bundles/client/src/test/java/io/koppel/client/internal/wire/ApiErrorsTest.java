package io.koppel.client.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactException;
import io.koppel.client.ExactNotFoundException;
import io.koppel.client.ExactTransientException;
import io.koppel.client.ExactValidationException;
import io.koppel.client.internal.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error bodies as quoted in the reference, section 3 and 5.2. */
class ApiErrorsTest {

    private static ExactException map(int status, String body) {
        return ApiErrors.map(new HttpResponse(status, Map.of(), body));
    }

    @Test
    void severalMessagesInOneValueAreSplitIntoLines() {
        // picqer #10
        ExactException e = map(400, "{\"error\":{\"code\":\"\",\"message\":{\"lang\":\"\",\"value\":"
                + "\"Verplicht: Factuur voor\\r\\nVerplicht: Besteld door\"}}}");

        ExactValidationException validation = assertInstanceOf(ExactValidationException.class, e);
        assertEquals("Verplicht: Factuur voor\r\nVerplicht: Besteld door", validation.exactMessage());
        assertEquals(List.of("Verplicht: Factuur voor", "Verplicht: Besteld door"), validation.lines());
        assertEquals(400, validation.httpStatus());
    }

    @Test
    void prettyPrintedBodyWithCrlf() {
        // ruby spec/response_spec.rb error_json
        String body = "{\r\n  \"error\": {\r\n    \"code\": \"\", \"message\": {\r\n      \"lang\": \"\", \"value\": "
                + "\"Unrecognized 'Edm.Guid' literal 'guid'dsadsds'' in '6'.\"\r\n    }\r\n  }\r\n}";

        ExactValidationException e = assertInstanceOf(ExactValidationException.class, map(400, body));

        assertEquals(List.of("Unrecognized 'Edm.Guid' literal 'guid'dsadsds'' in '6'."), e.lines());
    }

    @Test
    void mandatoryFilteringIsAValidationError() {
        // picqer #591
        String text = "This endpoint has mandatory filtering applied. A GET request for this endpoint must have a"
                + " $filter parameter with one of the following fields in the url: Code, ID";
        ExactValidationException e = assertInstanceOf(ExactValidationException.class,
                map(400, "{\"error\":{\"code\":\"\",\"message\":{\"lang\":\"\",\"value\":\"" + text + "\"}}}"));

        assertEquals(text, e.exactMessage());
    }

    @Test
    void notFound() {
        // mcnijman api/client_test.go shape
        ExactException e = map(404, "{\"error\": {\"code\": \"\",\"message\": {\"lang\": \"\",\"value\": "
                + "\"Niet gevonden: SalesEntries\"}}}");

        assertInstanceOf(ExactNotFoundException.class, e);
        assertEquals("Niet gevonden: SalesEntries", e.getMessage());
    }

    @Test
    void unauthorizedAndForbidden() {
        ExactAuthorizationException unauthorized = assertInstanceOf(ExactAuthorizationException.class,
                map(401, ""));
        ExactAuthorizationException forbidden = assertInstanceOf(ExactAuthorizationException.class,
                map(403, "{\"error\":{\"code\":\"\",\"message\":{\"lang\":\"\",\"value\":\"Forbidden\"}}}"));

        assertEquals(ExactAuthorizationException.Reason.UNAUTHORIZED, unauthorized.reason());
        assertFalse(unauthorized.needsConsent());
        assertEquals(ExactAuthorizationException.Reason.FORBIDDEN, forbidden.reason());
    }

    @Test
    void serverErrorIsTransientAndMayHaveReachedExact() {
        // picqer #91
        ExactTransientException e = assertInstanceOf(ExactTransientException.class,
                map(500, "{\"error\":{\"code\":\"\",\"message\":{\"lang\":\"\",\"value\":\"A problem has occurred."
                        + " The cause of this issue will be investigated as soon as possible.\"}}}"));

        assertTrue(e.mayHaveReachedExact());
        assertEquals("A problem has occurred. The cause of this issue will be investigated as soon as possible.",
                e.getMessage());
    }

    @Test
    void plainMessageAndNonJsonBodies() {
        assertEquals("plain", map(400, "{\"error\":{\"message\":\"plain\"}}").getMessage());
        assertEquals("<html>Bad gateway</html>", map(502, "<html>Bad gateway</html>").getMessage());
        assertEquals("HTTP 503", map(503, "").getMessage());
    }

    @Test
    void reasonHeaderIsKept() {
        ExactException e = ApiErrors.map(new HttpResponse(400, Map.of("Reason", "Something specific"),
                "{\"error\":{\"code\":\"\",\"message\":{\"lang\":\"\",\"value\":\"Refused\"}}}"));

        assertEquals("Refused (Reason: Something specific)", e.getMessage());
    }
}
