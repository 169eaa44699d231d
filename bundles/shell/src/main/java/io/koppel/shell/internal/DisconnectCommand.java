package io.koppel.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "disconnect", description = "Removes a host entity's link and its tokens.",
        detailedDescription = "Past postings stay; new ones wait for a new link.")
public class DisconnectCommand extends ConnectionCommand {
    @Override
    void run() throws Exception {
        connections.disconnect(hostEntity);
        System.out.println(hostEntity + ": disconnected");
    }
}
