package io.koppel.client.model;

import java.util.UUID;

/**
 * A journal ({@code financial/Journals}). Sales entries name it by {@link #code()}, not by id.
 *
 * @param type 20 sales, 21 sales return, 22 purchase, 10 cash, 12 bank, 90 general, ...
 */
public record Journal(UUID id, String code, String description, Integer type, UUID glAccount,
                      String glAccountCode, boolean blocked, String currency) {
}
