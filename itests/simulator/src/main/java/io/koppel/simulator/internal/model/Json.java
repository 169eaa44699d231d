package io.koppel.simulator.internal.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** The one ObjectMapper, thread-safe once configured. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // java.time as ISO text, without needing the jsr310 module
            .registerModule(new SimpleModule("iso-time")
                    .addSerializer(java.time.Instant.class, ToStringSerializer.instance)
                    .addSerializer(java.time.LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(java.time.LocalDateTime.class, ToStringSerializer.instance));
    public static final JsonFactory FACTORY = MAPPER.getFactory();

    private Json() {
    }
}
