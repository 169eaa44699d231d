package io.koppel.auth.internal;

import io.koppel.api.connection.ExactSite;
import java.net.URI;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** Koppel's app at one Exact site, from a factory configuration. */
@Component(service = ExactApp.class, configurationPid = ExactAppConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ExactAppConfiguration.class, factory = true)
public final class ExactApp {
    private final ExactSite site;
    private final String clientId;
    private final String clientSecret;
    private final URI redirectUri;
    private final URI baseUri;
    private final String webhookSecret;

    @Activate
    public ExactApp(ExactAppConfiguration configuration) {
        this(ExactSite.valueOf(configuration.site().strip().toUpperCase(Locale.ROOT)), configuration.clientId(),
                configuration.clientSecret(), URI.create(configuration.redirectUri()),
                configuration.baseUri().isBlank() ? null : URI.create(configuration.baseUri().strip()),
                configuration.webhookSecret());
    }

    ExactApp(ExactSite site, String clientId, String clientSecret, URI redirectUri, URI baseUri) {
        this(site, clientId, clientSecret, redirectUri, baseUri, "");
    }

    ExactApp(ExactSite site, String clientId, String clientSecret, URI redirectUri, URI baseUri, String webhookSecret) {
        this.webhookSecret = webhookSecret == null ? "" : webhookSecret;
        this.site = site;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.baseUri = baseUri == null ? site.baseUri() : baseUri;
    }

    ExactSite site() {
        return site;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    URI redirectUri() {
        return redirectUri;
    }

    /** The secret Exact signs this app's webhooks with; empty when none is configured. */
    String webhookSecret() {
        return webhookSecret;
    }

    /** The address calls go to: the site's, or the configured replacement. */
    URI baseUri() {
        return baseUri;
    }

    @Override
    public String toString() {
        return "ExactApp[" + site + ", " + clientId + ", " + baseUri + "]";
    }
}
