package ru.navyk.api.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import ru.navyk.application.training.AssignmentService;
import ru.navyk.application.training.AssignmentService.AssignmentForm;
import ru.navyk.application.training.TrainingViews.AssignmentReport;
import ru.navyk.application.training.TrainingViews.AssignmentSummary;
import ru.navyk.application.training.TrainingViews.MyTraining;
import ru.navyk.application.training.TrainingViews.Page;

/** Assignments (managers for their people, HR and administrators for anyone) and the caller's own training. */
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Training")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class AssignmentResource {

    @Inject
    private AssignmentService assignments;

    @GET
    @Path("me")
    @Operation(summary = "The caller's assigned courses, progress, reminders and events")
    public MyTraining mine() {
        return assignments.mine();
    }

    @GET
    @Path("assignments")
    @Operation(summary = "Assignments with someone the caller may see, newest first")
    public Page<AssignmentSummary> list(@QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("max") @DefaultValue("50") int max) {
        return assignments.list(Math.max(0, first), Math.max(1, Math.min(max, 200)));
    }

    @POST
    @Path("assignments")
    @Operation(summary = "Assign a course to a team (with sub-teams), a job profile or named people")
    public Response assign(TrainingBodies.AssignmentBody body) {
        TrainingBodies.AssignmentBody b = TrainingBodies.present(body);
        long id = assignments.assign(new AssignmentForm(b.courseSlug(), b.target(), b.teamId(), b.jobProfileId(),
                b.personIds() == null ? List.of() : b.personIds(), b.dueOn(), b.note()));
        return Response.status(Response.Status.CREATED).entity(assignments.report(id)).build();
    }

    @GET
    @Path("assignments/{id}")
    @Operation(summary = "Who of the assignment completed, is in progress or is late (the people the caller sees)")
    public AssignmentReport report(@PathParam("id") long id) {
        return assignments.report(id);
    }

    @POST
    @Path("reminders/run")
    @Operation(summary = "Write the due course reminders now (administrators); the hourly timer does the same")
    public TrainingBodies.Count runReminders() {
        return new TrainingBodies.Count(assignments.runReminders());
    }
}
