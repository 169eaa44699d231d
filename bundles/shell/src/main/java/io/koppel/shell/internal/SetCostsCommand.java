package io.koppel.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "set-costs",
        description = "Chooses the cost center and cost unit sent with every line.",
        detailedDescription = "Each at most 8 characters and existing in the division; without options, clears both.")
public class SetCostsCommand extends ConnectionCommand {
    @Option(name = "-c", aliases = "--center", description = "Cost center code (kostenplaats)")
    String costCenter;

    @Option(name = "-u", aliases = "--unit", description = "Cost unit code (kostendrager)")
    String costUnit;

    @Override
    void run() throws Exception {
        connections.setCosts(hostEntity, costCenter, costUnit);
        System.out.println(hostEntity + ": cost center " + (costCenter == null ? "-" : costCenter) + ", cost unit "
                + (costUnit == null ? "-" : costUnit));
    }
}
