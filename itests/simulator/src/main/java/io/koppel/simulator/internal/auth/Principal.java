package io.koppel.simulator.internal.auth;

import io.koppel.simulator.AppRegistration;
import io.koppel.simulator.SimUser;

/** Who is calling: the app (client_id) and the user its access token was issued for. */
public record Principal(AppRegistration app, SimUser user) {
}
