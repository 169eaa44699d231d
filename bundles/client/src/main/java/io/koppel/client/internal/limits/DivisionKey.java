package io.koppel.client.internal.limits;

import java.net.URI;
import java.util.Locale;

/**
 * A division on one Exact site: the unit of Exact's rate limits and of "one request at a time". Division numbers
 * are only unique per site, hence the site in the key.
 */
public record DivisionKey(String site, int division) {

    public static DivisionKey of(URI siteBaseUri, int division) {
        String authority = siteBaseUri.getRawAuthority() == null ? "" : siteBaseUri.getRawAuthority();
        return new DivisionKey(siteBaseUri.getScheme().toLowerCase(Locale.ROOT) + "://"
                + authority.toLowerCase(Locale.ROOT), division);
    }

    @Override
    public String toString() {
        return site + "#" + division;
    }
}
