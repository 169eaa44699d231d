package io.koppel.itest;

import io.koppel.api.spi.SettlementHandler;
import io.koppel.api.sync.Settlement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A host for crash tests, deployed into a real distribution as a bundle of its own: it applies each settlement
 * slowly (so a kill -9 lands while it applies them) and writes it to {@code settled.log} in Karaf's home, a line
 * per settlement, which outlives the JVM. Only JDK, OSGi framework and Koppel API classes.
 */
public final class SlowSettlementHost implements BundleActivator, SettlementHandler {
    static final String LOG = "settled.log";
    private ServiceRegistration<SettlementHandler> registration;

    @Override
    public void start(BundleContext context) {
        registration = context.registerService(SettlementHandler.class, this, null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }

    @Override
    public void settle(String ledger, List<Settlement> settlements, LocalDate paymentDate) {
        Path log = Path.of(System.getProperty("karaf.home"), LOG);
        for (Settlement s : settlements) {
            try {
                Thread.sleep(40);
                Files.writeString(log, s.documentNumber() + " " + s.kind() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("stopped while settling", e);
            }
        }
    }
}
