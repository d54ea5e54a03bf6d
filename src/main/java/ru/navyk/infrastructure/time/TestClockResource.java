package ru.navyk.infrastructure.time;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * TEST ONLY: moves the portal's clock, so integration tests can try reminders and deadlines over simulated weeks.
 * Answers 404 unless the portal runs with {@code navyk.clock.adjustable=true} (never set it in production), and
 * only to administrators.
 */
@Path("test/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Test support")
public class TestClockResource {

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    /** The portal's today and how far it is moved, in days. */
    public record ClockState(LocalDate today, long offsetDays) {
    }

    /** The day to move to. */
    public record MoveBody(LocalDate today) {
    }

    @GET
    @Operation(summary = "TEST ONLY: the portal's today (404 unless navyk.clock.adjustable=true)")
    public ClockState get() {
        AdjustableClock adjustable = adjustable();
        return new ClockState(LocalDate.now(clock), adjustable.offset().toDays());
    }

    @PUT
    @Operation(summary = "TEST ONLY: move the portal's clock so that today is the given day")
    public ClockState move(MoveBody body) {
        AdjustableClock adjustable = adjustable();
        if (body == null || body.today() == null) {
            throw new RuleViolationException("today", "rule.required");
        }
        LocalDate realToday = LocalDate.now(clock.withZone(clock.getZone())).minusDays(adjustable.offset().toDays());
        adjustable.setOffset(Duration.ofDays(ChronoUnit.DAYS.between(realToday, body.today())));
        return get();
    }

    @DELETE
    @Operation(summary = "TEST ONLY: back to the real time")
    public ClockState reset() {
        adjustable().setOffset(Duration.ZERO);
        return get();
    }

    private AdjustableClock adjustable() {
        AdjustableClock adjustable = clocks.adjustable().orElseThrow(() -> new NotFoundException("Clock"));
        access.requireAny(currentUser.viewer(), Role.ADMIN);
        return adjustable;
    }
}
