package io.koppel.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel Exact app registration",
        description = "The app registered in Exact's App Center for one Exact site: one configuration per site,"
                + " e.g. etc/io.koppel.auth.app-be.cfg.")
public @interface ExactAppConfiguration {
    String FACTORY_PID = "io.koppel.auth.app";

    @AttributeDefinition(name = "Site", description = "The Exact site: BE, NL, DE, UK, US, ES or FR.")
    String site() default "BE";

    @AttributeDefinition(name = "Client id", description = "The app's client id from Exact's App Center.")
    String clientId();

    @AttributeDefinition(name = "Client secret", type = AttributeType.PASSWORD,
            description = "The app's client secret from Exact's App Center.")
    String clientSecret();

    @AttributeDefinition(name = "Webhook secret", type = AttributeType.PASSWORD, required = false,
            description = "The app's webhook secret from Exact's App Center: Koppel accepts a webhook only if its"
                    + " HashCode is signed with it. Empty: no webhook of this app is accepted.")
    String webhookSecret() default "";

    @AttributeDefinition(name = "Redirect URI",
            description = "Koppel's callback as registered with the app, e.g."
                    + " https://billing.school.be/koppel/oauth/callback.")
    String redirectUri();

    @AttributeDefinition(name = "Base URI", required = false,
            description = "Replaces the site's address, e.g. http://127.0.0.1:8090 for the simulator. Empty: the"
                    + " site's own address.")
    String baseUri() default "";
}
