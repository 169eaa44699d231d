package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.koppel.simulator.DefaultDataSet.*;
import static org.junit.jupiter.api.Assertions.*;

class DocumentsAndWebhooksTest extends SimulatorTestBase {
    private HttpServer callback;
    private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final AtomicInteger callbackStatus = new AtomicInteger(200);

    @BeforeEach
    void startCallback() throws Exception {
        callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callback.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(callbackStatus.get(), -1);
            exchange.close();
        });
        callback.start();
    }

    @AfterEach
    void stopCallback() {
        callback.stop(0);
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + callback.getAddress().getPort() + "/hook";
    }

    @Test
    void documentWithPdfAttachmentAndDownload() {
        HttpResponse<String> invalid = http.post(div("documents/Documents"), token, Map.of("Account", customer(CUSTOMER_ACTIVE)));
        assertEquals("Verplicht: Onderwerp\r\nVerplicht: Type", SimHttp.errorMessage(invalid));
        JsonNode doc = created(http.post(div("documents/Documents"), token, Map.of("Subject", "Factuur 1", "Type", 10,
                "Account", customer(CUSTOMER_ACTIVE))));
        byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.UTF_8);
        JsonNode att = created(http.post(div("documents/DocumentAttachments"), token, Map.of("Document", doc.get("ID").asText(),
                "FileName", "factuur.pdf", "Attachment", Base64.getEncoder().encodeToString(pdf))));
        assertEquals(pdf.length, att.get("FileSize").asInt());
        HttpResponse<String> download = http.send(http.api(att.get("Url").asText() + "&Download=1", token).GET());
        assertEquals(200, download.statusCode());
        assertEquals("%PDF-1.4 fake", download.body());
        assertEquals(405, http.put(div("documents/DocumentAttachments(guid'" + att.get("ID").asText() + "')"), token,
                Map.of("FileName", "x.pdf")).statusCode(), "attachments have no PUT");
        HttpResponse<String> badDoc = http.post(div("documents/DocumentAttachments"), token, Map.of("Document",
                "11111111-2222-3333-4444-555555555555", "FileName", "a.pdf", "Attachment", "AAAA"));
        assertEquals("Ongeldige referentie: Document", SimHttp.errorMessage(badDoc));
        // the sales entry can point at the document
        JsonNode e = created(postEntry(Map.of("Journal", JOURNAL_SALES, "Customer", customer(CUSTOMER_ACTIVE),
                "EntryDate", thisYear("03-15"), "Document", doc.get("ID").asText(),
                "SalesEntryLines", java.util.List.of(line(GL_REVENUE, 1)))));
        assertEquals("Factuur 1", e.get("DocumentSubject").asText());
    }

    @Test
    void subscriptionIsValidatedAndEventsAreSigned() throws Exception {
        JsonNode sub = created(http.post(div("webhooks/WebhookSubscriptions"), token, Map.of("CallbackURL", hookUrl(),
                "Topic", "Accounts")));
        assertEquals(CLIENT_ID, sub.get("ClientID").asText());
        assertEquals("", received.poll(5, TimeUnit.SECONDS), "validation POST has an empty body");

        JsonNode account = created(http.post(div("crm/Accounts"), token, Map.of("Name", "Webhook klant", "Status", "C")));
        String payload = received.poll(5, TimeUnit.SECONDS);
        assertNotNull(payload, "event delivered");
        Matcher m = Pattern.compile("^\\{\"Content\":(.*),\"HashCode\":\"(.*)\"}$").matcher(payload);
        assertTrue(m.matches(), payload);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().withUpperCase().formatHex(mac.doFinal(m.group(1).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, m.group(2));
        JsonNode content = SimHttp.JSON.readTree(m.group(1));
        assertEquals("Accounts", content.get("Topic").asText());
        assertEquals("Create", content.get("Action").asText());
        assertEquals(DIVISION, content.get("Division").asInt());
        assertEquals(account.get("ID").asText(), content.get("Key").asText());
        String endpoint = content.get("ExactOnlineEndpoint").asText();
        assertTrue(endpoint.endsWith("/crm/Accounts(guid'" + account.get("ID").asText() + "')"), endpoint);
        assertEquals(200, http.get(endpoint, token).statusCode());

        created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "W-1",
                java.util.List.of(line(GL_REVENUE, 1)))));
        assertNull(received.poll(300, TimeUnit.MILLISECONDS), "no SalesEntries subscription, no event");
    }

    @Test
    void failingCallbackFailsTheSubscription() {
        callbackStatus.set(500);
        HttpResponse<String> r = http.post(div("webhooks/WebhookSubscriptions"), token, Map.of("CallbackURL", hookUrl(),
                "Topic", "SalesEntries"));
        assertEquals(500, r.statusCode());
        assertEquals("Invalid: Post to callback URL endpoint returns 500", SimHttp.errorMessage(r));
        HttpResponse<String> badTopic = http.post(div("webhooks/WebhookSubscriptions"), token, Map.of("CallbackURL", hookUrl(),
                "Topic", "DirectDebitMandates"));
        assertEquals("Ongeldig: Topic", SimHttp.errorMessage(badTopic));
    }
}
