package io.koppel.dashboard.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** One request to a JSON endpoint: who asks, in which language, with which parameters or body. */
final class Call {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final DashboardSession session;
    private final Locale locale;
    private final ObjectMapper json;
    private JsonNode body;

    Call(HttpServletRequest request, HttpServletResponse response, DashboardSession session, Locale locale,
            ObjectMapper json) {
        this.request = request;
        this.response = response;
        this.session = session;
        this.locale = locale;
        this.json = json;
    }

    DashboardSession session() {
        return session;
    }

    Locale locale() {
        return locale;
    }

    HttpServletResponse response() {
        return response;
    }

    /** A query parameter, blank as absent. */
    Optional<String> parameter(String name) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    int intParameter(String name, int otherwise) {
        return parameter(name).map(Integer::parseInt).orElse(otherwise);
    }

    /** The JSON body of a change. */
    JsonNode body() throws IOException {
        if (body == null) {
            body = json.readTree(request.getInputStream());
            if (body == null || !body.isObject()) {
                throw new BadRequest("a JSON object is expected");
            }
        }
        return body;
    }

    /** A required text field of the body. */
    String text(String field) throws IOException {
        JsonNode value = body().get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadRequest("field " + field + " is required");
        }
        return value.asText().strip();
    }

    /** An optional text field of the body: absent, null or blank is empty. */
    Optional<String> optionalText(String field) throws IOException {
        JsonNode value = body().get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText().strip());
    }

    /** A request the page should not have sent. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    /** A request for a feature whose bundle is not installed on this Koppel. */
    static final class NotInstalled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotInstalled(String feature) {
            super(feature + " is not installed");
        }
    }
}
