package io.koppel.client.model;

import java.util.UUID;

/**
 * A file attached to a document ({@code documents/DocumentAttachments}).
 *
 * @param url where to download it (add {@code &Download=1} for the raw file)
 */
public record DocumentAttachment(UUID id, UUID document, String fileName, Long fileSize, String url) {
}
