package io.koppel.logging.internal;

import java.util.regex.Pattern;

/**
 * Removes anything that looks like a credential from text bound for the log. The client never hands over a
 * token, but an Exact error message or a path could still echo one; the log is read by admins who must never
 * see one.
 */
final class Secrets {
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',]+");
    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)(\\b(?:access_token|refresh_token|client_secret|code|password|state)\"?\\s*[=:]\\s*\"?)[^&\\s\"',}]+");

    private Secrets() {
    }

    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = BEARER.matcher(text).replaceAll("$1***");
        return PARAMETER.matcher(scrubbed).replaceAll("$1***");
    }
}
