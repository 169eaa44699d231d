/**
 * Koppel's host-facing API: value types shared by all services.
 *
 * <p>A host (school billing, invoicing tool) programs against the services in the sub-packages:
 * {@link io.koppel.api.posting} to post printed invoices and credit notes, {@link io.koppel.api.customer}
 * to push billing-address changes, {@link io.koppel.api.sync} to settle paid invoices,
 * {@link io.koppel.api.connection} to link a school or location to Exact Online and {@link io.koppel.api.log}
 * to read the transaction log. It implements the SPI in {@link io.koppel.api.spi} where it wants to be told
 * what happened. Everything here is immutable and safe to share between threads.
 */
@Export
@Version("1.1.0")
package io.koppel.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
