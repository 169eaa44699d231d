package io.koppel.itest;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The container tests with Koppel's database on MariaDB (see {@link KoppelContainerTestSupport}). */
@RunOn(Database.MARIADB)
public class KoppelContainerMariadbIT extends KoppelContainerTestSupport {

    @Configuration
    public Option[] configuration() {
        return KoppelOptions.container(Database.MARIADB);
    }
}
