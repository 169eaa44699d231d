package io.koppel.simulator.internal.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API path taken apart: {@code /api/v1/{division}/{service}/{Entity}[(key)[/Navigation]]}, or
 * {@code /api/v1/current/Me}, which has no division.
 *
 * @param entityPath "service/Entity" as written in the URL (matched case-insensitively)
 * @param keyLiteral the text between the parentheses, e.g. guid'...'
 */
public record ApiRoute(Integer division, String entityPath, String keyLiteral, String navigation, boolean me) {
    private static final String PREFIX = "/api/v1/";
    private static final Pattern ENTITY = Pattern.compile("^([^()]+?)(?:\\(([^)]*)\\)(?:/(\\w+))?)?/?$");

    /** Null when the path has no recognisable shape. */
    public static ApiRoute parse(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        if (rest.regionMatches(true, 0, "current/Me", 0, 10)) {
            Matcher m = ENTITY.matcher(rest);
            return m.matches() ? new ApiRoute(null, "current/Me", m.group(2), null, true) : null;
        }
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        int division;
        try {
            division = Integer.parseInt(rest.substring(0, slash));
        } catch (NumberFormatException e) {
            return null;
        }
        Matcher m = ENTITY.matcher(rest.substring(slash + 1));
        if (!m.matches()) {
            return null;
        }
        return new ApiRoute(division, m.group(1), m.group(2), m.group(3), false);
    }

    /** The endpoint name used for counters and the error block, e.g. "salesentry/SalesEntries". */
    public String endpoint() {
        return entityPath;
    }
}
