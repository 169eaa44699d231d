package io.koppel.simulator.internal.entities;

import io.koppel.simulator.SimUser;
import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.store.DivisionData;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code current/Me}: the signed-in user, answered as a one-element collection like Exact. */
public final class MeSet implements EntitySet {
    public static final String PATH = "current/Me";

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public EntitySchema schema() {
        return Schemas.ME;
    }

    @Override
    public List<Map<String, Object>> rows(RequestContext ctx) {
        SimUser user = ctx.principal().user();
        DivisionData current = ctx.data().division(user.currentDivision());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("UserID", user.userId());
        row.put("CurrentDivision", user.currentDivision());
        row.put("AccountingDivision", user.currentDivision());
        row.put("DivisionCustomer", UUID.nameUUIDFromBytes(("customer/" + user.currentDivision()).getBytes()));
        row.put("DivisionCustomerCode", String.format("%18s", user.currentDivision()));
        row.put("DivisionCustomerName", current == null ? null : current.description());
        row.put("DivisionCustomerVatNumber", null);
        row.put("Email", user.email());
        row.put("FullName", user.fullName());
        row.put("LanguageCode", user.languageCode());
        row.put("Legislation", 32L);
        row.put("PackageCode", "BE_ACC_ADV");
        // The simulator keeps all date/times in UTC, hence offset 0 (Exact's own offset is uncertain, reference section 8)
        row.put("ServerTime", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(ctx.now()));
        row.put("ServerUtcOffset", java.math.BigDecimal.ZERO);
        row.put("UserName", user.username());
        return List.of(row);
    }
}
