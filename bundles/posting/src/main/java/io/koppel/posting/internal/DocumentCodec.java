package io.koppel.posting.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.koppel.api.posting.HostDocument;

/** Reads and writes the stored form of host documents. */
final class DocumentCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DocumentCodec() {
    }

    static String write(StoredDocument document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store document " + document.documentNumber(), e);
        }
    }

    static String write(HostDocument document) {
        return write(StoredDocument.of(document));
    }

    static StoredDocument read(String json) {
        try {
            return JSON.readValue(json, StoredDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
