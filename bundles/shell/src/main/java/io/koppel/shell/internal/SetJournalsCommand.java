package io.koppel.shell.internal;

import io.koppel.api.connection.Journal;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "set-journals",
        description = "Chooses the sales journals for invoices and credit notes.",
        detailedDescription = "Without codes, lists them.")
public class SetJournalsCommand extends ConnectionCommand {
    @Argument(index = 1, name = "invoices", description = "Journal code for invoices")
    String invoiceJournal;

    @Argument(index = 2, name = "credit-notes", description = "Journal code for credit notes and negative invoices")
    String creditNoteJournal;

    @Override
    void run() throws Exception {
        if (invoiceJournal == null) {
            printChoices("Journal", connections.salesJournals(hostEntity), Journal::code, Journal::description);
            return;
        }
        String creditNotes = creditNoteJournal == null ? invoiceJournal : creditNoteJournal;
        System.out.println(hostEntity + ": " + connections.setJournals(hostEntity, invoiceJournal, creditNotes).state());
    }
}
