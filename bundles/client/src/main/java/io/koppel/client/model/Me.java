package io.koppel.client.model;

import java.util.UUID;

/**
 * The user the access token belongs to ({@code current/Me}).
 *
 * @param currentDivision the division the user last used in Exact's UI; it changes, so store the division
 *                        chosen for a connection yourself
 */
public record Me(UUID userId, String userName, String fullName, String email, String languageCode,
                 Integer currentDivision, String divisionCustomerName) {
}
