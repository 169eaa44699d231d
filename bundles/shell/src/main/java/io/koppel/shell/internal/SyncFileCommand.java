package io.koppel.shell.internal;

import io.koppel.api.sync.Ledger;
import io.koppel.api.sync.PaymentSyncService;
import io.koppel.api.sync.ReportFormat;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "sync-file",
        description = "Creates, lists, shows, processes and reports the sync files of a ledger.",
        detailedDescription = "create waits until the file is ready; process takes an id or a file handed back; report"
                + " writes PDF or Excel (--format and --save).")
public class SyncFileCommand implements Action {
    @Reference
    PaymentSyncService sync;

    @Argument(index = 0, name = "action", required = true, description = "create, list, show, process or report")
    String action;

    @Argument(index = 1, name = "target", required = true,
            description = "create, list: the ledger; show, process, report: the file id (process also takes a file path)")
    String target;

    @Option(name = "--entities", description = "create: the ledger's schools and locations, comma-separated"
            + " (defines or changes the ledger)")
    String entities;

    @Option(name = "--name", description = "create: the ledger's name in the file name")
    String name;

    @Option(name = "--save", description = "show: also write the file's XML to this path; report: where to write it")
    String save;

    @Option(name = "--format", description = "report: pdf or xlsx")
    String format = "pdf";

    @Option(name = "--year", description = "list: only files of this year")
    Integer year;

    @Option(name = "--wait", description = "create: seconds to wait for the file (0: do not wait)")
    int waitSeconds = 300;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            switch (action) {
                case "create" -> create();
                case "list" -> (year == null ? sync.syncFiles(target) : sync.syncFiles(target, year)).forEach(f ->
                        System.out.println(SyncPrinter.line(f)));
                case "show" -> show(sync.syncFile(target)
                        .orElseThrow(() -> new IllegalArgumentException("There is no sync file " + target)));
                case "process" -> {
                    Path path = Path.of(target);
                    SyncFile processed = Files.isRegularFile(path) ? sync.process(Files.readAllBytes(path))
                            : sync.process(target);
                    System.out.println("processed: " + SyncPrinter.line(processed));
                }
                case "report" -> {
                    ReportFormat kind = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
                    Path path = Path.of(save != null ? save : target + "." + kind.name().toLowerCase(Locale.ROOT));
                    Files.write(path, sync.report(target, kind));
                    System.out.println("report written to " + path.toAbsolutePath());
                }
                default -> throw new IllegalArgumentException("action is create, list, show, process or report, not "
                        + action);
            }
        });
    }

    private void create() throws InterruptedException {
        if (entities != null || name != null) {
            Set<String> hostEntities = entities != null ? new LinkedHashSet<>(List.of(entities.split(",")))
                    : sync.ledgers().stream().filter(l -> l.id().equals(target)).findFirst()
                            .map(Ledger::hostEntities).orElse(Set.of());
            sync.defineLedger(new Ledger(target, name != null ? name : target, hostEntities));
        }
        SyncFile file = sync.createSyncFile(target);
        Instant until = Instant.now().plus(Duration.ofSeconds(waitSeconds));
        while (file.status() == SyncFileStatus.CREATING && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            file = sync.syncFile(file.id()).orElse(file);
        }
        System.out.println(SyncPrinter.line(file));
    }

    private void show(SyncFile file) throws Exception {
        SyncPrinter.printFile(file);
        if (save != null) {
            Files.write(Path.of(save), sync.download(file.id()));
            System.out.println("written to " + save);
        }
    }
}
