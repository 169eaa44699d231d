package io.koppel.simulator.internal.http;

import io.koppel.simulator.AppRegistration;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimUser;
import io.koppel.simulator.internal.SimulatorRuntime;
import io.koppel.simulator.internal.auth.TokenOutcome;
import io.koppel.simulator.internal.faults.FaultInjector;

import java.time.Instant;
import java.util.Map;

/**
 * /api/oauth2/auth (login and consent page, then a redirect with code and state) and /api/oauth2/token
 * (authorization-code and refresh-token grants, form-encoded).
 */
public final class OAuthHandler {
    private static final String HTML = "text/html; charset=utf-8";

    private final SimulatorRuntime rt;

    public OAuthHandler(SimulatorRuntime rt) {
        this.rt = rt;
    }

    public void handle(Request req) {
        long started = System.nanoTime();
        Instant arrival = rt.clock().now();
        String path = req.path();
        req.body();
        FaultInjector.Plan plan = rt.faults().plan(req.method(), path);
        FaultInjector.pause(plan.latencyMillis());
        Response response;
        if (plan.is(FaultType.SERVER_ERROR)) {
            response = Response.text(plan.terminal().status(), HTML, ConsentPage.errorPage("Server error"));
        } else if (plan.is(FaultType.RATE_LIMIT_BURST)) {
            response = Response.empty(429);
        } else if (path.equalsIgnoreCase("/api/oauth2/auth")) {
            response = "POST".equals(req.method()) ? submit(req.form()) : "GET".equals(req.method())
                    ? page(req.query()) : Response.empty(405);
        } else if (path.equalsIgnoreCase("/api/oauth2/token")) {
            response = "POST".equals(req.method()) ? token(req) : Response.empty(405);
        } else {
            response = Response.text(404, HTML, ConsentPage.errorPage("Not found"));
        }
        if (plan.is(FaultType.TIMEOUT)) {
            FaultInjector.pause(plan.terminal().holdMillis());
        }
        if (plan.is(FaultType.DROP_AFTER_COMMIT)) {
            ResponseWriter.drop(req.exchange());
        } else {
            ResponseWriter.send(req.exchange(), response);
        }
        Map<String, String> form = path.equalsIgnoreCase("/api/oauth2/token") ? req.form() : Map.of();
        rt.calls().record(new RecordedCall(rt.calls().nextSequence(), arrival, req.method(), path,
                req.decodedQuery(), redactSecret(req.bodyText()), response.status(), null, form.get("client_id"),
                "oauth2/" + path.substring(path.lastIndexOf('/') + 1), (System.nanoTime() - started) / 1000, false,
                plan.terminal() == null ? null : plan.terminal().type().name(),
                response.status() >= 400 ? response.bodyText() : null));
    }

    private Response page(Map<String, String> params) {
        AppRegistration app = rt.registry().app(params.get("client_id"));
        Response invalid = checkClient(app, params);
        if (invalid != null) {
            return invalid;
        }
        return Response.text(200, HTML, ConsentPage.render(app.name(), params, null));
    }

    private Response submit(Map<String, String> form) {
        AppRegistration app = rt.registry().app(form.get("client_id"));
        Response invalid = checkClient(app, form);
        if (invalid != null) {
            return invalid;
        }
        String redirect = form.get("redirect_uri");
        String state = form.get("state");
        if (!"allow".equalsIgnoreCase(form.get("action"))) {
            return redirect(redirect, "error=access_denied", state);
        }
        SimUser user = rt.registry().userByName(form.get("username"));
        if (user == null || !user.password().equals(form.get("password"))) {
            return Response.text(200, HTML, ConsentPage.render(app.name(), form, "Ongeldige gebruikersnaam of wachtwoord."));
        }
        String code = rt.tokens().issueCode(app, user, redirect);
        return redirect(redirect, "code=" + Forms.encode(code), state);
    }

    private Response checkClient(AppRegistration app, Map<String, String> params) {
        if (app == null) {
            return Response.text(400, HTML, ConsentPage.errorPage("Invalid client_id."));
        }
        if (!app.acceptsRedirect(params.get("redirect_uri"))) {
            return Response.text(400, HTML, ConsentPage.errorPage("The redirect_uri does not match the app registration."));
        }
        String responseType = params.get("response_type");
        if (responseType != null && !responseType.equals("code")) {
            return redirect(params.get("redirect_uri"), "error=unsupported_response_type", params.get("state"));
        }
        return null;
    }

    private static Response redirect(String redirectUri, String result, String state) {
        String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + result
                + (state == null ? "" : "&state=" + Forms.encode(state));
        return Response.empty(302).header("Location", location);
    }

    private Response token(Request req) {
        // The token endpoint counts errors like every other: a client that keeps sending a bad refresh token or
        // secret gets blocked too (per app; the division dimension does not exist here).
        String clientId = req.form().get("client_id");
        String key = (clientId == null ? "" : clientId.toLowerCase(java.util.Locale.ROOT)) + "|oauth2/token";
        Instant now = rt.clock().now();
        Instant blockedUntil = rt.errorBlocker().blockedUntil(key, now);
        if (blockedUntil != null) {
            return Response.json(429, "{\"error\":\"access_denied\",\"error_description\":\"API rate limit"
                    + " exceeded: more than " + rt.errorBlocker().threshold() + " errors within an hour on oauth2/token;"
                    + " blocked until " + blockedUntil + ".\"}");
        }
        TokenOutcome outcome = rt.tokens().token(req.form());
        if (outcome.status() >= 400 && outcome.status() != 429) {
            rt.errorBlocker().recordError(key, now);
        }
        Response response = outcome.json()
                ? Response.json(outcome.status(), outcome.body())
                : Response.text(outcome.status(), "text/plain; charset=utf-8", outcome.body());
        response.header("Cache-Control", "no-store");
        outcome.headers().forEach(response::header);
        return response;
    }

    private static String redactSecret(String body) {
        return body == null ? null : body.replaceAll("(client_secret|password)=[^&]*", "$1=***");
    }
}
