package io.koppel.client.internal.ops;

import io.koppel.client.CallContext;
import io.koppel.client.ExactNotFoundException;
import io.koppel.client.ODataFilter;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.Division;
import io.koppel.client.model.Me;
import java.net.URI;
import java.util.List;

/** The user and the divisions: {@code current/Me} and {@code system/Divisions}. */
public final class SystemOperations {
    static final Endpoint<Me> ME = new Endpoint<>("current/Me", List.of("UserID", "UserName", "FullName", "Email",
            "LanguageCode", "CurrentDivision", "DivisionCustomerName"), SystemOperations::me);
    static final Endpoint<Division> DIVISIONS = new Endpoint<>("system/Divisions", List.of("Code", "Description",
            "Current", "Status", "Country", "Currency", "Hid", "DivisionMoveDate", "BlockingStatus"),
            SystemOperations::division);

    private final ODataCalls calls;

    public SystemOperations(ODataCalls calls) {
        this.calls = calls;
    }

    public Me me(CallContext ctx) {
        URI uri = ApiUrl.me(ctx.siteBaseUri()).param("$select", ME.select()).toUri();
        // Exact answers current/Me as a collection of one
        List<Me> users = calls.list(ctx, "me", uri, ME.reader());
        if (users.isEmpty()) {
            throw new ExactNotFoundException("current/Me returned no user", 200);
        }
        return users.get(0);
    }

    public List<Division> divisions(CallContext ctx) {
        return calls.list(ctx, "divisions", DIVISIONS.collection(ctx, ODataFilter.none()), DIVISIONS.reader());
    }

    static Me me(JsonRecord r) {
        return new Me(r.uuid("UserID"), r.text("UserName"), r.text("FullName"), r.text("Email"),
                r.code("LanguageCode"), r.integer("CurrentDivision"), r.text("DivisionCustomerName"));
    }

    static Division division(JsonRecord r) {
        return new Division(r.integer("Code"), r.text("Description"), r.flag("Current"), r.integer("Status"),
                r.code("Country"), r.code("Currency"), r.longValue("Hid"), r.instant("DivisionMoveDate"),
                r.integer("BlockingStatus"));
    }
}
