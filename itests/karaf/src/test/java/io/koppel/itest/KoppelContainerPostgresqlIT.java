package io.koppel.itest;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The container tests with Koppel's database on PostgreSQL (see {@link KoppelContainerTestSupport}). */
@RunOn(Database.POSTGRESQL)
public class KoppelContainerPostgresqlIT extends KoppelContainerTestSupport {

    @Configuration
    public Option[] configuration() {
        return KoppelOptions.container(Database.POSTGRESQL);
    }
}
