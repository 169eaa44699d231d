package io.koppel.shell.internal;

import io.koppel.api.connection.Connection;
import io.koppel.api.connection.ConnectionService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the host entities that have a connection. */
@Service
public class HostEntityCompleter implements Completer {
    @Reference
    ConnectionService connections;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter entities = new StringsCompleter();
        connections.connections().stream().map(Connection::hostEntity).forEach(entities.getStrings()::add);
        return entities.complete(session, commandLine, candidates);
    }
}
