/**
 * Linking a school, institution or location of the host to an Exact Online division.
 *
 * <p>An admin links each host entity once with OAuth2 ({@link io.koppel.api.connection.ConnectionService#connect}),
 * then chooses the division, the sales journals and an optional cost center/unit. Until that is done the
 * connection is {@link io.koppel.api.connection.ConnectionState#INCOMPLETE} and its postings wait.
 */
@Export
@Version("1.1.0")
package io.koppel.api.connection;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
