package ru.navyk.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.navyk.domain.shared.AccessDeniedException;

/** An operation the caller's roles never allow (an agent creating people, say) answers 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return ApiErrors.response(Response.Status.FORBIDDEN, headers, null, "api.forbidden");
    }
}
