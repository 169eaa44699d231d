/**
 * Koppel's own tables, for Koppel's bundles only: hosts program against {@code io.koppel.api}.
 *
 * <p>{@link io.koppel.store.Store} runs work in one database transaction; the mappers in this package are the
 * only SQL Koppel has. Rows are plain records; tokens in {@link io.koppel.store.ConnectionRow} are ciphertext.
 */
@Export
@Version("1.1.0")
package io.koppel.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
