package io.koppel.auth.internal;

import io.koppel.api.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Where Exact sends the admin's browser back after the consent page. The path is the component property
 * {@code osgi.http.whiteboard.servlet.pattern}, changeable in etc/io.koppel.auth.callback.cfg; it must match the
 * redirect URI registered with the app.
 */
@Component(service = Servlet.class, configurationPid = "io.koppel.auth.callback",
        property = {"osgi.http.whiteboard.servlet.pattern=/koppel/oauth/callback",
                "osgi.http.whiteboard.servlet.name=koppel-oauth-callback"})
public class ConsentCallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ConsentReceiver receiver;

    /** Where the dashboard is, when it is installed: the page then links back to it. */
    @Reference(service = Servlet.class, target = "(koppel.dashboard.path=*)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Map<String, Object> dashboard;

    @Activate
    public ConsentCallbackServlet(@Reference ConsentReceiver receiver) {
        this.receiver = receiver;
    }

    /** Exact's redirect is a GET with state and code (or error) in the address; nothing longer is Exact's. */
    static final int MAX_QUERY_CHARS = 4096;
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            page(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, new ConsentResult.InvalidState(), request.getLocale());
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            page(response, 414, new ConsentResult.InvalidState(), request.getLocale());
            return;
        }
        if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
            page(response, HttpServletResponse.SC_BAD_REQUEST, new ConsentResult.InvalidState(), request.getLocale());
            return;
        }
        String state = single(request, "state");
        if (state == null || !STATE.matcher(state).matches() || single(request, "code") == null
                && single(request, "error") == null) {
            page(response, HttpServletResponse.SC_BAD_REQUEST, new ConsentResult.InvalidState(), request.getLocale());
            return;
        }
        ConsentResult result = receiver.complete(state, single(request, "code"), single(request, "error"));
        page(response, result.linked() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST, result,
                request.getLocale());
    }

    /** A parameter given once, or null when it is missing or repeated. */
    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values != null && values.length == 1 ? values[0] : null;
    }

    private void page(HttpServletResponse response, int status, ConsentResult result, Locale locale)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        String language = locale.getLanguage().matches("[a-z]{2,3}") ? locale.getLanguage() : "en";
        try (PrintWriter page = response.getWriter()) {
            page.println("<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"UTF-8\">"
                    + "<title>Koppel - Exact Online</title></head><body>");
            for (String line : result.text(locale).split("\n")) {
                page.println("<p>" + escape(line) + "</p>");
            }
            Map<String, Object> installed = dashboard;
            if (installed != null) {
                page.println("<p><a href=\"" + escape(installed.get("koppel.dashboard.path") + "/#connections") + "\">"
                        + escape(Messages.text(locale, "dashboard.backToDashboard")) + "</a></p>");
            }
            page.println("</body></html>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
