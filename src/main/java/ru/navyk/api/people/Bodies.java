package ru.navyk.api.people;

import jakarta.ws.rs.BadRequestException;
import java.util.Map;
import java.util.function.Supplier;
import ru.navyk.domain.shared.RuleViolationException;

/** Small translations between request bodies and service calls shared by the resources. */
final class Bodies {

    /** Lists answer at most this many rows per page. */
    static final int MAX_PAGE = 500;

    private Bodies() {
    }

    /** A body is required: {@code null} (an empty body or the JSON literal null) answers 400. */
    static <T> T present(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    /** A value the service needs as a primitive: missing answers 400 naming the body's field. */
    static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolationException(field, "rule.required");
        }
        return value;
    }

    static int first(int first) {
        return Math.max(0, first);
    }

    static int max(int max) {
        return Math.max(1, Math.min(max, MAX_PAGE));
    }

    /**
     * Runs a service call whose refusals name form fields ({@code positionFrom}) where the API body says
     * {@code from}, so that an error always names what the caller sent.
     */
    static <T> T naming(Map<String, String> bodyFields, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuleViolationException e) {
            String field = bodyFields.get(e.field());
            if (field == null) {
                throw e;
            }
            throw new RuleViolationException(field, e.messageKey(), e.arguments());
        }
    }

    static void naming(Map<String, String> bodyFields, Runnable call) {
        naming(bodyFields, () -> {
            call.run();
            return null;
        });
    }
}
