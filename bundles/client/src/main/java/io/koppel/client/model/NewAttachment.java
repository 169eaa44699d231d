package io.koppel.client.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/** A file to attach to a document; the client sends the content base64-encoded. */
public record NewAttachment(UUID document, String fileName, byte[] content) {

    public NewAttachment {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(fileName, "fileName");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NewAttachment a && a.document.equals(document) && a.fileName.equals(fileName)
                && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, fileName, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "NewAttachment[document=" + document + ", fileName=" + fileName + ", bytes=" + content.length + "]";
    }
}
