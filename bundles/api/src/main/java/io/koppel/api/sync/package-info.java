/**
 * Settling the host's invoices from the outstanding items in Exact Online.
 *
 * <p>Payments are matched in Exact; Koppel reads what is still outstanding there and tells the host which of
 * its posted invoices are now fully paid, partially paid or open again, matched on Exact's entry number and
 * the structured communication.
 */
@Export
@Version("1.1.0")
package io.koppel.api.sync;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
