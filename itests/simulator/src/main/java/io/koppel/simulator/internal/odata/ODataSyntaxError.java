package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.model.EntitySchema;

/** A malformed query option; Exact answers these with 400 and WCF Data Services' English text. */
public final class ODataSyntaxError extends ApiError {
    public ODataSyntaxError(String message) {
        super(400, message);
    }

    /** A query option names a property the entity type does not have (or not of the kind the option needs). */
    public static ODataSyntaxError noProperty(EntitySchema schema, String name, int position) {
        return new ODataSyntaxError("No property '" + name + "' exists in type '" + schema.typeName()
                + "' at position " + position + ".");
    }
}
