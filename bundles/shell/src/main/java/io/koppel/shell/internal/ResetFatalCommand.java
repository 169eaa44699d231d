package io.koppel.shell.internal;

import io.koppel.api.posting.PostingAdministration;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "reset-fatal",
        description = "Puts Fatal postings back to Failed, after the cause is found, so a clerk can post them again.")
public class ResetFatalCommand implements Action {
    @Reference
    PostingAdministration administration;

    @Argument(index = 0, name = "documents", required = true, multiValued = true, description = "Document numbers")
    List<String> documentNumbers;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            for (String number : documentNumbers) {
                Clerk.printStatus(administration.resetFatal(number));
            }
        });
    }
}
