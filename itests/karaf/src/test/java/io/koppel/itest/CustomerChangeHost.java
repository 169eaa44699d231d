package io.koppel.itest;

import io.koppel.api.customer.CustomerService;
import io.koppel.api.posting.BillingAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A host for crash tests, deployed into a real distribution as a bundle of its own: it tells Koppel of billing
 * address changes through {@link CustomerService#addressChanged}, as a host does, taking them from the test over a
 * local socket (the port is in {@code customer-host.port} in Karaf's home), one line per change:
 * {@code addressId street}. It answers {@code ok} only once Koppel has returned, so the test knows which changes
 * Koppel took; anything else (the service not there yet, an error, a killed JVM) means the host must tell again.
 * Only JDK, OSGi framework and Koppel API classes.
 */
public final class CustomerChangeHost implements BundleActivator {
    static final String PORT_FILE = "customer-host.port";
    private ServerSocket server;

    @Override
    public void start(BundleContext context) throws IOException {
        int port = Integer.parseInt(Files.readString(Path.of(System.getProperty("karaf.home"), PORT_FILE)).strip());
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> accept(context), "customer-change-host");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @Override
    public void stop(BundleContext context) throws IOException {
        server.close();
    }

    private void accept(BundleContext context) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> serve(context, socket), "customer-change-host-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void serve(BundleContext context, Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(changed(context, line) + "\n");
                out.flush();
            }
        } catch (IOException gone) {
            // the test hung up; it tells again what was not answered
        }
    }

    private static String changed(BundleContext context, String line) {
        ServiceReference<CustomerService> reference = context.getServiceReference(CustomerService.class);
        CustomerService customers = reference == null ? null : context.getService(reference);
        if (customers == null) {
            return "unavailable";
        }
        try {
            String[] change = line.split(" ", 2);
            String address = change[0];
            return "ok " + customers.addressChanged(new BillingAddress(address, address, "Leerling " + address,
                    "Familie", "Familie " + address, change[1], address, null, "9000", "Gent", "BE",
                    List.of("ouders" + address + "@example.be"), Optional.empty())).size();
        } catch (RuntimeException e) {
            return "error " + e;
        } finally {
            context.ungetService(reference);
        }
    }
}
