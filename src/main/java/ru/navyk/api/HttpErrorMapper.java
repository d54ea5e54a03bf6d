package ru.navyk.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS itself raises (an unknown path or id that is not a number, a wrong method or media type, an empty
 * body) answer with their status and a JSON body like every other error, keeping their headers ({@code Allow},
 * {@code WWW-Authenticate}). An unknown path answers exactly like a record that is not there.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final String REFUSED = "api.refused";

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String code = code(status);
        Response error = REFUSED.equals(code) ? ApiErrors.response(status, headers, null, code, status)
                : ApiErrors.response(status, headers, null, code);
        return Response.fromResponse(original).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(error.getEntity()).build();
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "api.badRequest";
            case 401 -> "api.unauthorized";
            case 403 -> "api.forbidden";
            case 404 -> NotFoundMapper.CODE;
            case 409 -> ConcurrentEditMapper.CODE;
            default -> status >= 500 ? "api.serverError" : REFUSED;
        };
    }
}
