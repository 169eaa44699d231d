package io.koppel.shell.internal;

import io.koppel.store.KoppelNode;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "koppel", name = "node", description = "Shows this node's identity and its host.",
        detailedDescription = "The identity as it appears in claims and division leases.")
public class NodeCommand implements Action {

    @Override
    public Object execute() {
        KoppelNode node = KoppelNode.current();
        ShellTable table = Tables.table("Node", "Host", "Karaf name", "In claims and leases", "Kept in");
        table.addRow().addContent(node.id(), node.hostName(), node.karafName(), node.claimName(),
                node.idFile().map(Object::toString).orElse("(this JVM only)"));
        table.print(System.out);
        return null;
    }
}
