package io.koppel.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A test that runs once on every enabled database, taking a {@link TestDatabase}; reports name the database,
 * e.g. {@code claimsAreExclusive() [postgresql]}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@MethodSource("io.koppel.store.TestDatabase#all")
public @interface DatabaseTest {
}
