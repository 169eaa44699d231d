package io.koppel.simulator;

import java.util.List;
import java.util.UUID;

/**
 * An Exact Online user who can log in on the consent page.
 *
 * @param languageCode e.g. {@code nl-BE} or {@code en-GB}; decides the language of API error messages
 * @param divisions    the divisions this user may use; the first is the user's CurrentDivision
 */
public record SimUser(UUID userId, String username, String password, String fullName, String email,
                      String languageCode, List<Integer> divisions) {

    public SimUser {
        divisions = List.copyOf(divisions);
        if (divisions.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one division");
        }
    }

    public int currentDivision() {
        return divisions.get(0);
    }

    public boolean isDutch() {
        return languageCode != null && languageCode.toLowerCase(java.util.Locale.ROOT).startsWith("nl");
    }
}
