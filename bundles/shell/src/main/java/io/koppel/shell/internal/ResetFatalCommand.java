package io.koppel.shell.internal;

import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingAdministration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "reset-fatal", description = "Puts Fatal postings back to Failed.",
        detailedDescription = "After the cause is found, so a clerk can post them again.")
public class ResetFatalCommand extends DocumentsCommand {
    @Reference
    PostingAdministration administration;

    @Override
    void change(List<String> documentNumbers, Consumer<Posting> changed) {
        for (String number : documentNumbers) {
            changed.accept(administration.resetFatal(number));
        }
    }
}
