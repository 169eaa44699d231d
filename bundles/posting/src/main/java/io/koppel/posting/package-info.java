/**
 * The posting queue's seam for other Koppel bundles: {@link io.koppel.posting.DivisionWork} runs under the
 * division lease of the posting writer, and retries and waits as postings do ({@link io.koppel.posting.RetrySchedule},
 * {@link io.koppel.posting.WorkReasons}).
 *
 * <p>Exported for Koppel's own bundles only, marked {@code x-internal} and versioned 0.x: no compatibility is
 * promised to anyone else.
 */
@Export(attribute = "x-internal:=true")
@Version("0.2.0")
package io.koppel.posting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
