package io.koppel.sync.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel payment sync",
        description = "How Koppel settles the host's documents from the payments matched in Exact.")
public @interface SyncConfiguration {
    String PID = "io.koppel.sync";

    @AttributeDefinition(name = "Automatic run interval (seconds)",
            description = "How often Karaf's scheduler runs automatic payment sync of the connections switched on.")
    long scheduler_period() default 900;

    @AttributeDefinition(name = "Installation",
            description = "The installation's key in sync files' names (ExactOnlineSyncFile-<ledger>-<installation>B<bookkeeping>D<ledger key>.xml).")
    String installation() default "koppel";

    @AttributeDefinition(name = "Bookkeeping key", description = "The bookkeeping's key in sync files' names.")
    String bookkeepingKey() default "1";

    @AttributeDefinition(name = "Pages per read",
            description = "At most this many pages (1,000 payment terms each) a division is read for at a time;"
                    + " the rest follows in the next run.")
    int maxPages() default 500;

    @AttributeDefinition(name = "Division move check (hours)",
            description = "How often Exact's DivisionMoveDate is looked at: a move resets Exact's sync Timestamps.")
    int moveCheckHours() default 24;

    @AttributeDefinition(name = "Deletions kept (days)",
            description = "A copy last read longer ago than this is read again from the start: Exact's sync/Deleted"
                    + " keeps deletions two months.")
    int deletionsKeptDays() default 55;

    @AttributeDefinition(name = "Division lease (seconds)",
            description = "How long payment sync holds a division; another node takes it after this when this one stops.")
    int leaseSeconds() default 120;

    @AttributeDefinition(name = "Wait for a busy division (seconds)",
            description = "How long a sync file or a run on demand waits while a posting holds the division.")
    int leasePatienceSeconds() default 300;

    @AttributeDefinition(name = "Abandoned files (minutes)",
            description = "A sync file still Creating after this long was left by a node that stopped: it fails.")
    int abandonedMinutes() default 120;
}
