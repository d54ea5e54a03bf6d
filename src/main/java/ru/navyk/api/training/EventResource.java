package ru.navyk.api.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.training.EventService;
import ru.navyk.application.training.EventService.AttendanceMark;
import ru.navyk.application.training.EventService.EventForm;
import ru.navyk.application.training.TrainingViews.EventSummary;
import ru.navyk.application.training.TrainingViews.EventView;
import ru.navyk.application.training.TrainingViews.Page;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.TrainingEvent;

/** Training events: the calendar, scheduling, registration (self, or a manager's people), attendance. */
@Path("training/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Training")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class EventResource {

    @Inject
    private EventService events;

    @GET
    @Operation(summary = "Events, soonest first; upcoming only unless all=true")
    public Page<EventSummary> list(@QueryParam("all") @DefaultValue("false") boolean all,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        return events.list(!all, Math.max(0, first), Math.max(1, Math.min(max, 200)));
    }

    @POST
    @Operation(summary = "Schedule an event (managers, HR, administrators, mentors)")
    public Response create(TrainingBodies.EventBody body) {
        TrainingBodies.EventBody b = TrainingBodies.present(body);
        if (b.trainerId() == null) {
            throw new RuleViolationException("trainerId", "rule.required");
        }
        long id = events.create(new EventForm(new TrainingEvent.Details(b.kind(), b.topic(), b.description(),
                b.startsAt(), b.durationMinutes() == null ? 0 : b.durationMinutes(), b.place(),
                b.capacity() == null ? 0 : b.capacity(), b.audience(), b.proficiencyOnAttendance()), b.trainerId(),
                b.itemIds() == null ? List.of() : b.itemIds()));
        return Response.status(Response.Status.CREATED).entity(events.get(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event with the participants the caller may see")
    public EventView get(@PathParam("id") long id) {
        return events.get(id);
    }

    @POST
    @Path("{id}/registrations")
    @Operation(summary = "Register the caller (no personId) or one of the caller's people; answers the seat status")
    public TrainingBodies.Registered register(@PathParam("id") long id, TrainingBodies.RegistrationBody body) {
        Long personId = body == null ? null : body.personId();
        return new TrainingBodies.Registered(events.register(id, personId == null ? self() : personId).name());
    }

    @DELETE
    @Path("{id}/registrations/{personId}")
    @Operation(summary = "Cancel a registration; a freed seat goes to the first on the waiting list")
    public Response cancel(@PathParam("id") long id, @PathParam("personId") long personId) {
        events.cancel(id, personId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/attendance")
    @Operation(summary = "The trainer's attendance sheet (trainer, HR, administrators); writes evidence")
    public EventView attendance(@PathParam("id") long id, TrainingBodies.AttendanceBody body) {
        TrainingBodies.AttendanceBody b = TrainingBodies.present(body);
        if (b.version() == null) {
            throw new RuleViolationException("version", "rule.required");
        }
        events.markAttendance(id, b.version(), b.marks() == null ? List.of() : b.marks().stream()
                .map(m -> new AttendanceMark(m.personId() == null ? -1 : m.personId(), m.attended(), m.rating()))
                .toList());
        return events.get(id);
    }

    private long self() {
        return events.callerPersonId();
    }
}
