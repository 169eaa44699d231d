package io.koppel.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.koppel.api.ReasonCode;
import io.koppel.api.connection.Connection;
import io.koppel.api.connection.ConnectionState;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseKind;
import io.koppel.store.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The answer to a refresh is lost after Exact rotated the tokens. Koppel asks again at once with the same refresh
 * token: where Exact still accepts it for a short while (some apps have that grace) the link survives; where it
 * does not, the connection says plainly that it needs a new link, and why.
 */
class LostRefreshAnswerTest {

    @Test
    void withExactsGraceTheLinkSurvives() throws Exception {
        try (ExactSimulator simulator = ExactSimulator.start(SimulatorConfig.builder().rateLimitsEnabled(false)
                .refreshGraceSeconds(600).build()); AuthFixture fixture = new AuthFixture(simulator)) {
            ConnectionManager manager = fixture.manager(TestDatabase.migrated(DatabaseKind.H2).store());
            fixture.link(manager, "school-1");
            simulator.clock().advance(Duration.ofSeconds(580));
            simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onPath("/api/oauth2/token").times(1));

            assertNotNull(manager.accessToken("school-1"));
            assertEquals(ConnectionState.INCOMPLETE, manager.connection("school-1").orElseThrow().state());
            simulator.clock().advance(Duration.ofSeconds(580));
            assertNotNull(manager.accessToken("school-1"), "the pair got on the second ask is the one in use");
        }
    }

    @Test
    void withoutItTheConnectionSaysWhyItNeedsANewLink() throws Exception {
        try (ExactSimulator simulator = ExactSimulator.start(SimulatorConfig.builder().rateLimitsEnabled(false).build());
             AuthFixture fixture = new AuthFixture(simulator)) {
            ConnectionManager manager = fixture.manager(TestDatabase.migrated(DatabaseKind.H2).store());
            fixture.link(manager, "school-1");
            simulator.clock().advance(Duration.ofSeconds(580));
            simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onPath("/api/oauth2/token").times(1));

            assertThrows(ExactAuthorizationException.class, () -> manager.accessToken("school-1"));
            Connection refused = manager.connection("school-1").orElseThrow();
            assertEquals(ConnectionState.NEEDS_REAUTHORIZATION, refused.state());
            assertEquals(ReasonCode.CONNECTION_REFRESH_TOKEN_REUSED, refused.stateReason().orElseThrow().code());
        }
    }
}
