package io.koppel.shell.internal;

import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingService;
import java.util.List;
import java.util.function.Consumer;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "repost", description = "Queues New or Failed postings again; others are left as they are.")
public class RepostCommand extends DocumentsCommand {
    @Reference
    PostingService postings;

    @Override
    void change(List<String> documentNumbers, Consumer<Posting> changed) {
        postings.repost(documentNumbers).forEach(changed);
    }
}
