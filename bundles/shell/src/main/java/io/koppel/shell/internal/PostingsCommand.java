package io.koppel.shell.internal;

import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import io.koppel.api.Status;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingQuery;
import io.koppel.api.posting.PostingService;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "postings", description = "Lists the postings: documents on their way to Exact.",
        detailedDescription = "Most recently sent first; --csv writes the whole selection to a file instead.")
public class PostingsCommand implements Action {
    @Reference
    PostingService postings;

    @Option(name = "-e", aliases = "--entity", description = "Only this school or location")
    @Completion(HostEntityCompleter.class)
    String hostEntity;

    @Option(name = "-s", aliases = "--status", description = "Only these statuses, e.g. FAILED,FATAL")
    String statuses;

    @Option(name = "-q", aliases = "--search", description = "Text in name, title, OGM, invoice or document number")
    String search;

    @Option(name = "-n", aliases = "--limit", description = "How many to show")
    int limit = 50;

    @Option(name = "-o", aliases = "--offset", description = "How many to skip")
    int offset;

    @Option(name = "--csv", description = "Write the whole selection to this CSV file instead")
    String csv;

    @Override
    public Object execute() throws Exception {
        Set<Status> only = Clerk.statuses(statuses);
        PostingQuery query = new PostingQuery(Optional.ofNullable(hostEntity), only, Optional.ofNullable(search));
        if (csv != null) {
            try (Writer out = Files.newBufferedWriter(Path.of(csv), StandardCharsets.UTF_8)) {
                postings.exportCsv(query, Clerk.locale(), out);
            }
            System.out.println("Written to " + csv);
            return null;
        }
        Page<Posting> page = postings.postings(query, new PageRequest(offset, limit));
        Locale locale = Clerk.locale();
        StatusTable table = new StatusTable("No postings", "Document", "Invoice", "Entity", "Name", "Type", "Amount",
                "OGM", "Exact entry", "Sent", "Processed");
        for (Posting posting : page.items()) {
            table.addRow(posting.status(), posting.reason(), posting.documentNumber(), posting.hostInvoiceId(),
                    posting.hostEntity(), posting.name(), posting.type().label(locale), posting.amount(), posting.ogm(),
                    posting.exactEntryNumber().map(String::valueOf).orElse(""), Tables.minutes(posting.sentAt()),
                    Tables.minutes(posting.processedAt()));
        }
        table.print();
        if (page.total() > 0) {
            System.out.printf("%d-%d of %d%n", offset + 1, offset + page.items().size(), page.total());
        }
        return null;
    }
}
