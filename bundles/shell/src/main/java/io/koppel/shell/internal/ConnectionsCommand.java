package io.koppel.shell.internal;

import io.koppel.api.connection.Connection;
import io.koppel.api.connection.ConnectionService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "koppel", name = "connections", description = "Lists the connections of host entities to Exact Online.")
public class ConnectionsCommand implements Action {
    @Reference
    ConnectionService connections;

    @Override
    public Object execute() {
        ShellTable table = Tables.table("Entity", "Site", "State", "Exact user", "Division", "Invoices",
                "Credit notes", "Cost center", "Cost unit", "VAT code", "Reason")
                .emptyTableText("No connections yet: koppel:connect <entity>");
        for (Connection connection : connections.connections()) {
            table.addRow().addContent(connection.hostEntity(), connection.site(), connection.state(),
                    connection.exactUser().orElse(""), connection.division().map(String::valueOf).orElse(""),
                    connection.invoiceJournal().orElse(""), connection.creditNoteJournal().orElse(""),
                    connection.costCenter().orElse(""), connection.costUnit().orElse(""),
                    connections.vatCode(connection.hostEntity()).orElse(""), Clerk.text(connection.stateReason()));
        }
        table.print(System.out);
        return null;
    }
}
