package io.koppel.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JaasLoginTest {

    @Test
    void anAdminMayDoWhatAClerkMayAndOtherRolesGiveNothing() {
        JaasLogin login = new JaasLogin("karaf", "koppel-clerk", "koppel-admin");
        assertEquals(Set.of(Role.CLERK), login.roles(Set.of("koppel-clerk", "viewer")));
        assertEquals(Set.of(Role.CLERK, Role.ADMIN), login.roles(Set.of("koppel-admin")));
        assertEquals(Set.of(), login.roles(Set.of("admin", "viewer", "manager")));
    }

    @Test
    void theRoleNamesAreConfigurable() {
        JaasLogin login = new JaasLogin("karaf", "viewer", "admin");
        assertEquals(Set.of(Role.CLERK, Role.ADMIN), login.roles(Set.of("admin")));
        assertEquals(Set.of(), login.roles(Set.of("koppel-admin")));
    }

    @Test
    void thePathIsNormalisedAndChecked() {
        assertEquals("/koppel", DashboardComponent.normalized("/koppel/"));
        assertEquals("/school/koppel", DashboardComponent.normalized("school/koppel"));
        assertThrows(IllegalArgumentException.class, () -> DashboardComponent.normalized("/"));
        assertThrows(IllegalArgumentException.class, () -> DashboardComponent.normalized("/ko ppel"));
    }
}
