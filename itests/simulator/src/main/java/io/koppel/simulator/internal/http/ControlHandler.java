package io.koppel.simulator.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.AppRegistration;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.PaymentKind;
import io.koppel.simulator.PaymentRequest;
import io.koppel.simulator.SeedMode;
import io.koppel.simulator.SimUser;
import io.koppel.simulator.SimulatorClock;
import io.koppel.simulator.TokenPair;
import io.koppel.simulator.internal.SimulatorRuntime;
import io.koppel.simulator.internal.control.Control;
import io.koppel.simulator.internal.entities.EntitySet;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.model.EdmValues;
import io.koppel.simulator.internal.model.Field;
import io.koppel.simulator.internal.model.Json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The control API under /_sim (JSON in, JSON out): reset, clock, faults, tokens, apps and users, divisions
 * and periods, payments, the call log and counters, data inspection and seeding, rate limits, webhook
 * deliveries. Errors answer 400 {"error":"..."}. Listed in the README.
 */
public final class ControlHandler {
    private final SimulatorRuntime rt;
    private final Control control;

    public ControlHandler(SimulatorRuntime rt, Control control) {
        this.rt = rt;
        this.control = control;
    }

    public void handle(Request req) {
        Response response;
        try {
            Object result = route(req, req.path().substring("/_sim".length()));
            response = result == null ? Response.empty(204) : Response.json(200, Json.MAPPER.writeValueAsBytes(result));
        } catch (IllegalArgumentException | ApiError | IllegalStateException e) {
            response = error(400, e.getMessage());
        } catch (NotFound e) {
            response = error(404, "no control endpoint " + req.method() + " " + req.path());
        } catch (IOException e) {
            response = error(400, "invalid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            response = error(500, e.toString());
        }
        ResponseWriter.send(req.exchange(), response);
    }

    private static final class NotFound extends RuntimeException {
        NotFound() {
            super(null, null, false, false);
        }
    }

    private Object route(Request req, String path) throws IOException {
        String m = req.method();
        JsonNode body = "POST".equals(m) || "PUT".equals(m) ? body(req) : Json.MAPPER.createObjectNode();
        switch (path) {
            case "/health":
                return Map.of("status", "ok");
            case "/reset":
                control.reset(body.hasNonNull("seed") ? SeedMode.parse(body.get("seed").asText()) : rt.config().seed());
                return Map.of("reset", true);
            case "/clock":
                if ("POST".equals(m)) {
                    clock(body);
                }
                return clockState();
            case "/faults":
                if ("POST".equals(m)) {
                    return Map.of("id", control.addFault(fault(body)));
                }
                if ("DELETE".equals(m)) {
                    control.clearFaults();
                    return null;
                }
                return control.faults();
            case "/tokens/revoke":
                return Map.of("revoked", control.revokeTokens(text(body, "clientId"), text(body, "username")));
            case "/tokens/issue": {
                TokenPair pair = control.issueTokens(required(body, "clientId"), required(body, "username"));
                return Map.of("access_token", pair.accessToken(), "refresh_token", pair.refreshToken(),
                        "expires_in", pair.expiresIn());
            }
            case "/apps":
                if ("POST".equals(m)) {
                    control.registerApp(app(body));
                }
                return control.apps();
            case "/users":
                if ("POST".equals(m)) {
                    control.addUser(user(body));
                }
                return control.users();
            case "/divisions":
                control.addDivision(body.path("code").asInt(), required(body, "description"),
                        body.path("referenceData").asBoolean(true));
                return Map.of("code", body.path("code").asInt());
            case "/divisions/move":
                control.moveDivision(body.path("division").asInt());
                return Map.of("ok", true);
            case "/periods":
                control.setPeriodClosed(body.path("division").asInt(), body.path("year").asInt(),
                        body.hasNonNull("period") ? body.get("period").asInt() : null, body.path("closed").asBoolean(true));
                return Map.of("ok", true);
            case "/financial-years":
                control.addFinancialYear(body.path("division").asInt(), body.path("year").asInt(),
                        body.path("closed").asBoolean(false));
                return Map.of("ok", true);
            case "/payments":
                return control.registerPayment(payment(body));
            case "/calls":
                if ("DELETE".equals(m)) {
                    control.clearCalls();
                    return null;
                }
                return calls(req.query());
            case "/stats":
                return control.stats();
            case "/rate-limits":
                if ("PUT".equals(m) || "POST".equals(m)) {
                    rateLimits(body);
                }
                return control.rateLimits();
            case "/webhooks/deliveries":
                return control.webhookDeliveries();
            default:
                if (path.startsWith("/data/")) {
                    return data(req, path.substring("/data/".length()), body);
                }
                throw new NotFound();
        }
    }

    private void clock(JsonNode body) {
        SimulatorClock clock = rt.clock();
        if (body.path("realTime").asBoolean(false)) {
            clock.useRealTime();
        }
        if (body.hasNonNull("set")) {
            clock.set(Instant.parse(body.get("set").asText()));
        }
        if (body.hasNonNull("advanceSeconds")) {
            clock.advance(Duration.ofMillis((long) (body.get("advanceSeconds").asDouble() * 1000)));
        }
        if (body.hasNonNull("advance")) {
            clock.advance(Duration.parse(body.get("advance").asText()));
        }
        if (body.hasNonNull("factor")) {
            clock.setFactor(body.get("factor").asDouble());
        }
    }

    private Map<String, Object> clockState() {
        Instant now = rt.clock().now();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("now", now.toString());
        state.put("epochMillis", now.toEpochMilli());
        state.put("factor", rt.clock().factor());
        return state;
    }

    private static FaultRule fault(JsonNode b) {
        FaultType type = FaultType.valueOf(required(b, "type").toUpperCase(Locale.ROOT));
        return new FaultRule(type, text(b, "path"), text(b, "method"), b.path("times").asInt(type == FaultType.LATENCY ? -1 : 1),
                b.path("probability").asDouble(1.0), b.path("latencyMillis").asLong(0), b.path("holdMillis").asLong(0),
                b.path("status").asInt(0));
    }

    private static AppRegistration app(JsonNode b) {
        List<String> redirects = new ArrayList<>();
        b.path("redirectUris").forEach(n -> redirects.add(n.asText()));
        return new AppRegistration(required(b, "clientId"), required(b, "clientSecret"),
                b.path("name").asText("Test app"), redirects, b.path("allowLoopbackRedirects").asBoolean(false),
                b.path("webhookSecret").asText(""));
    }

    private static SimUser user(JsonNode b) {
        List<Integer> divisions = new ArrayList<>();
        b.path("divisions").forEach(n -> divisions.add(n.asInt()));
        String username = required(b, "username");
        return new SimUser(b.hasNonNull("userId") ? UUID.fromString(b.get("userId").asText()) : UUID.randomUUID(),
                username, required(b, "password"), b.path("fullName").asText(username), b.path("email").asText(username),
                b.path("languageCode").asText("nl-BE"), divisions);
    }

    private static PaymentRequest payment(JsonNode b) {
        return new PaymentRequest(b.path("division").asInt(),
                b.hasNonNull("entryId") ? UUID.fromString(b.get("entryId").asText()) : null,
                b.hasNonNull("entryNumber") ? b.get("entryNumber").asInt() : null,
                text(b, "journalCode"),
                PaymentKind.valueOf(b.path("kind").asText("PAYMENT").toUpperCase(Locale.ROOT)),
                b.hasNonNull("amount") ? new BigDecimal(b.get("amount").asText()) : null,
                b.hasNonNull("paymentId") ? UUID.fromString(b.get("paymentId").asText()) : null,
                b.hasNonNull("date") ? LocalDate.parse(b.get("date").asText()) : null);
    }

    private Object calls(Map<String, String> q) {
        CallFilter filter = new CallFilter(q.get("method"), q.get("path"),
                q.containsKey("status") ? Integer.valueOf(q.get("status")) : null,
                q.containsKey("division") ? Integer.valueOf(q.get("division")) : null,
                q.containsKey("since") ? Long.valueOf(q.get("since")) : null);
        var calls = control.calls(filter);
        int limit = q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : 1000;
        return calls.size() > limit ? calls.subList(calls.size() - limit, calls.size()) : calls;
    }

    private void rateLimits(JsonNode b) {
        if (b.hasNonNull("minutely") || b.hasNonNull("daily")) {
            var current = control.rateLimits();
            control.setRateLimits(b.hasNonNull("division") ? b.get("division").asInt() : null,
                    b.path("minutely").asInt((Integer) current.get("minutely")),
                    b.path("daily").asInt((Integer) current.get("daily")));
        }
        if (b.hasNonNull("enforced")) {
            control.setRateLimitsEnforced(b.get("enforced").asBoolean());
        }
        if (b.hasNonNull("errorBlockThreshold")) {
            control.setErrorBlockThreshold(b.get("errorBlockThreshold").asInt());
        }
    }

    /** /_sim/data/{division}/{service}/{Entity}: GET lists (filter by ?Field=value), POST seeds one row. */
    private Object data(Request req, String rest, JsonNode body) {
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("use /_sim/data/{division}/{service}/{Entity}");
        }
        int division = Integer.parseInt(rest.substring(0, slash));
        String entityPath = rest.substring(slash + 1);
        if ("POST".equals(req.method())) {
            EntitySet set = rt.entities().find(entityPath);
            if (set == null) {
                throw new IllegalArgumentException("unknown entity set " + entityPath);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = body.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Field field = set.schema().field(e.getKey());
                if (field == null) {
                    throw new IllegalArgumentException("no field " + e.getKey() + " in " + entityPath);
                }
                values.put(field.name(), EdmValues.fromJson(e.getValue(), field));
            }
            return inspectable(control.insertRow(division, entityPath, values));
        }
        List<Map<String, Object>> rows = control.rows(division, entityPath, req.query());
        List<Map<String, Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(inspectable(r)));
        return Map.of("count", out.size(), "rows", out);
    }

    private static Map<String, Object> inspectable(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (!k.startsWith("_")) {
                out.put(k, EdmValues.inspectable(v));
            }
        });
        return out;
    }

    private static JsonNode body(Request req) throws IOException {
        byte[] bytes = req.body();
        if (bytes.length == 0) {
            return Json.MAPPER.createObjectNode();
        }
        JsonNode node = Json.MAPPER.readTree(bytes);
        if (!(node instanceof ObjectNode)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return node;
    }

    private static String text(JsonNode b, String field) {
        return b.hasNonNull(field) ? b.get(field).asText() : null;
    }

    private static String required(JsonNode b, String field) {
        String value = text(b, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static Response error(int status, String message) {
        try {
            return Response.json(status, Json.MAPPER.writeValueAsBytes(Map.of("error", String.valueOf(message))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
