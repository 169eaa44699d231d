package io.koppel.dashboard.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.koppel.api.Messages;
import io.koppel.api.connection.Connection;
import io.koppel.api.connection.ConnectionService;
import io.koppel.api.connection.DailyBudget;
import io.koppel.api.connection.ExactSite;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An admin's connections: link with Exact, division, journals, cost codes, disconnect, state and budget. */
record ConnectionsEndpoints(ConnectionService connections) {

    void register(Map<String, Endpoint> routes) {
        routes.put("GET connections", Endpoint.get(Role.ADMIN, this::list));
        routes.put("POST connections/connect", Endpoint.post(Role.ADMIN, this::connect));
        routes.put("GET connections/divisions", Endpoint.get(Role.ADMIN, call -> connections
                .divisions(hostEntity(call)).stream()
                .map(division -> Map.of("code", division.code(), "description", division.description())).toList()));
        routes.put("POST connections/division", Endpoint.post(Role.ADMIN, this::setDivision));
        routes.put("GET connections/journals", Endpoint.get(Role.ADMIN, call -> connections
                .salesJournals(hostEntity(call)).stream()
                .map(journal -> Map.of("code", journal.code(), "description", journal.description())).toList()));
        routes.put("POST connections/journals", Endpoint.post(Role.ADMIN, call -> view(connections.setJournals(
                call.text("hostEntity"), call.text("invoiceJournal"), call.text("creditNoteJournal")), call.locale())));
        routes.put("POST connections/costs", Endpoint.post(Role.ADMIN, call -> view(connections.setCosts(
                call.text("hostEntity"), call.optionalText("costCenter").orElse(null),
                call.optionalText("costUnit").orElse(null)), call.locale())));
        routes.put("POST connections/disconnect", Endpoint.post(Role.ADMIN, call -> {
            connections.disconnect(call.text("hostEntity"));
            return Map.of("disconnected", true);
        }));
    }

    private Object list(Call call) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sites", Arrays.stream(ExactSite.values()).map(Enum::name).toList());
        answer.put("connections", connections.connections().stream().map(connection -> view(connection, call.locale()))
                .toList());
        return answer;
    }

    private Object connect(Call call) throws IOException {
        String hostEntity = call.text("hostEntity");
        if (!hostEntity.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new Call.BadRequest("hostEntity: letters, digits, '.', '_' and '-', at most 64");
        }
        ExactSite site = ExactSite.valueOf(call.optionalText("site").orElse(ExactSite.BE.name()));
        return Map.of("authorizationUri", connections.connect(hostEntity, site).toString());
    }

    private Object setDivision(Call call) throws IOException {
        JsonNode division = call.body().get("division");
        if (division == null || !division.canConvertToInt()) {
            throw new Call.BadRequest("division: Exact's division number");
        }
        return view(connections.setDivision(call.text("hostEntity"), division.asInt()), call.locale());
    }

    private static String hostEntity(Call call) {
        return call.parameter("hostEntity").orElseThrow(() -> new Call.BadRequest("hostEntity is required"));
    }

    private Map<String, Object> view(Connection connection, Locale locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("hostEntity", connection.hostEntity());
        view.put("site", connection.site().name());
        view.put("state", connection.state().name());
        view.put("stateLabel", Messages.text(locale, "dashboard.state." + connection.state().name()));
        view.put("reason", connection.stateReason().map(reason -> reason.text(locale)).orElse(null));
        view.put("exactUser", connection.exactUser().orElse(null));
        view.put("division", connection.division().orElse(null));
        view.put("invoiceJournal", connection.invoiceJournal().orElse(null));
        view.put("creditNoteJournal", connection.creditNoteJournal().orElse(null));
        view.put("costCenter", connection.costCenter().orElse(null));
        view.put("costUnit", connection.costUnit().orElse(null));
        view.put("linkedAt", connection.linkedAt().map(Object::toString).orElse(null));
        Optional<DailyBudget> budget = connection.division().isPresent()
                ? connections.dailyBudget(connection.hostEntity()) : Optional.empty();
        view.put("budget", budget.map(daily -> Map.of("limit", daily.limit(), "used", daily.used(),
                "remaining", daily.remaining(), "resetAt", daily.resetAt().toString())).orElse(null));
        return view;
    }
}
