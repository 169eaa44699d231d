package io.koppel.simulator.internal.model;

/** The OData (Edm) types the simulated entities use, with the Java type each value is stored as. */
public enum EdmType {
    GUID("Edm.Guid"),          // java.util.UUID
    STRING("Edm.String"),      // String
    INT16("Edm.Int16"),        // Integer
    INT32("Edm.Int32"),        // Integer
    INT64("Edm.Int64"),        // Long
    BYTE("Edm.Byte"),          // Integer (Exact's 0/1/2 flags are numbers, not booleans)
    DOUBLE("Edm.Double"),      // java.math.BigDecimal, so amounts never pick up binary rounding
    BOOLEAN("Edm.Boolean"),    // Boolean
    DATETIME("Edm.DateTime"),  // java.time.LocalDateTime, read as UTC when rendered as /Date(ms)/
    BINARY("Edm.Binary");      // String (base64)

    private final String edmName;

    EdmType(String edmName) {
        this.edmName = edmName;
    }

    public String edmName() {
        return edmName;
    }

    public boolean isNumeric() {
        return this == INT16 || this == INT32 || this == INT64 || this == BYTE || this == DOUBLE;
    }
}
