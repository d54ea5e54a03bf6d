package ru.navyk.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.navyk.domain.shared.NotFoundException;

/**
 * A record that does not exist and one the caller may not see answer the same 404 with the same body, so ids cannot
 * be probed.
 */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    static final String CODE = "api.notFound";

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException exception) {
        return ApiErrors.response(Response.Status.NOT_FOUND, headers, null, CODE);
    }
}
