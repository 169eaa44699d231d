package io.koppel.shell.internal;

import io.koppel.api.sync.PaymentSyncService;
import io.koppel.api.sync.SyncHealth;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "sync-status",
        description = "Shows payment sync per connection; --automatic or --off switches automatic mode.",
        detailedDescription = "Automatic or not, tolerance, last run, last error, catching up, and the documents not"
                + " settled because Exact's entry does not match them.")
public class SyncStatusCommand implements Action {
    @Reference
    PaymentSyncService sync;

    @Argument(index = 0, name = "hostEntity", description = "One connection (all when absent)")
    @Completion(HostEntityCompleter.class)
    String hostEntity;

    @Option(name = "--automatic", description = "Switch automatic payment sync on for the connection")
    boolean automatic;

    @Option(name = "--off", description = "Switch automatic payment sync off for the connection")
    boolean off;

    @Option(name = "--tolerance", description = "With --automatic: a rest of this many cents counts as paid")
    Integer toleranceCents;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            if ((automatic || off) && hostEntity != null) {
                SyncHealth now = sync.health(hostEntity);
                sync.configureAutomatic(hostEntity, automatic,
                        toleranceCents != null ? toleranceCents : now.toleranceCents());
            }
            SyncPrinter.printHealth(hostEntity == null ? sync.health() : List.of(sync.health(hostEntity)));
        });
    }
}
