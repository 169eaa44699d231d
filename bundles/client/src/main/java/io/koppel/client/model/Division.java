package io.koppel.client.model;

import java.time.Instant;

/**
 * A division (company) the user gave the app access to ({@code system/Divisions}).
 *
 * @param status           0 inactive, 1 active, 2 archived
 * @param divisionMoveDate when it changes, Exact has reset its sync timestamps: resynchronise everything
 */
public record Division(int code, String description, boolean current, Integer status, String country,
                       String currency, Long hid, Instant divisionMoveDate, Integer blockingStatus) {
}
