/**
 * The values exchanged with Exact Online, with Exact's field names mapped to Java names: ids are
 * {@link java.util.UUID}s, amounts {@link java.math.BigDecimal}s, dates {@link java.time.LocalDate}s or
 * {@link java.time.Instant}s, and Exact's space-padded codes come trimmed. Nullable fields are null when Exact
 * left them empty. Records named {@code New...} or {@code ...Changes} are what Koppel sends.
 */
@Export
@Version("1.1.0")
package io.koppel.client.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
