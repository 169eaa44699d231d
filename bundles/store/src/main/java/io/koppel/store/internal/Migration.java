package io.koppel.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL script, {@code V<version>__<description>.sql}, next to this class's package under
 * {@code io/koppel/store/migration}. Scripts are listed in order in {@code index.txt} there, because a bundle's
 * class loader cannot list a folder.
 */
record Migration(int version, String description, String script, String sql) {
    private static final String FOLDER = "/io/koppel/store/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** The migrations shipped with this bundle, in version order. */
    static List<Migration> shipped() {
        List<Migration> migrations = new ArrayList<>();
        for (String script : read("index.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            Matcher name = NAME.matcher(script);
            if (!name.matches()) {
                throw new IllegalStateException("Migration " + script + " is not named V<version>__<description>.sql");
            }
            migrations.add(new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), script,
                    read(script)));
        }
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).version() <= migrations.get(i - 1).version()) {
                throw new IllegalStateException("index.txt lists migrations out of version order at " + migrations.get(i).script());
            }
        }
        return migrations;
    }

    /** The SHA-256 of the script as shipped; a changed script that already ran is refused. */
    String checksum() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The script's statements for a database: comments dropped, split at a semicolon ending a line. */
    List<String> statements(Dialect dialect) {
        StringBuilder statement = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String line : sql.lines().toList()) {
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (code.endsWith(";")) {
                String text = statement.toString().strip();
                statements.add(dialect.expand(text.substring(0, text.length() - 1)));
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            throw new IllegalStateException("Migration " + script + " ends without a semicolon");
        }
        return statements;
    }

    private static String read(String name) {
        try (InputStream in = Migration.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration resource " + FOLDER + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }
}
