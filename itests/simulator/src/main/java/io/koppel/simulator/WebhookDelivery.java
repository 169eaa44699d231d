package io.koppel.simulator;

import java.time.Instant;

/**
 * One webhook POST the simulator made: the empty validation call or an event.
 *
 * @param status HTTP status the callback answered, or -1 if it could not be reached
 */
public record WebhookDelivery(Instant time, String callbackUrl, String topic, String action, String body,
                              int status, String error) {
}
