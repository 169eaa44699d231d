package io.koppel.shell.internal;

import io.koppel.api.posting.Posting;
import java.util.List;
import java.util.function.Consumer;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;

/**
 * A command that changes postings named by their document numbers and prints each one's status after the change.
 * Karaf reads the annotations of this class for every command that extends it.
 */
abstract class DocumentsCommand implements Action {
    @Argument(index = 0, name = "documents", required = true, multiValued = true, description = "Document numbers")
    List<String> documentNumbers;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> change(documentNumbers, Clerk::printStatus));
    }

    /**
     * Changes the postings and hands each one, as it stands after the change, to {@code changed}: one refused midway
     * ends the command, after those changed before it are printed.
     */
    abstract void change(List<String> documentNumbers, Consumer<Posting> changed);
}
