package io.koppel.store.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names this Karaf node in locks and claims, so an admin can tell which node holds one. */
final class NodeName {
    private NodeName() {
    }

    static String current() {
        String karaf = System.getProperty("karaf.name", "koppel");
        try {
            return karaf + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return karaf + "@" + ProcessHandle.current().pid();
        }
    }
}
