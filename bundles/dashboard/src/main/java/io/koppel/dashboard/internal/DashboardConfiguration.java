package io.koppel.dashboard.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/io.koppel.dashboard.cfg: where the dashboard is served and which JAAS roles may do what. */
@ObjectClassDefinition(name = "Koppel dashboard", description = "The web page for admins and clerks")
public @interface DashboardConfiguration {
    String PID = "io.koppel.dashboard";

    @AttributeDefinition(description = "The path the dashboard is served under, e.g. /koppel")
    String path() default "/koppel";

    @AttributeDefinition(description = "The JAAS realm users log in with")
    String realm() default "karaf";

    @AttributeDefinition(description = "The JAAS role that reads postings and the log, posts again, exports, makes and"
            + " processes sync files and sends customer updates again")
    String clerkRole() default "koppel-clerk";

    @AttributeDefinition(description = "The JAAS role that also configures connections and resets Fatal postings")
    String adminRole() default "koppel-admin";

    @AttributeDefinition(description = "Minutes without a request after which a login ends")
    int idleMinutes() default 30;
}
