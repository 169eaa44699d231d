package io.koppel.api.connection;

/**
 * An Exact division (administratie, dossier) the linked user may use.
 *
 * @param code Exact's division number, used in every API path
 * @param description the division's name
 */
public record Division(int code, String description) {
}
