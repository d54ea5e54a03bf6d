package ru.navyk.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.navyk.domain.shared.ConcurrentEditException;

/** A change based on a stale {@code version} answers 409: the caller must read the record again. */
@Provider
public class ConcurrentEditMapper implements ExceptionMapper<ConcurrentEditException> {

    static final String CODE = "api.conflict";

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ConcurrentEditException exception) {
        return ApiErrors.response(Response.Status.CONFLICT, headers, "version", CODE);
    }
}
