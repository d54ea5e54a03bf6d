package ru.navyk.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that is not JSON of the expected shape (broken syntax, a text where a number belongs, an unknown
 * role, a malformed date) answers 400 naming the problem, and the property when the parser names one. Other
 * processing failures are the server's, and answer 500 without details.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());
    /** How Yasson names the property it failed on: "Unable to deserialize property 'hireDate' because of: …". */
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    /** A Java package prefix of a qualified class name: "ru.navyk.domain.competency." in front of "EducationLevel". */
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        JsonbException json = jsonCause(exception);
        if (json == null) {
            LOG.log(Level.SEVERE, "request processing failed", exception);
            return ApiErrors.response(Response.Status.INTERNAL_SERVER_ERROR, headers, null, "api.serverError");
        }
        return ApiErrors.response(Response.Status.BAD_REQUEST, headers, property(json), "api.unreadableBody",
                problem(json));
    }

    private static JsonbException jsonCause(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JsonbException json) {
                return json;
            }
        }
        return null;
    }

    /** The outermost property the parser names: the body's own field rather than one nested inside it. */
    static String property(JsonbException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher matcher = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (matcher != null && matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /**
     * The root of the problem in the parser's words ("Invalid value for MonthOfYear (valid values 1 - 12): 13",
     * "No enum constant EducationLevel.PHD"), with package names cut so no internals are shown.
     */
    static String problem(JsonbException exception) {
        String deepest = null;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                deepest = t.getMessage().strip();
            }
        }
        return deepest == null ? "" : PACKAGE.matcher(deepest).replaceAll("");
    }
}
