package io.koppel.posting;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactRateLimitException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Why work in a division (a posting, a customer update) waits or is given up, worded alike for all of it, with
 * its times in UTC.
 */
public final class WorkReasons {
    /** How long work held up by its connection waits before it looks again. */
    public static final Duration CONNECTION_RECHECK = Duration.ofMinutes(1);

    private static final DateTimeFormatter FIRST_ATTEMPT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RETRY_AT = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    /** A wait that may end another day (Exact's daily reset, a paused endpoint) shows the date too. */
    private static final DateTimeFormatter RESUMES_AT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneOffset.UTC);
    private static final int CAUSE_LENGTH = 200;

    private WorkReasons() {
    }

    /** When work held up by a spent rate limit goes on: at Exact's reset, or after a recheck when none is known. */
    public static Instant resumesAt(ExactRateLimitException limited, Instant now) {
        return limited.resetAt() == null ? now.plus(CONNECTION_RECHECK) : limited.resetAt();
    }

    /** Exact's call budget or an endpoint's error budget is spent until {@code reset}. */
    public static Reason rateLimited(ExactRateLimitException limited, Instant reset) {
        return limited.window() == ExactRateLimitException.Window.ENDPOINT_ERRORS
                ? Reason.of(ReasonCode.ENDPOINT_PAUSED, limited.endpoint(), RESUMES_AT.format(reset) + " UTC")
                : Reason.of(ReasonCode.RATE_LIMITED, RESUMES_AT.format(reset) + " UTC");
    }

    /** Exact refused the connection's tokens. */
    public static Reason connectionRefused(String hostEntity, ExactAuthorizationException refused) {
        return Reason.of(ReasonCode.CONNECTION_REFUSED, hostEntity,
                refused.httpStatus() == null ? 401 : refused.httpStatus(), brief(refused));
    }

    /** A transient failure, the {@code attempts}th, is tried again at {@code next}. */
    public static Reason retryScheduled(int attempts, Instant next, RuntimeException cause) {
        return Reason.of(ReasonCode.RETRY_SCHEDULED, attempts, RETRY_AT.format(next) + " UTC", brief(cause));
    }

    /** The retries of work first attempted at {@code firstAttempt} ran out. */
    public static Reason tooManyRetries(RetrySchedule retries, Instant firstAttempt) {
        return Reason.of(ReasonCode.TOO_MANY_RETRIES, retries.maxAttempts(), FIRST_ATTEMPT.format(firstAttempt));
    }

    private static String brief(RuntimeException cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() <= CAUSE_LENGTH ? message : message.substring(0, CAUSE_LENGTH);
    }
}
