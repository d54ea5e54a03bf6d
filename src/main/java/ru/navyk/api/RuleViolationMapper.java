package ru.navyk.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.navyk.domain.shared.RuleViolationException;

/** A refused input answers 400 naming the field, the rule's message key and its text in the caller's language. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolationException exception) {
        return ApiErrors.response(Response.Status.BAD_REQUEST, headers, exception.field(), exception.messageKey(),
                exception.arguments());
    }
}
