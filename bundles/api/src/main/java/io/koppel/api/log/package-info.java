/**
 * The transaction log: every exchange with Exact Online, searchable by day and by search number.
 */
@Export
@Version("1.1.0")
package io.koppel.api.log;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
