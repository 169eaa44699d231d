package io.koppel.itest;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The container tests with Koppel's database on H2 (see {@link KoppelContainerTestSupport}). */
@RunOn(Database.H2)
public class KoppelContainerH2IT extends KoppelContainerTestSupport {

    @Configuration
    public Option[] configuration() {
        return KoppelOptions.container(Database.H2);
    }
}
