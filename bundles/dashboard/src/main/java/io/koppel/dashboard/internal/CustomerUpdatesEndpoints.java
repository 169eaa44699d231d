package io.koppel.dashboard.internal;

import io.koppel.api.Status;
import io.koppel.api.customer.CustomerService;
import io.koppel.api.customer.CustomerUpdate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Customer updates: what Exact's customers were told of changed billing addresses, and sending one again. */
final class CustomerUpdatesEndpoints {
    static final String FEATURE = "customers";
    private static final int DEFAULT_LIMIT = 200;
    private static final int MAX_LIMIT = 1_000;

    private final Supplier<Optional<CustomerService>> customers;

    CustomerUpdatesEndpoints(Supplier<Optional<CustomerService>> customers) {
        this.customers = customers;
    }

    void register(Map<String, Endpoint> routes) {
        routes.put("GET customers/updates", Endpoint.get(Role.CLERK, this::updates));
        routes.put("POST customers/resend", Endpoint.post(Role.CLERK, call -> Map.of("items",
                rows(customers().resend(call.text("addressId")), call.locale()))));
    }

    boolean installed() {
        return customers.get().isPresent();
    }

    private CustomerService customers() {
        return customers.get().orElseThrow(() -> new Call.NotInstalled(FEATURE));
    }

    /** Parameters: {@code status} (a {@link Status} name), {@code addressId}, {@code limit}. */
    private Object updates(Call call) {
        Set<Status> statuses = call.parameter("status").map(status -> EnumSet.of(Status.valueOf(status)))
                .orElse(EnumSet.noneOf(Status.class));
        int limit = Math.min(MAX_LIMIT, Math.max(1, call.intParameter("limit", DEFAULT_LIMIT)));
        List<CustomerUpdate> updates = call.parameter("addressId")
                .map(addressId -> customers().updates(addressId).stream()
                        .filter(update -> statuses.isEmpty() || statuses.contains(update.status())).limit(limit)
                        .toList())
                .orElseGet(() -> customers().updates(statuses, limit));
        return Map.of("items", rows(updates, call.locale()));
    }

    private static List<Map<String, Object>> rows(List<CustomerUpdate> updates, Locale locale) {
        return updates.stream().map(update -> row(update, locale)).toList();
    }

    private static Map<String, Object> row(CustomerUpdate update, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("addressId", update.addressId());
        row.put("division", update.division());
        row.put("status", update.status().name());
        row.put("statusLabel", update.status().label(locale));
        row.put("reason", update.reason().map(reason -> reason.text(locale)).orElse(null));
        row.put("requestedAt", update.requestedAt().toString());
        row.put("processedAt", update.processedAt().map(Object::toString).orElse(null));
        return row;
    }
}
