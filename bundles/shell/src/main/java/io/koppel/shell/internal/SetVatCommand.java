package io.koppel.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "set-vat", description = "Chooses the VAT code every sales entry line names.",
        detailedDescription = "It must exist in the division, so Exact adds no VAT of the GL account to what the host"
                + " printed; without a code, clears it (the posting configuration's default applies).")
public class SetVatCommand extends ConnectionCommand {
    @Argument(index = 1, name = "vat-code", description = "Exact's VAT code, e.g. the exempt one")
    String vatCode;

    @Override
    void run() throws Exception {
        connections.setVatCode(hostEntity, vatCode);
        System.out.println(hostEntity + ": VAT code " + (vatCode == null ? "- (the configured default)" : vatCode));
    }
}
