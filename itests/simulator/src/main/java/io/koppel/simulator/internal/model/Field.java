package io.koppel.simulator.internal.model;

/**
 * A property of an entity.
 *
 * @param writable false for properties the docs list as GET-only: Exact ignores them in POST/PUT bodies
 */
public record Field(String name, EdmType type, boolean writable) {
}
