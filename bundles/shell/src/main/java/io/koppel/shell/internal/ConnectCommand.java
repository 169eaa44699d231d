package io.koppel.shell.internal;

import io.koppel.api.connection.ExactSite;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "connect", description = "Starts linking a host entity to an Exact account.",
        detailedDescription = "Open the printed address, log in at Exact and allow access.")
public class ConnectCommand extends ConnectionCommand {
    @Option(name = "-s", aliases = "--site", description = "The Exact site: BE, NL, DE, UK, US, ES or FR")
    @Completion(SiteCompleter.class)
    String site = "BE";

    @Override
    void run() throws Exception {
        System.out.println(connections.connect(hostEntity, ExactSite.valueOf(site.toUpperCase(Locale.ROOT))));
    }
}
