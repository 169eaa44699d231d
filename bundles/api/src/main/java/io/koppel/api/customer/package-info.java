/**
 * Keeping Exact's customers in step with the host's billing addresses.
 */
@Export
@Version("1.1.0")
package io.koppel.api.customer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
