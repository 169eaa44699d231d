package io.koppel.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * An instance of a configuration annotation (an OSGi metatype configuration) with its declared defaults, some of
 * them overridden: what Declarative Services hands a component when only those properties are configured.
 */
public final class Annotations {
    private Annotations() {
    }

    public static <A extends Annotation> A configuration(Class<A> type, Map<String, Object> overrides) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String name = method.getName();
            if (overrides.containsKey(name)) {
                return overrides.get(name);
            }
            return switch (name) {
                case "annotationType" -> type;
                case "toString" -> type.getSimpleName() + overrides;
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> {
                    Object value = method.getDefaultValue();
                    if (value == null) {
                        throw new IllegalStateException(type.getSimpleName() + "." + name + " has no default");
                    }
                    yield value;
                }
            };
        });
        return type.cast(proxy);
    }
}
