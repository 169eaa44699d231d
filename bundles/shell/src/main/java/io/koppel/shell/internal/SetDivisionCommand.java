package io.koppel.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "set-division", description = "Chooses the Exact division a host entity posts to.",
        detailedDescription = "See koppel:divisions. A new division clears the journals and cost codes.")
public class SetDivisionCommand extends ConnectionCommand {
    @Argument(index = 1, name = "division", required = true, description = "The division number")
    int division;

    @Override
    void run() throws Exception {
        System.out.println(hostEntity + ": " + connections.setDivision(hostEntity, division).state());
    }
}
