package io.koppel.shell.internal;

import io.koppel.api.connection.ConnectionService;
import io.koppel.api.connection.Division;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "koppel", name = "divisions", description = "Lists the divisions the linked Exact user may use.")
public class DivisionsCommand implements Action {
    @Reference
    ConnectionService connections;

    @Argument(index = 0, name = "entity", required = true, description = "The host entity")
    @Completion(HostEntityCompleter.class)
    String hostEntity;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            ShellTable table = new ShellTable();
            table.column("Division");
            table.column("Name");
            for (Division division : connections.divisions(hostEntity)) {
                table.addRow().addContent(division.code(), division.description());
            }
            table.print(System.out);
            return null;
        });
    }
}
