package io.koppel.shell.internal;

import io.koppel.api.sync.PaymentSyncService;
import io.koppel.api.sync.SyncHealth;
import io.koppel.api.sync.SyncMismatch;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "sync-status",
        description = "Payment sync per connection: automatic or not, tolerance, last run, last error, catching up,"
                + " documents not settled because Exact's entry does not match them;"
                + " with --automatic or --off it switches automatic mode.")
public class SyncStatusCommand implements Action {
    @Reference
    PaymentSyncService sync;

    @Argument(index = 0, name = "hostEntity", description = "One connection (all when absent)")
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
            List<SyncHealth> rows = hostEntity == null ? sync.health() : List.of(sync.health(hostEntity));
            System.out.printf("%-20s %-9s %-9s %-26s %-26s %-12s %-8s %s%n", "connection", "automatic", "tolerance",
                    "last run", "last success", "catching up", "terms", "last error");
            for (SyncHealth h : rows) {
                System.out.printf("%-20s %-9s %-9s %-26s %-26s %-12s %-8d %s%n", h.hostEntity(), h.automatic() ? "on" : "off",
                        h.toleranceCents() + " ct", orDash(h.lastRunAt()), orDash(h.lastSuccessAt()), h.catchingUp() ? "yes" : "no",
                        h.termsCopied(), h.lastError() == null ? "" : h.lastError());
                for (SyncMismatch m : h.mismatches()) {
                    System.out.printf("  not settled %-12s %s%n", m.documentNumber(), Clerk.text(Optional.of(m.reason())));
                }
            }
        });
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
