package io.koppel.shell.internal;

import io.koppel.api.connection.Division;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "koppel", name = "divisions", description = "Lists the divisions the linked Exact user may use.")
public class DivisionsCommand extends ConnectionCommand {
    @Override
    void run() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Division");
        table.column("Name");
        for (Division division : connections.divisions(hostEntity)) {
            table.addRow().addContent(division.code(), division.description());
        }
        table.print(System.out);
    }
}
