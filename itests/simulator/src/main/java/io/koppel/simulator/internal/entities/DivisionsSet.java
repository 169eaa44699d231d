package io.koppel.simulator.internal.entities;

import io.koppel.simulator.SimUser;
import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.store.DivisionData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code system/Divisions}: only the divisions the signed-in user may use. */
public final class DivisionsSet implements EntitySet {
    @Override
    public String path() {
        return "system/Divisions";
    }

    @Override
    public EntitySchema schema() {
        return Schemas.DIVISION;
    }

    @Override
    public List<Map<String, Object>> rows(RequestContext ctx) {
        SimUser user = ctx.principal().user();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int code : user.divisions().stream().sorted().toList()) {
            DivisionData d = ctx.data().division(code);
            if (d == null) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Code", code);
            row.put("Description", d.description());
            row.put("Hid", (long) code);
            row.put("Current", code == user.currentDivision());
            row.put("Status", 1);
            row.put("Country", "BE ");
            row.put("Currency", "EUR");
            row.put("DivisionMoveDate", d.moveDate());
            row.put("BlockingStatus", 0);
            row.put("Created", null);
            row.put("Modified", null);
            rows.add(row);
        }
        return rows;
    }
}
