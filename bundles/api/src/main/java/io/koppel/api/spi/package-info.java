/**
 * What a host implements and registers as an OSGi service to hear from Koppel. Every service here is
 * optional: without one, Koppel keeps the information for the host to read through the API.
 */
@Export
@Version("1.1.0")
package io.koppel.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
