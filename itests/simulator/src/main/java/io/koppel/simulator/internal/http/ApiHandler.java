package io.koppel.simulator.internal.http;

import io.koppel.simulator.FaultType;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimUser;
import io.koppel.simulator.internal.SimulatorRuntime;
import io.koppel.simulator.internal.auth.Principal;
import io.koppel.simulator.internal.auth.TokenService;
import io.koppel.simulator.internal.entities.RequestContext;
import io.koppel.simulator.internal.faults.FaultInjector;
import io.koppel.simulator.internal.limits.RateLimiter;
import io.koppel.simulator.internal.messages.Lang;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.store.DivisionData;

import java.time.Instant;
import java.util.Locale;

/**
 * The /api/v1 pipeline: faults, authentication, division access, the error block, rate limits, then the
 * entity call; every call is timed, checked for overlap with others on its division, and recorded.
 */
public final class ApiHandler {
    private final SimulatorRuntime rt;
    private final EntityDispatcher dispatcher;

    public ApiHandler(SimulatorRuntime rt) {
        this.rt = rt;
        this.dispatcher = new EntityDispatcher(rt.entities(), rt.config().strictSelect());
    }

    /** What the call log needs to know beyond the request itself. */
    private static final class CallInfo {
        String clientId;
        Integer division;
        String fault;
    }

    public void handle(Request req) {
        long started = System.nanoTime();
        Instant arrival = rt.clock().now();
        req.body(); // read now: a dropped or held exchange must not leave the body unread
        ApiRoute route = ApiRoute.parse(req.path());
        CallInfo info = new CallInfo();
        info.division = route == null ? null : route.division();
        Integer tracked = info.division;
        boolean overlapped = tracked != null && rt.concurrency().enter(tracked);
        boolean inFlight = tracked != null;
        boolean recorded = false;
        Response response = null;
        try {
            FaultInjector.Plan plan = rt.faults().plan(req.method(), req.path());
            FaultInjector.pause(plan.latencyMillis());
            if (plan.is(FaultType.SERVER_ERROR)) {
                info.fault = FaultType.SERVER_ERROR.name();
                response = ErrorBodies.exact(plan.terminal().status(), Msg.GENERIC_ERROR.format(Lang.EN));
            } else if (plan.is(FaultType.RATE_LIMIT_BURST)) {
                info.fault = FaultType.RATE_LIMIT_BURST.name();
                response = Response.empty(429).headers(rt.rateLimiter().burstHeaders(tracked == null ? 0 : tracked, arrival));
            } else {
                if (plan.is(FaultType.REVOKE_TOKENS)) {
                    info.fault = FaultType.REVOKE_TOKENS.name();
                    rt.tokens().revokeCaller(req.header("Authorization"));
                }
                response = process(req, route, info);
            }
            if (plan.is(FaultType.TIMEOUT)) {
                info.fault = FaultType.TIMEOUT.name();
                FaultInjector.pause(plan.terminal().holdMillis());
            }
            // The call is done and recorded before its answer leaves: a strictly one-at-a-time client may send
            // its next request, or a test read the call log, the moment it has read this answer.
            if (inFlight) {
                rt.concurrency().exit(tracked);
                inFlight = false;
            }
            if (plan.is(FaultType.DROP_AFTER_COMMIT)) {
                info.fault = FaultType.DROP_AFTER_COMMIT.name();
            }
            record(req, route, info, response, arrival, started, overlapped);
            recorded = true;
            if (plan.is(FaultType.DROP_AFTER_COMMIT)) {
                ResponseWriter.drop(req.exchange());
            } else {
                ResponseWriter.send(req.exchange(), response);
            }
        } finally {
            if (inFlight) {
                rt.concurrency().exit(tracked);
            }
            if (!recorded) {
                record(req, route, info, response, arrival, started, overlapped);
            }
        }
    }

    private Response process(Request req, ApiRoute route, CallInfo info) {
        TokenService.AuthResult auth = rt.tokens().authenticate(req.header("Authorization"));
        info.clientId = auth.clientId();
        if (!auth.ok()) {
            if (auth.clientId() != null && route != null && route.division() != null) {
                rt.errorBlocker().recordError(blockKey(auth.clientId(), route.division(), route), rt.clock().now());
            }
            return Response.empty(401).header("WWW-Authenticate", "Bearer");
        }
        Principal principal = auth.principal();
        SimUser user = principal.user();
        Lang lang = Lang.ofLanguageCode(user.languageCode());
        if (route == null) {
            return ErrorBodies.exact(404, "Resource not found for the segment '" + lastSegment(req.path()) + "'.");
        }
        int division = route.me() ? user.currentDivision() : route.division();
        info.division = division;
        String key = blockKey(principal.app().clientId(), division, route);
        Instant now = rt.clock().now();
        DivisionData data = rt.data().division(division);
        if (!user.divisions().contains(division) || data == null) {
            rt.errorBlocker().recordError(key, now);
            return ErrorBodies.exact(403, "Forbidden");
        }
        Instant blockedUntil = rt.errorBlocker().blockedUntil(key, now);
        if (blockedUntil != null) {
            // Exact's body for this block is not documented; see README ("Fidelity choices")
            return ErrorBodies.exact(429, "API rate limit exceeded: more than " + rt.errorBlocker().threshold()
                            + " errors within an hour on " + route.endpoint() + "; blocked until " + blockedUntil + ".")
                    .headers(rt.rateLimiter().peek(principal.app().clientId(), division, now));
        }
        RateLimiter.Decision decision = rt.rateLimiter().acquire(principal.app().clientId(), division, now);
        if (!decision.allowed()) {
            return Response.empty(429).headers(decision.headers());
        }
        Response response = answer(req, route, principal, lang, data);
        response.headers(decision.headers());
        if (response.status() >= 400 && response.status() != 429) {
            rt.errorBlocker().recordError(key, now);
        }
        return response;
    }

    private Response answer(Request req, ApiRoute route, Principal principal, Lang lang, DivisionData data) {
        String accept = req.header("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("application/json")) {
            // Exact's default is Atom XML; the simulator only speaks JSON and says so in OData's XML error shape
            return Response.text(406, "application/xml; charset=utf-8",
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?><error xmlns=\"http://schemas.microsoft.com/ado/2007/08/dataservices/metadata\">"
                            + "<code></code><message xml:lang=\"\">Send Accept: application/json; the simulator does not render Atom XML.</message></error>");
        }
        String apiBase = req.origin() + "/api/v1";
        RequestContext ctx = new RequestContext(route.me() ? null : data, principal, lang, apiBase, rt.clock(),
                rt.data(), rt.webhooks());
        try {
            return dispatcher.dispatch(ctx, route, req);
        } catch (ApiError e) {
            return ErrorBodies.exact(e.status(), e.getMessage());
        } catch (RuntimeException e) {
            return ErrorBodies.exact(500, Msg.GENERIC_ERROR.format(lang) + " (simulator: " + e + ")");
        }
    }

    private static String blockKey(String clientId, int division, ApiRoute route) {
        return clientId.toLowerCase(Locale.ROOT) + "|" + division + "|" + route.endpoint().toLowerCase(Locale.ROOT);
    }

    private void record(Request req, ApiRoute route, CallInfo info, Response response, Instant arrival, long started,
                        boolean overlapped) {
        int status = response == null ? 500 : response.status();
        String errorBody = response != null && status >= 400 && response.body().length > 0 ? response.bodyText() : null;
        rt.calls().record(new RecordedCall(rt.calls().nextSequence(), arrival, req.method(), req.path(),
                req.decodedQuery(), req.bodyText(), status, info.division, info.clientId,
                route == null ? null : route.endpoint(), (System.nanoTime() - started) / 1000, overlapped, info.fault,
                errorBody));
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
