package io.koppel.simulator;

import static io.koppel.simulator.DefaultDataSet.CLIENT_ID;
import static io.koppel.simulator.DefaultDataSet.CLIENT_SECRET;
import static io.koppel.simulator.DefaultDataSet.PASSWORD;
import static io.koppel.simulator.DefaultDataSet.USERNAME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional grace in which a just-replaced refresh token still works, as some Exact apps have it. */
class RefreshGraceTest {
    private static final String REDIRECT = "http://localhost/koppel/oauth/callback";

    @Test
    void aReplacedRefreshTokenWorksWithinTheGraceAndNotAfter() {
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().refreshGraceSeconds(600).build())) {
            SimHttp http = new SimHttp(sim.baseUrl());
            JsonNode first = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD);
            http.control("clock", Map.of("advanceSeconds", 575));
            assertEquals(200, http.form("/api/oauth2/token", refresh(first)).statusCode());

            HttpResponse<String> replayed = http.form("/api/oauth2/token", refresh(first));
            assertEquals(200, replayed.statusCode(), replayed.body());
            assertEquals(200, http.get("current/Me", SimHttp.json(replayed).get("access_token").asText()).statusCode());

            http.control("clock", Map.of("advanceSeconds", 601));
            HttpResponse<String> late = http.form("/api/oauth2/token", refresh(first));
            assertEquals(401, late.statusCode());
            assertEquals("{\"error\":\"unauthorized_client\",\"error_description\":\"Old refresh token used.\"}", late.body());
        }
    }

    private static Map<String, String> refresh(JsonNode tokens) {
        return Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asText(),
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET);
    }
}
