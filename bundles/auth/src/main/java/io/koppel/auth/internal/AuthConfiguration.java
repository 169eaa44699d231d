package io.koppel.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel connections",
        description = "How Koppel keeps the OAuth2 links of host entities to Exact Online.")
public @interface AuthConfiguration {
    String PID = "io.koppel.auth";

    @AttributeDefinition(name = "Token key", type = AttributeType.PASSWORD, required = false,
            description = "AES-256 key (32 bytes, base64) that encrypts tokens at rest. Set the same key on every"
                    + " Karaf node sharing the database. Empty: a key file is generated (see Token key file).")
    String tokenKey() default "";

    @AttributeDefinition(name = "Previous token keys", type = AttributeType.PASSWORD, required = false,
            description = "Keys being rotated out (base64, comma-separated): they still decrypt the tokens they"
                    + " sealed, while every token refreshed is sealed with the token key. Remove one once no"
                    + " connection uses it any more (the log says so at start).")
    String[] previousTokenKeys() default {};

    @AttributeDefinition(name = "Token key file", required = false,
            description = "Where the generated key is kept, readable by the Karaf user only. Empty:"
                    + " ${karaf.data}/koppel/token.key.")
    String tokenKeyFile() default "";

    @AttributeDefinition(name = "Consent time (minutes)",
            description = "How long the address from koppel:connect stays valid.")
    int consentMinutes() default 10;

    @AttributeDefinition(name = "Keep-alive after (days)",
            description = "A link unused this long gets its tokens refreshed, so Exact's 30-day expiry never hits.")
    int keepAliveIdleDays() default 25;

    @AttributeDefinition(name = "Keep-alive check (minutes)",
            description = "How often idle links are looked for.")
    int keepAliveCheckMinutes() default 360;
}
