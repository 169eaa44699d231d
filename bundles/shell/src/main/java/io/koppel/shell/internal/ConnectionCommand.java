package io.koppel.shell.internal;

import io.koppel.api.connection.ConnectionService;
import java.util.List;
import java.util.function.Function;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * A command on the connection of one host entity: the entity is its first argument (completed from the
 * connections), and a refusal prints its reason instead of a stack trace. Karaf reads the annotations of this class
 * for every command that extends it.
 */
abstract class ConnectionCommand implements Action {
    @Reference
    ConnectionService connections;

    @Argument(index = 0, name = "entity", required = true, description = "The host's key of the school or location")
    @Completion(HostEntityCompleter.class)
    String hostEntity;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(this::run);
    }

    /** What the command does for {@link #hostEntity}; it prints to the console. */
    abstract void run() throws Exception;

    /** Prints what an admin chooses from, e.g. the divisions or the journals: each code with its name. */
    static <T> void printChoices(String codeColumn, List<T> choices, Function<T, Object> code,
            Function<T, String> name) {
        ShellTable table = new ShellTable();
        table.column(codeColumn);
        table.column("Name");
        for (T choice : choices) {
            table.addRow().addContent(code.apply(choice), name.apply(choice));
        }
        table.print(System.out);
    }
}
