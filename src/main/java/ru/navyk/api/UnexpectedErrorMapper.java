package ru.navyk.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is the server's fault: it is logged with its stack trace and answers 500 with a body that says no
 * more than that. The one exception is a save that lost a race at commit time (both callers held the current version,
 * the other committed first), which is the same situation as a stale version and answers 409.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    /** The JPA exception and EclipseLink's own, which is what a JTA commit may carry instead. */
    private static final Set<String> OPTIMISTIC_LOCK = Set.of("jakarta.persistence.OptimisticLockException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        if (lostCommitRace(exception)) {
            return ApiErrors.response(Response.Status.CONFLICT, headers, "version", ConcurrentEditMapper.CODE);
        }
        LOG.log(Level.SEVERE, "API request failed", exception);
        return ApiErrors.response(Response.Status.INTERNAL_SERVER_ERROR, headers, null, "api.serverError");
    }

    static boolean lostCommitRace(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (OPTIMISTIC_LOCK.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
