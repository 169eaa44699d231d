package io.koppel.shell.internal;

import io.koppel.api.connection.Division;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "divisions", description = "Lists the divisions the linked Exact user may use.")
public class DivisionsCommand extends ConnectionCommand {
    @Override
    void run() throws Exception {
        printChoices("Division", connections.divisions(hostEntity), Division::code, Division::description);
    }
}
