package io.koppel.shell.internal;

import io.koppel.api.connection.ConnectionService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "disconnect",
        description = "Removes a host entity's link and its tokens. Past postings stay; new ones wait for a new link.")
public class DisconnectCommand implements Action {
    @Reference
    ConnectionService connections;

    @Argument(index = 0, name = "entity", required = true, description = "The host entity")
    @Completion(HostEntityCompleter.class)
    String hostEntity;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            connections.disconnect(hostEntity);
            System.out.println(hostEntity + ": disconnected");
            return null;
        });
    }
}
