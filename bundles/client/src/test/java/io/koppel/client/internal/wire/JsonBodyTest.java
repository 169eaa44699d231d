package io.koppel.client.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    @Test
    void amountsAreWrittenDigitForDigit() {
        JsonBody body = new JsonBody()
                .decimal("A", new BigDecimal("12.10"))
                .decimal("B", new BigDecimal("1E+1"))
                .decimal("C", new BigDecimal("-0.005"));

        assertEquals("{\"A\":12.10,\"B\":10,\"C\":-0.005}", Json.write(body.node()));
    }

    @Test
    void nullsAreLeftOutAndFlagsTyped() {
        UUID id = UUID.fromString("c00ee12c-0000-0000-0000-000000000001");
        JsonBody body = new JsonBody()
                .text("Name", null)
                .uuid("Account", id)
                .byteFlag("Main", true)
                .flag("Blocked", false)
                .date("SignatureDate", LocalDate.of(2024, 3, 1))
                .array("Lines", List.of(new JsonBody().integer("N", 1)));

        assertEquals("{\"Account\":\"" + id + "\",\"Main\":1,\"Blocked\":false,\"SignatureDate\":"
                + "\"2024-03-01T00:00:00\",\"Lines\":[{\"N\":1}]}", Json.write(body.node()));
    }
}
