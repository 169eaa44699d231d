/**
 * Koppel's client for the Exact Online REST API: the only code in Koppel that speaks HTTP to Exact.
 *
 * <p>{@link io.koppel.client.ExactClient} offers typed operations; every call carries a
 * {@link io.koppel.client.CallContext} naming the site, division and the host record it is made for, and an
 * {@link io.koppel.client.AccessTokenSource}: tokens are not the client's business. The OAuth token endpoint is
 * reached through {@link io.koppel.client.TokenEndpoint}. Failures are one of the subclasses of
 * {@link io.koppel.client.ExactException}; every exchange with Exact is reported to the registered
 * {@link io.koppel.client.ExchangeListener} services.
 */
@Export
@Version("1.1.0")
package io.koppel.client;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
