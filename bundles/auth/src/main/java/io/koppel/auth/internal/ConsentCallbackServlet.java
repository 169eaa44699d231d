package io.koppel.auth.internal;

import io.koppel.api.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsentResult result = receiver.complete(request.getParameter("state"), request.getParameter("code"),
                request.getParameter("error"));
        Locale locale = request.getLocale();
        response.setStatus(result.linked() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        try (PrintWriter page = response.getWriter()) {
            page.println("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
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
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
