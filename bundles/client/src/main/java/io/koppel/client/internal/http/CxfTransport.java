package io.koppel.client.internal.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import javax.net.ssl.SSLHandshakeException;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxrs.client.JAXRSClientFactoryBean;
import org.apache.cxf.jaxrs.client.WebClient;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.ConnectionType;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * HTTP over CXF's {@link WebClient}. A TLS handshake with Exact can take seconds, so connections must be reused:
 * CXF shares one JDK HttpClient (and its connection pool) between conduits with equal settings only while one of
 * them is open, and a closed WebClient closes its conduit. So WebClients are kept open in a pool per origin and
 * each is used by one thread at a time (a WebClient is not thread-safe).
 */
public final class CxfTransport implements HttpTransport {
    private static final int MAX_IDLE_PER_ORIGIN = 16;

    private final Bus bus;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Map<String, Deque<WebClient>> idle = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public CxfTransport(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        // In OSGi the bus must be built with this bundle's class loader as context loader, or CXF looks for its
        // extensions in whatever bundle happens to call first.
        this.bus = withOwnClassLoader(() -> BusFactory.newInstance().createBus());
    }

    @Override
    public HttpResponse send(HttpRequest request) throws TransportFailure {
        if (closed) {
            throw new TransportFailure("the Exact client is stopped", false, false, null);
        }
        String origin = origin(request.uri());
        WebClient client = borrow(origin);
        try {
            client.reset();
            client.to(request.uri().toString(), false);
            request.headers().forEach(client::header);
            Response response = request.body() == null
                    ? client.invoke(request.method(), null)
                    : client.invoke(request.method(), Entity.entity(request.body(), request.contentType()));
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            HttpResponse result = new HttpResponse(response.getStatus(), flatten(response.getStringHeaders()), body);
            giveBack(origin, client);
            return result;
        } catch (ProcessingException | IllegalStateException e) {
            client.close();
            throw classify(e);
        } catch (RuntimeException e) {
            client.close();
            throw new TransportFailure(describe(e), true, false, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        idle.values().forEach(clients -> {
            WebClient client;
            while ((client = clients.poll()) != null) {
                client.close();
            }
        });
        bus.shutdown(false);
    }

    private WebClient borrow(String origin) {
        WebClient client = idle.computeIfAbsent(origin, key -> new ConcurrentLinkedDeque<>()).pollFirst();
        return client != null ? client : withOwnClassLoader(() -> create(origin));
    }

    private void giveBack(String origin, WebClient client) {
        Deque<WebClient> clients = idle.get(origin);
        if (closed || clients == null || clients.size() >= MAX_IDLE_PER_ORIGIN) {
            client.close();
        } else {
            clients.offerFirst(client);
        }
    }

    private WebClient create(String origin) {
        JAXRSClientFactoryBean factory = new JAXRSClientFactoryBean();
        factory.setBus(bus);
        factory.setAddress(origin);
        WebClient client = factory.createWebClient();
        HTTPConduit conduit = WebClient.getConfig(client).getHttpConduit();
        conduit.setClient(policy());
        return client;
    }

    private HTTPClientPolicy policy() {
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(connectTimeout.toMillis());
        policy.setReceiveTimeout(readTimeout.toMillis());
        policy.setConnection(ConnectionType.KEEP_ALIVE);
        // Exact's bodies are small; a Content-Length is friendlier to its front end than chunks
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        policy.setVersion("1.1");
        return policy;
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> flatten(MultivaluedMap<String, String> headers) {
        Map<String, String> flat = new java.util.HashMap<>();
        headers.forEach((name, values) -> flat.put(name, values == null ? null : String.join(",", values)));
        return flat;
    }

    /** Tells a connection that never opened (nothing sent) from one that failed after sending. */
    static TransportFailure classify(Throwable failure) {
        String text = describe(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SSLHandshakeException) {
                return new TransportFailure(text, false, t instanceof HttpConnectTimeoutException, failure);
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return new TransportFailure(text, true, true, failure);
            }
        }
        return new TransportFailure(text, true, false, failure);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static <T> T withOwnClassLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CxfTransport.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

}
