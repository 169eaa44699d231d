/**
 * Posting printed invoices and credit notes to Exact Online as sales entries.
 *
 * <p>The host calls {@link io.koppel.api.posting.PostingService#submit} when it prints; Koppel stores the
 * documents at once and posts them in the background, exactly once, retrying transient failures by itself.
 */
@Export
@Version("1.1.0")
package io.koppel.api.posting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
