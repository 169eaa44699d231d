package io.koppel.shell.internal;

import io.koppel.api.connection.ConnectionService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "set-division",
        description = "Chooses the Exact division a host entity posts to (see koppel:divisions). A new division"
                + " clears the journals and cost codes.")
public class SetDivisionCommand implements Action {
    @Reference
    ConnectionService connections;

    @Argument(index = 0, name = "entity", required = true, description = "The host entity")
    @Completion(HostEntityCompleter.class)
    String hostEntity;

    @Argument(index = 1, name = "division", required = true, description = "The division number")
    int division;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            System.out.println(hostEntity + ": " + connections.setDivision(hostEntity, division).state());
            return null;
        });
    }
}
