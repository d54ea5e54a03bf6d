package ru.navyk.api.probation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.probation.AssessmentForm;
import ru.navyk.application.probation.ProbationReminders;
import ru.navyk.application.probation.ProbationRemindersNow;
import ru.navyk.application.probation.ProbationService;
import ru.navyk.application.probation.ProbationViews.ProbationRow;
import ru.navyk.application.probation.ProbationViews.ProbationView;
import ru.navyk.domain.shared.RuleViolationException;

/** Probations and final assessments; decisions only by a manager who manages the trainee. */
@Path("probation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Probation", description = "Probation periods, extensions, final assessments, reminders")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class ProbationResource {

    @Inject
    private ProbationService probations;

    @Inject
    private ProbationRemindersNow reminders;

    /** A later end and why, based on the version read. */
    public record ExtendBody(Long version, LocalDate newEnd, String reason) {
    }

    @GET
    @Operation(summary = "The person's latest probation (with ?person=), or the running ones the caller oversees")
    public Response list(@QueryParam("person") Long personId) {
        if (personId != null) {
            return Response.ok(probations.of(personId)).build();
        }
        List<ProbationRow> rows = probations.running();
        return Response.ok(rows).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One probation with its extensions and signed assessments")
    public ProbationView get(@PathParam("id") long id) {
        return probations.get(id);
    }

    @POST
    @Path("{id}/extend")
    @Operation(summary = "Extend a running probation (the person's managers, HR)")
    public ProbationView extend(@PathParam("id") long id, ExtendBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        if (body.version() == null) {
            throw new RuleViolationException("version", "rule.required");
        }
        return probations.extend(id, body.version(), body.newEnd(), body.reason());
    }

    @POST
    @Path("{id}/assessment")
    @Operation(summary = "Sign the final assessment (a manager who manages the trainee)",
            description = "ratings: labor function code → 0–3 for every labor function of the profile version;"
                    + " decision PASSED (records the level), EXTENDED (newEnd), NOT_PASSED; reason required.")
    public Response assess(@PathParam("id") long id, AssessmentForm form) {
        if (form == null) {
            throw new BadRequestException();
        }
        return Response.status(Response.Status.CREATED).entity(probations.assess(id, form)).build();
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Send the reminders due now (administrators; the portal also does it every hour);"
            + " refused while the hourly job is sending them")
    public List<ProbationReminders.Sent> sendReminders() {
        return reminders.send();
    }
}
