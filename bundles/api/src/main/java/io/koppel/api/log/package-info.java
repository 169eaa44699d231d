/**
 * The transaction log: every exchange with Exact Online and every change to a connection's configuration,
 * searchable by day and by search number.
 */
@Export
@Version("1.2.0")
package io.koppel.api.log;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
