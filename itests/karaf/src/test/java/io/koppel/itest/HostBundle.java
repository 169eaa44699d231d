package io.koppel.itest;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.BundleActivator;

/**
 * A host application as the crash tests deploy it into an unpacked distribution's deploy/: one class, its
 * activator, importing only the OSGi framework and the packages of Koppel's API it names.
 */
final class HostBundle {
    private HostBundle() {
    }

    static void write(Path jar, String symbolicName, Class<? extends BundleActivator> activator, String... apiPackages)
            throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", activator.getName());
        main.putValue("Import-Package", String.join(",", apiPackages) + ",org.osgi.framework");
        String entry = activator.getName().replace('.', '/') + ".class";
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream bundle = new JarOutputStream(out, manifest);
             InputStream type = activator.getClassLoader().getResourceAsStream(entry)) {
            bundle.putNextEntry(new JarEntry(entry));
            type.transferTo(bundle);
            bundle.closeEntry();
        }
    }
}
