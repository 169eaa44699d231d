package io.koppel.dashboard.internal;

import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import io.koppel.api.log.ConfigurationChange;
import io.koppel.api.log.LogEntry;
import io.koppel.api.log.LogQuery;
import io.koppel.api.log.TransactionLog;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The transaction log of a day, newest first, by search number: exchanges with Exact and configuration changes. */
record LogEndpoints(TransactionLog log) {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 500;

    void register(Map<String, Endpoint> routes) {
        routes.put("GET log", Endpoint.get(Role.CLERK, this::day));
    }

    private Object day(Call call) {
        LocalDate day;
        try {
            day = call.parameter("day").map(LocalDate::parse).orElse(LocalDate.now(ZoneOffset.UTC));
        } catch (DateTimeParseException notADay) {
            throw new Call.BadRequest("day: yyyy-MM-dd");
        }
        LogQuery query = LogQuery.day(day);
        if (call.parameter("searchNumber").isPresent()) {
            query = query.withSearchNumber(call.parameter("searchNumber").get());
        }
        if (call.parameter("failures").map(Boolean::parseBoolean).orElse(false)) {
            query = query.failures();
        }
        if (call.parameter("configurationChanges").map(Boolean::parseBoolean).orElse(false)) {
            query = query.configurationChanges();
        }
        int limit = Math.min(MAX_LIMIT, Math.max(1, call.intParameter("limit", DEFAULT_LIMIT)));
        Page<LogEntry> page = log.entries(query, new PageRequest(Math.max(0, call.intParameter("offset", 0)), limit));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("day", day.toString());
        answer.put("total", page.total());
        answer.put("items", page.items().stream().map(LogEndpoints::entry).toList());
        return answer;
    }

    private static Map<String, Object> entry(LogEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("time", entry.time().toString());
        view.put("hostEntity", entry.hostEntity().orElse(null));
        view.put("division", entry.division().orElse(null));
        view.put("searchNumber", entry.searchNumber());
        view.put("operation", entry.operation());
        if (entry.configurationChange().isPresent()) {
            ConfigurationChange change = entry.configurationChange().get();
            view.put("setting", change.setting());
            view.put("newValue", change.newValue().orElse(null));
            view.put("changedBy", change.changedBy().orElse(null));
            return view;
        }
        view.put("method", entry.method());
        view.put("path", entry.path());
        view.put("httpStatus", entry.httpStatus().orElse(null));
        view.put("durationMillis", entry.durationMillis());
        view.put("failed", entry.failed());
        view.put("message", entry.message().orElse(null));
        view.put("requestBody", entry.requestBody().orElse(null));
        return view;
    }
}
