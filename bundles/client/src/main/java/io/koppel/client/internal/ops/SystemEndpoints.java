package io.koppel.client.internal.ops;

import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.Division;
import io.koppel.client.model.Me;
import java.util.List;

/** The user and the divisions: {@code current/Me} and {@code system/Divisions}. */
final class SystemEndpoints {
    static final Endpoint<Me> ME = new Endpoint<>("current/Me", List.of("UserID", "UserName", "FullName", "Email",
            "LanguageCode", "CurrentDivision", "DivisionCustomerName"), SystemEndpoints::me);
    static final Endpoint<Division> DIVISIONS = new Endpoint<>("system/Divisions", List.of("Code", "Description",
            "Current", "Status", "Country", "Currency", "Hid", "DivisionMoveDate", "BlockingStatus"),
            SystemEndpoints::division);

    private SystemEndpoints() {
    }

    private static Me me(JsonRecord r) {
        return new Me(r.uuid("UserID"), r.text("UserName"), r.text("FullName"), r.text("Email"),
                r.code("LanguageCode"), r.integer("CurrentDivision"), r.text("DivisionCustomerName"));
    }

    private static Division division(JsonRecord r) {
        return new Division(r.integer("Code"), r.text("Description"), r.flag("Current"), r.integer("Status"),
                r.code("Country"), r.code("Currency"), r.longValue("Hid"), r.instant("DivisionMoveDate"),
                r.integer("BlockingStatus"));
    }
}
