package ru.navyk.api.development;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.development.DevelopmentRequests.ActivityBody;
import ru.navyk.api.development.DevelopmentRequests.ActivityStatusBody;
import ru.navyk.api.development.DevelopmentRequests.CommentBody;
import ru.navyk.api.development.DevelopmentRequests.NewGoalBody;
import ru.navyk.api.development.DevelopmentRequests.PlanBody;
import ru.navyk.api.development.DevelopmentRequests.TransitionBody;
import ru.navyk.application.development.DevelopmentPlanService;
import ru.navyk.application.development.DevelopmentViews.GapProposal;
import ru.navyk.application.development.DevelopmentViews.PlanSummary;
import ru.navyk.application.development.DevelopmentViews.PlanView;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Individual development plans. Reading: whoever may see the person (the person, their mentor, their managers, HR,
 * administrators). Drafting, goals, activities, agreeing, completing, cancelling: a manager of the person. Starting
 * an agreed plan, marking activities done, commenting: the person or a manager. Anything else answers 404, like a
 * plan that does not exist.
 */
@Path("development/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Development plans", description = "Individual development plans (ИПР) with goals from gaps")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class DevelopmentPlanResource {

    @Inject
    private DevelopmentPlanService plans;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "A person's plans, newest first")
    public List<PlanSummary> plansOf(@QueryParam("person") long personId) {
        return plans.plansOf(personId);
    }

    @GET
    @Path("active")
    @Operation(summary = "A person's active plan (draft, agreed or in progress)")
    @APIResponse(responseCode = "404", description = "No active plan, or the caller may not see the person")
    public PlanView active(@QueryParam("person") long personId) {
        return plans.activePlanOf(personId).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("proposals")
    @Operation(summary = "Goals proposed from the person's gaps, largest first (a manager of the person)",
            description = "Against the job profile of the person's position, or against a generalized function "
                    + "(function=B) at «independently».")
    public List<GapProposal> proposals(@QueryParam("person") long personId,
                                       @QueryParam("function") String functionCode) {
        return plans.propose(personId, functionCode);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plan with its goals' progress read from evidence")
    public PlanView get(@PathParam("id") long id) {
        return plans.plan(id);
    }

    @POST
    @Operation(summary = "Draft a plan for a person (a manager of the person)")
    @APIResponse(responseCode = "201", description = "Drafted")
    @APIResponse(responseCode = "400", description = "Refused: e.g. the person already has an active plan")
    public Response create(PlanBody body) {
        PlanBody plan = present(body);
        long id = plans.create(required("personId", plan.personId()), plan.title(), plan.goalInputs());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(plans.plan(id)).build();
    }

    @POST
    @Path("{id}/goals")
    @Operation(summary = "Add a goal (a manager)")
    public PlanView addGoal(@PathParam("id") long id, NewGoalBody body) {
        NewGoalBody goal = present(body);
        return plans.addGoal(id, required("version", goal.version()), present(goal.goal()).input());
    }

    @DELETE
    @Path("{id}/goals/{goalId}")
    @Operation(summary = "Remove a goal (a manager)")
    public PlanView removeGoal(@PathParam("id") long id, @PathParam("goalId") long goalId,
                               @QueryParam("version") Long version) {
        return plans.removeGoal(id, required("version", version), goalId);
    }

    @POST
    @Path("{id}/goals/{goalId}/activities")
    @Operation(summary = "Add an activity to a goal (a manager)")
    public PlanView addActivity(@PathParam("id") long id, @PathParam("goalId") long goalId, ActivityBody body) {
        ActivityBody activity = present(body);
        return plans.addActivity(id, required("version", activity.version()), goalId, activity.input());
    }

    @POST
    @Path("{id}/activities/{activityId}/status")
    @Operation(summary = "Mark an activity done or cancelled (the person or a manager)")
    public PlanView markActivity(@PathParam("id") long id, @PathParam("activityId") long activityId,
                                 ActivityStatusBody body) {
        ActivityStatusBody status = present(body);
        return plans.markActivity(id, required("version", status.version()), activityId, status.status());
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move the plan: AGREED, IN_PROGRESS (also the person), COMPLETED, CANCELLED")
    @APIResponse(responseCode = "400", description = "The move is not allowed from the plan's status")
    public PlanView transition(@PathParam("id") long id, TransitionBody body) {
        TransitionBody transition = present(body);
        return plans.transition(id, required("version", transition.version()), transition.status());
    }

    @POST
    @Path("{id}/comments")
    @Operation(summary = "Comment on the plan (the person or a manager)")
    public PlanView comment(@PathParam("id") long id, CommentBody body) {
        return plans.comment(id, present(body).text());
    }

    private static <T> T present(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolationException(field, "rule.required");
        }
        return value;
    }
}
