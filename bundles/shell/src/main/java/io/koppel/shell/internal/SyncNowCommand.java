package io.koppel.shell.internal;

import io.koppel.api.sync.PaymentSyncService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "sync-now", description = "Runs payment sync of a connection now.",
        detailedDescription = "Runs its division, with every automatic connection there, and settles what changed in"
                + " Exact.")
public class SyncNowCommand implements Action {
    @Reference
    PaymentSyncService sync;

    @Argument(index = 0, name = "hostEntity", required = true, description = "The connection")
    @Completion(HostEntityCompleter.class)
    String hostEntity;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> System.out.println(SyncPrinter.summary(sync.runNow(hostEntity))));
    }
}
