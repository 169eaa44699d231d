package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.ApiError;

/** A malformed query option; Exact answers these with 400 and WCF Data Services' English text. */
public final class ODataSyntaxError extends ApiError {
    public ODataSyntaxError(String message) {
        super(400, message);
    }
}
