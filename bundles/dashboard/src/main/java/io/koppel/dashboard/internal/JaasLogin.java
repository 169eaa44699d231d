package io.koppel.dashboard.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/** Checks a user name and password against a JAAS realm (Karaf's etc/users.properties, LDAP, ...). */
record JaasLogin(String realm, String clerkRole, String adminRole) {

    /**
     * @return what the user may do on the dashboard: empty when the password is wrong, an empty set when the user
     *         has neither role
     */
    Optional<Set<Role>> login(String user, char[] password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Karaf's realms are found through org.apache.karaf.jaas.boot.ProxyLoginModule, which this bundle imports
        thread.setContextClassLoader(JaasLogin.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            Set<String> names = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                    .collect(java.util.stream.Collectors.toSet());
            context.logout();
            return Optional.of(roles(names));
        } catch (LoginException refused) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
            java.util.Arrays.fill(password, '\0');
        }
    }

    Set<Role> roles(Set<String> jaasRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (jaasRoles.contains(adminRole)) {
            roles.add(Role.ADMIN);
            roles.add(Role.CLERK);
        }
        if (jaasRoles.contains(clerkRole)) {
            roles.add(Role.CLERK);
        }
        return roles;
    }
}
