package io.koppel.simulator.internal.http;

import java.util.Map;

/** The login and consent page of /api/oauth2/auth: plain HTML any HTTP client (or a person) can fill in. */
final class ConsentPage {
    private ConsentPage() {
    }

    static String render(String appName, Map<String, String> params, String error) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[]{"client_id", "redirect_uri", "response_type", "state", "force_login"}) {
            String value = params.get(name);
            if (value != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(value)).append("\">\n");
            }
        }
        return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Exact Online (simulator) - Inloggen</title></head>\n"
                + "<body>\n<h1>Exact Online simulator</h1>\n"
                + "<p>De app <strong>" + escape(appName) + "</strong> vraagt toegang tot uw administraties.</p>\n"
                + (error == null ? "" : "<p class=\"error\" id=\"error\">" + escape(error) + "</p>\n")
                + "<form method=\"post\" action=\"/api/oauth2/auth\">\n" + hidden
                + "<label>Gebruikersnaam <input type=\"text\" name=\"username\" autocomplete=\"username\"></label><br>\n"
                + "<label>Wachtwoord <input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label><br>\n"
                + "<button type=\"submit\" name=\"action\" value=\"allow\">Toestaan</button>\n"
                + "<button type=\"submit\" name=\"action\" value=\"deny\">Weigeren</button>\n"
                + "</form>\n</body></html>\n";
    }

    static String errorPage(String message) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Exact Online (simulator) - Fout</title></head>"
                + "<body><h1>Fout</h1><p id=\"error\">" + escape(message) + "</p></body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
