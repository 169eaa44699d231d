package io.koppel.auth.internal;

/** Completes a consent when Exact sends the admin's browser back to Koppel's callback. */
interface ConsentReceiver {

    /**
     * @param state the state Koppel handed to Exact
     * @param code the authorization code, if the admin allowed access
     * @param error Exact's error, if the admin declined or something failed
     */
    ConsentResult complete(String state, String code, String error);
}
