package io.koppel.shell.internal;

import io.koppel.api.posting.PostingService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "repost", description = "Queues New or Failed postings again; others are left as they are.")
public class RepostCommand implements Action {
    @Reference
    PostingService postings;

    @Argument(index = 0, name = "documents", required = true, multiValued = true, description = "Document numbers")
    List<String> documentNumbers;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> Clerk.printStatuses(postings.repost(documentNumbers)));
    }
}
