package io.koppel.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * This Karaf node as Koppel names it in claims, division leases and the schema lock. Its identity is made once and
 * kept with the node's data ({@code ${karaf.data}/koppel/node.id}): it survives restarts, so a node that starts
 * again takes back its own claims at once, and two nodes on one host never share it, even when both carry Karaf's
 * default name. A node started on a copy of another node's data folder would: delete the copy's {@code node.id}.
 *
 * @param id        twelve hex digits, unique per data folder
 * @param karafName the node's {@code karaf.name}
 * @param hostName  the host it runs on
 * @param idFile    where the identity is kept, empty outside Karaf (then it lives as long as the JVM)
 */
public record KoppelNode(String id, String karafName, String hostName, Optional<Path> idFile) {
    private static final int NAME_LENGTH = 100;
    private static volatile KoppelNode current;

    /** This node, its identity read from its data folder or made there the first time. */
    public static KoppelNode current() {
        KoppelNode node = current;
        if (node == null) {
            synchronized (KoppelNode.class) {
                if (current == null) {
                    current = load();
                }
                node = current;
            }
        }
        return node;
    }

    /** The name in claims and leases: identity first (it makes the name unique), then the host. */
    public String claimName() {
        String name = id + "@" + hostName;
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
    }

    private static KoppelNode load() {
        String karafName = System.getProperty("karaf.name", "koppel");
        String data = System.getProperty("karaf.data");
        if (data == null) {
            return new KoppelNode(newId(), karafName, localHostName(), Optional.empty());
        }
        Path file = Path.of(data, "koppel", "node.id");
        return new KoppelNode(readOrCreate(file), karafName, localHostName(), Optional.of(file));
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.writeString(file, newId() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                } catch (FileAlreadyExistsException madeByAnotherBundleJustNow) {
                    // read below
                }
            }
            String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!id.matches("[0-9a-f]{12}")) {
                throw new IllegalStateException(file + " does not hold a Koppel node identity (12 hex digits): \""
                        + id + "\"; delete it and start again to get a new one");
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep Koppel's node identity in " + file, e);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
