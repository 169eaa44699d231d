package io.koppel.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;

/**
 * One versioned SQL script, {@code V<version>__<description>.sql}, in the folder {@code io/koppel/store/migration}
 * of this bundle. A new script is only a new file there: the folder is listed, in Karaf through the bundle
 * ({@link #inBundle}), on a plain class path (tests, benchmarks) through the directory or jar it comes from
 * ({@link #onClassPath}).
 */
record Migration(int version, String description, String script, String sql) {
    static final String FOLDER = "io/koppel/store/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** The migrations the bundle holds, in version order. */
    static List<Migration> inBundle(Bundle bundle) {
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.sql", false);
        return ordered(entries == null ? List.of() : Collections.list(entries));
    }

    /** The migrations in the folder as the class loader sees it: a directory or a jar, in version order. */
    static List<Migration> onClassPath(ClassLoader loader) {
        URL folder = loader.getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("Migration folder " + FOLDER + " is missing from the class path");
        }
        try {
            List<String> names = switch (folder.getProtocol()) {
                case "file" -> filesIn(Path.of(folder.toURI()));
                case "jar" -> entriesIn((JarURLConnection) folder.openConnection());
                default -> throw new IllegalStateException("Cannot list migration folder " + folder);
            };
            List<URL> scripts = new ArrayList<>();
            for (String name : names) {
                scripts.add(new URL(folder, name));
            }
            return ordered(scripts);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list migration folder " + folder, e);
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).toList();
        }
    }

    private static List<String> entriesIn(JarURLConnection folder) throws IOException {
        folder.setUseCaches(false);
        String prefix = folder.getEntryName();
        try (JarFile jar = folder.getJarFile()) {
            return jar.stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".sql"))
                    .map(name -> name.substring(prefix.length()))
                    .filter(name -> !name.contains("/"))
                    .toList();
        }
    }

    private static List<Migration> ordered(List<URL> scripts) {
        List<Migration> migrations = new ArrayList<>();
        for (URL url : scripts) {
            String path = url.getPath();
            String script = path.substring(path.lastIndexOf('/') + 1);
            Matcher name = NAME.matcher(script);
            if (!name.matches()) {
                throw new IllegalStateException("Migration " + script + " is not named V<version>__<description>.sql");
            }
            migrations.add(new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), script,
                    read(url)));
        }
        migrations.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                throw new IllegalStateException("Migrations " + migrations.get(i - 1).script() + " and "
                        + migrations.get(i).script() + " have the same version");
            }
        }
        return List.copyOf(migrations);
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

    private static String read(URL script) {
        try (InputStream in = script.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + script, e);
        }
    }
}
