package io.koppel.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration folder listed outside OSGi, from a directory (target/classes) and from a jar. */
class MigrationTest {
    private static final Map<String, String> SCRIPTS = scripts("V2__second.sql", "V10__tenth_step.sql", "V1__first.sql");

    @TempDir
    Path temp;

    @Test
    void listsADirectoryInVersionOrder() throws IOException {
        Path classes = directory(SCRIPTS);

        List<Migration> migrations = listed(classes);

        assertEquals(List.of(1, 2, 10), migrations.stream().map(Migration::version).toList());
        assertEquals("tenth step", migrations.get(2).description());
        assertEquals("V10__tenth_step.sql", migrations.get(2).script());
        assertEquals("CREATE TABLE t10 (id INT);\n", migrations.get(2).sql());
    }

    @Test
    void listsAJarInVersionOrder() throws IOException {
        Path jar = temp.resolve("koppel-store.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // as Maven packs it: folders as entries, and a sub-folder whose scripts are not this folder's
            for (String folder : List.of("io/", "io/koppel/", "io/koppel/store/", Migration.FOLDER,
                    Migration.FOLDER + "old/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            Map<String, String> entries = new LinkedHashMap<>(SCRIPTS);
            entries.put("old/V3__not_this_folder.sql", "SELECT 1;\n");
            for (Map.Entry<String, String> script : entries.entrySet()) {
                out.putNextEntry(new JarEntry(Migration.FOLDER + script.getKey()));
                out.write(script.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }

        List<Migration> migrations = listed(jar);

        assertEquals(List.of(1, 2, 10), migrations.stream().map(Migration::version).toList());
        assertEquals("CREATE TABLE t1 (id INT);\n", migrations.get(0).sql());
    }

    @Test
    void refusesTwoScriptsOfOneVersion() throws IOException {
        Path classes = directory(scripts("V4__mine.sql", "V4__theirs.sql"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> listed(classes));
        assertTrue(refused.getMessage().contains("have the same version"), refused.getMessage());
    }

    @Test
    void refusesAScriptNamedOtherwise() throws IOException {
        Path classes = directory(scripts("V1__first.sql", "V2-second.sql"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> listed(classes));
        assertEquals("Migration V2-second.sql is not named V<version>__<description>.sql", refused.getMessage());
    }

    @Test
    void findsTheScriptsThisBundleShips() {
        List<Migration> shipped = Migration.onClassPath(Migration.class.getClassLoader());

        assertEquals(1, shipped.get(0).version());
        assertEquals("koppel tables", shipped.get(0).description());
    }

    private Path directory(Map<String, String> scripts) throws IOException {
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Path folder = Files.createDirectories(classes.resolve(Migration.FOLDER));
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Files.writeString(folder.resolve(script.getKey()), script.getValue());
        }
        Files.writeString(folder.resolve("README.txt"), "not a migration");
        return classes;
    }

    private static List<Migration> listed(Path classPath) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null)) {
            return Migration.onClassPath(loader);
        }
    }

    private static Map<String, String> scripts(String... names) {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (String name : names) {
            String version = name.substring(1, name.indexOf("__") > 0 ? name.indexOf("__") : name.indexOf('-'));
            scripts.put(name, "CREATE TABLE t" + version + " (id INT);\n");
        }
        return scripts;
    }
}
