package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.model.GlAccount;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading collections far longer than one page. */
class PagingTest {
    /** Exact's page size on its standard endpoints. */
    private static final int PAGE = 60;

    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.unlimited();

    @Test
    void glAccountsOverManyPagesFollowNext() {
        int before = exact.client.glAccounts(exact.ctx(DIVISION)).size();
        for (int i = 0; i < 1_100; i++) {
            exact.simulator.insertRow(DIVISION, "financial/GLAccounts", Map.of("ID", UUID.randomUUID(),
                    "Code", String.format("8%05d", i), "Description", "Extra " + i, "Type", 110, "IsBlocked", false));
        }
        exact.exchanges.clear();

        List<GlAccount> all = exact.client.glAccounts(exact.ctx(DIVISION));

        assertEquals(before + 1_100, all.size());
        assertEquals(1_100 + before, all.stream().map(GlAccount::id).distinct().count());
        assertTrue(all.stream().anyMatch(a -> "801099".equals(a.code())));
        List<Exchange> calls = exact.exchanges.exchanges;
        assertEquals((all.size() + PAGE - 1) / PAGE, calls.size());
        assertEquals(calls.size() - 1, calls.stream().filter(e -> e.path().contains("$skiptoken=")).count(),
                "every call but the first follows __next");
    }
}
