package io.koppel.client;

import io.koppel.client.internal.ExactEngine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Makes a client without OSGi, for tests and benchmarks against the Exact simulator. In Karaf, the
 * {@link ExactClient} and {@link TokenEndpoint} services stand in its place; they are configured under PID
 * {@code io.koppel.client}.
 */
public final class ExactClients {
    private ExactClients() {
    }

    public static StandaloneExactClient create(ClientSettings settings, ExchangeListener... listeners) {
        List<ExchangeListener> fixed = List.of(listeners);
        ExactEngine engine = ExactEngine.of(settings, () -> fixed);
        // One object that is both services of the engine, without a class forwarding each operation by hand.
        return (StandaloneExactClient) Proxy.newProxyInstance(ExactClients.class.getClassLoader(),
                new Class<?>[] {StandaloneExactClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        engine.close();
                        return null;
                    }
                    try {
                        return method.invoke(target(engine, method), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Object target(ExactEngine engine, Method method) {
        Class<?> declaring = method.getDeclaringClass();
        if (declaring.isAssignableFrom(ExactClient.class) && declaring != Object.class) {
            return engine.client();
        }
        if (declaring == TokenEndpoint.class) {
            return engine.tokenEndpoint();
        }
        return engine; // equals, hashCode, toString
    }
}
