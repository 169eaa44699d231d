/**
 * Access to Exact for Koppel's own bundles: which division, journals and cost codes a host entity posts to,
 * and its access tokens. Hosts use {@link io.koppel.api.connection.ConnectionService} instead.
 */
@Export
@Version("1.1.0")
package io.koppel.auth;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
