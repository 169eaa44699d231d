package io.koppel.client;

/**
 * Exact does not accept the credentials. For every reason but {@link Reason#UNAUTHORIZED},
 * {@link Reason#FORBIDDEN} and {@link Reason#INVALID_CLIENT} only a new consent of the user helps; do not retry in
 * a loop, since each 401 counts against Exact's error budget (10 per hour, then the app is blocked).
 */
public class ExactAuthorizationException extends ExactException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The refresh token is older than its 30 days. */
        EXPIRED,
        /** A refresh token that was already used: another process refreshed, or the new pair was not stored. */
        OLD_REFRESH_TOKEN,
        /** The grant is gone: revoked, or the code or refresh token is unknown or was already used. */
        REVOKED,
        /** Exact does not know the app or its secret: the app registration needs fixing, not the user's link. */
        INVALID_CLIENT,
        /** The API answered 401 to an access token. */
        UNAUTHORIZED,
        /** The API answered 403: the user or app may not use this division or endpoint. */
        FORBIDDEN,
        /** The user gave no division to the app; raised by callers that find none. */
        USER_WITHOUT_DIVISIONS
    }

    private final Reason reason;

    public ExactAuthorizationException(Reason reason, String message, Integer httpStatus) {
        this(reason, message, httpStatus, null);
    }

    public ExactAuthorizationException(Reason reason, String message, Integer httpStatus, Throwable cause) {
        super(reason + ": " + message, httpStatus, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** True when only a new consent of the user can repair this. */
    public boolean needsConsent() {
        return reason != Reason.UNAUTHORIZED && reason != Reason.FORBIDDEN && reason != Reason.INVALID_CLIENT;
    }
}
