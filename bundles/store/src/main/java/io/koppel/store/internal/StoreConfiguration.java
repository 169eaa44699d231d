package io.koppel.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel store",
        description = "Where Koppel keeps its tables: the host's DataSource service.")
public @interface StoreConfiguration {
    String PID = "io.koppel.store";
    String DEFAULT_TARGET = "(osgi.jndi.service.name=jdbc/koppel)";

    @AttributeDefinition(
            name = "DataSource filter",
            description = "LDAP filter selecting the host's javax.sql.DataSource service, e.g. the one pax-jdbc"
                    + " registers from etc/org.ops4j.datasource-koppel.cfg.")
    String dataSource_target() default DEFAULT_TARGET;

    @AttributeDefinition(
            name = "Warn after (seconds)",
            description = "How long to wait for a matching DataSource before logging a warning about it.")
    int dataSource_warnAfterSeconds() default 10;

    @AttributeDefinition(
            name = "Retry after (seconds)",
            description = "How long to wait before trying again when the database cannot be reached at start.")
    int migration_retrySeconds() default 15;
}
