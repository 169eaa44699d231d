package io.koppel.client;

import io.koppel.client.model.Division;
import io.koppel.client.model.Me;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Who the access token belongs to and which divisions it opens. */
@ProviderType
public interface ExactSystem {

    /** The user the access token belongs to; the only call without a division in its URL. */
    Me me(CallContext ctx);

    /** The divisions the user gave the app access to. */
    List<Division> divisions(CallContext ctx);
}
