package io.koppel.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.store.DatabaseKind;
import io.koppel.store.TestDatabase;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Links and customer updates stored before sites were recorded, carried over by the migration that adds them. */
class CustomerSitesMigrationTest {
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("io.koppel.store.TestDatabase#enabled")
    void givesLinksAndUpdatesTheSiteOfTheirConnections(DatabaseKind kind) throws SQLException {
        DataSource dataSource = TestDatabase.emptySchema(kind, "koppel_customer_sites_test");
        List<Migration> all = Migration.onClassPath(SchemaMigrator.class.getClassLoader());
        new SchemaMigrator(dataSource, "node-a", Clock.systemUTC(),
                all.stream().filter(migration -> migration.version() < 11).toList()).migrate();
        TestDatabase.execute(dataSource,
                connection("school-be", "BE", 797636), connection("school-nl", "NL", 800001),
                connection("location-nl", "NL", 800002), connection("location-be", "BE", 800002),
                link("1", 797636), link("2", 800001), link("3", 800002), link("4", 900000),
                update("1", 797636, "school-be"), update("2", 800001, "school-gone"));

        new SchemaMigrator(dataSource, "node-a", Clock.systemUTC(), all).migrate();

        assertEquals(List.of("1 BE", "2 NL", "3 null", "4 null"), TestDatabase.rows(dataSource,
                "SELECT address_id, site FROM koppel_account_link ORDER BY address_id"));
        assertEquals(List.of("1 BE"), TestDatabase.rows(dataSource,
                "SELECT address_id, site FROM koppel_customer_update ORDER BY address_id"));
    }

    private static String connection(String hostEntity, String site, int division) {
        return "INSERT INTO koppel_connection (host_entity, site, state, division, created_at, updated_at) VALUES ('"
                + hostEntity + "', '" + site + "', 'CONNECTED', " + division
                + ", TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00')";
    }

    private static String link(String addressId, int division) {
        return "INSERT INTO koppel_account_link (address_id, division, person_id, mandate_pending, unconfirmed_write,"
                + " created_at, updated_at) VALUES ('" + addressId + "', " + division + ", 'P', FALSE, FALSE,"
                + " TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00')";
    }

    private static String update(String addressId, int division, String hostEntity) {
        return "INSERT INTO koppel_customer_update (address_id, division, host_entity, version, status, attempts,"
                + " next_attempt_at, requested_at) VALUES ('" + addressId + "', " + division + ", '" + hostEntity
                + "', 1, 'NEW', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00')";
    }
}
