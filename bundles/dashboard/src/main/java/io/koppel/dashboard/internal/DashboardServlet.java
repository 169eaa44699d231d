package io.koppel.dashboard.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.koppel.api.KoppelException;
import io.koppel.api.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.security.auth.Subject;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard under its path: the page's files from this bundle and the JSON endpoints under {@code api/}.
 *
 * <p>Security lives here, for every endpoint alike: a login through JAAS opens a session whose id only an
 * HttpOnly, SameSite=Strict cookie carries; each endpoint names the role it needs and is refused with 403 without
 * it; every change (POST) must carry the session's CSRF token in {@code X-CSRF-Token} and a JSON body; answers
 * are never cached and no token or secret is ever in one.
 */
final class DashboardServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServlet.class);
    static final String COOKIE = "KOPPEL_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Pattern FILE = Pattern.compile("[a-z0-9-]+\\.(html|js|css|svg)");
    private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8", "svg", "image/svg+xml");
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final transient Map<String, Endpoint> routes;
    private final transient Sessions sessions;
    private final transient JaasLogin login;
    private final String path;
    private final transient ObjectMapper json = new ObjectMapper();

    DashboardServlet(String path, Map<String, Endpoint> routes, Sessions sessions, JaasLogin login) {
        this.path = path;
        this.routes = Map.copyOf(routes);
        this.sessions = sessions;
        this.login = login;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CSP);
        String sub = request.getPathInfo();
        if (sub == null) {
            response.sendRedirect(path + "/");
        } else if (sub.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
            api(request, response, sub.substring("/api/".length()));
        } else {
            file(request, response, sub.equals("/") ? "index.html" : sub.substring(1));
        }
    }

    private void file(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        InputStream content = FILE.matcher(name).matches()
                ? DashboardServlet.class.getResourceAsStream("/io/koppel/dashboard/web/" + name) : null;
        if (content == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = content) {
            response.setContentType(CONTENT_TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    private void api(HttpServletRequest request, HttpServletResponse response, String route) throws IOException {
        Locale locale = locale(request);
        String method = request.getMethod();
        try {
            if ("POST".equals(method) && !isJson(request)) {
                throw new Call.BadRequest("a change is a JSON POST");
            }
            switch (method + " " + route) {
                case "GET texts" -> send(response, 200, texts(locale));
                case "POST login" -> login(request, response, locale);
                case "GET session" -> {
                    Optional<DashboardSession> session = session(request);
                    if (session.isEmpty()) {
                        send(response, 401, Map.of("error", Messages.text(locale, "dashboard.login.required")));
                    } else {
                        send(response, 200, sessionView(session.get()));
                    }
                }
                case "POST logout" -> {
                    Optional<DashboardSession> session = session(request);
                    if (session.isPresent() && Sessions.sameToken(session.get().csrfToken(),
                            request.getHeader(CSRF_HEADER))) {
                        sessions.close(cookie(request));
                    }
                    response.addHeader("Set-Cookie", cookieHeader(request, "", 0));
                    send(response, 200, Map.of("loggedOut", true));
                }
                default -> endpoint(request, response, route, locale);
            }
        } catch (KoppelException refused) {
            send(response, 409, Map.of("error", refused.reason().text(locale)));
        } catch (Call.NotInstalled absent) {
            send(response, 503, Map.of("error", Messages.text(locale, "dashboard.nav.notInstalled"),
                    "notInstalled", true));
        } catch (Call.BadRequest | IllegalArgumentException bad) {
            send(response, 400, Map.of("error", String.valueOf(bad.getMessage())));
        } catch (IOException | RuntimeException unexpected) {
            LOG.warn("Dashboard request {} {} failed", method, route, unexpected);
            if (!response.isCommitted()) {
                send(response, 500, Map.of("error", Messages.text(locale, "dashboard.error.unexpected")));
            }
        }
    }

    private void endpoint(HttpServletRequest request, HttpServletResponse response, String route, Locale locale)
            throws IOException {
        Endpoint endpoint = routes.get(request.getMethod() + " " + route);
        if (endpoint == null) {
            send(response, 404, Map.of("error", "no endpoint " + request.getMethod() + " " + route));
            return;
        }
        Optional<DashboardSession> session = session(request);
        if (session.isEmpty()) {
            send(response, 401, Map.of("error", Messages.text(locale, "dashboard.login.required")));
            return;
        }
        if (!session.get().may(endpoint.role())) {
            send(response, 403, Map.of("error", Messages.text(locale, "dashboard.error.forbidden")));
            return;
        }
        if ("POST".equals(endpoint.method())
                && !Sessions.sameToken(session.get().csrfToken(), request.getHeader(CSRF_HEADER))) {
            send(response, 403, Map.of("error", Messages.text(locale, "dashboard.error.csrf")));
            return;
        }
        try {
            Call call = new Call(request, response, session.get(), locale, json);
            Object answer = Subject.doAs(subjectOf(session.get()),
                    (PrivilegedExceptionAction<Object>) () -> endpoint.handler().handle(call));
            if (answer != null) {
                send(response, 200, answer);
            }
        } catch (PrivilegedActionException failed) {
            if (failed.getException() instanceof IOException passOn) {
                throw passOn;
            }
            throw new IllegalStateException(failed.getException());
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        if (!sameOrigin(request)) {
            send(response, 403, Map.of("error", Messages.text(locale, "dashboard.error.csrf")));
            return;
        }
        Map<?, ?> form = json.readValue(request.getInputStream(), Map.class);
        String user = String.valueOf(form.get("username"));
        String password = String.valueOf(form.get("password"));
        Optional<Set<Role>> roles = login.login(user, password.toCharArray());
        if (roles.isEmpty()) {
            pause();
            send(response, 401, Map.of("error", Messages.text(locale, "dashboard.login.failed")));
        } else if (roles.get().isEmpty()) {
            send(response, 403, Map.of("error", Messages.text(locale, "dashboard.login.noRole")));
        } else {
            sessions.close(cookie(request));
            String id = sessions.open(user, roles.get());
            response.addHeader("Set-Cookie", cookieHeader(request, id, -1));
            send(response, 200, sessionView(sessions.find(id).orElseThrow()));
        }
    }

    /** A failed login costs the caller half a second, so guessing passwords is slow. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The user as Koppel's services see who acts, e.g. in the transaction log's configuration changes. */
    private static Subject subjectOf(DashboardSession session) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(session.user()));
        subject.setReadOnly();
        return subject;
    }

    private static Map<String, Object> sessionView(DashboardSession session) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("user", session.user());
        view.put("clerk", session.may(Role.CLERK));
        view.put("admin", session.may(Role.ADMIN));
        view.put("csrfToken", session.csrfToken());
        return view;
    }

    private static Map<String, Object> texts(Locale locale) {
        Locale language = Messages.supported(locale);
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("language", language.getLanguage());
        texts.put("languages", Messages.SUPPORTED.stream().map(Locale::getLanguage).toList());
        Map<String, String> all = new LinkedHashMap<>(Messages.texts(language, "dashboard."));
        Messages.texts(language, "overview.").forEach(all::put);
        Messages.texts(language, "status.").forEach(all::put);
        Messages.texts(language, "documentType.").forEach(all::put);
        texts.put("texts", all);
        return texts;
    }

    private Optional<DashboardSession> session(HttpServletRequest request) {
        return sessions.find(cookie(request));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The session cookie: HttpOnly and SameSite=Strict, Secure over HTTPS, for the dashboard's path only. */
    private String cookieHeader(HttpServletRequest request, String value, int maxAge) {
        return COOKIE + "=" + value + "; Path=" + path + "/; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : "") + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** A login must come from the dashboard's own page: a browser sends Origin with every POST. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI from = URI.create(origin);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(from.getAuthority());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static Locale locale(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        if (chosen == null) {
            chosen = request.getHeader("X-Koppel-Language");
        }
        return Messages.supported(chosen == null ? request.getLocale() : Locale.forLanguageTag(chosen));
    }

    private void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
