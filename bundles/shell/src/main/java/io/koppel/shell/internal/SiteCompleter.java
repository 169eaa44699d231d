package io.koppel.shell.internal;

import io.koppel.api.connection.ExactSite;
import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes Exact's sites. */
@Service
public class SiteCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(Arrays.stream(ExactSite.values()).map(Enum::name).toList())
                .complete(session, commandLine, candidates);
    }
}
