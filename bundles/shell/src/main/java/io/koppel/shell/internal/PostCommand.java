package io.koppel.shell.internal;

import io.koppel.api.posting.PostingService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "koppel", name = "post", description = "Hands printed documents from a JSON file to Koppel.",
        detailedDescription = "As the host does when it prints: one document or an array, with the field names of"
                + " HostDocument (billingAddress.mandate may be absent).")
public class PostCommand implements Action {
    @Reference
    PostingService postings;

    @Argument(index = 0, name = "file", required = true, description = "A JSON file with one document or an array")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                Clerk.printStatuses(postings.submit(DocumentFile.read(in)));
            }
        });
    }
}
