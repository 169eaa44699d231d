/**
 * Koppel's own tables, for Koppel's bundles only: hosts program against {@code io.koppel.api}.
 *
 * <p>{@link io.koppel.store.Store} runs work in one database transaction; the mappers in this package are the
 * only SQL Koppel has. Rows are plain records; tokens in {@link io.koppel.store.ConnectionRow} are ciphertext.
 *
 * <p>Exported for Koppel's own bundles only, marked {@code x-internal} and versioned 0.x: no compatibility is
 * promised to anyone else.
 */
@Export(attribute = "x-internal:=true")
@Version("0.1.0")
package io.koppel.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
