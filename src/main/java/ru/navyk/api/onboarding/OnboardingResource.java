package ru.navyk.api.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import ru.navyk.application.onboarding.OnboardingService;
import ru.navyk.application.onboarding.OnboardingViews.PlanView;
import ru.navyk.application.onboarding.OnboardingViews.TemplateView;
import ru.navyk.domain.onboarding.StepDefinition;
import ru.navyk.domain.shared.RuleViolationException;

/** Adaptation plans and their templates; per-object rules are the services'. */
@Path("onboarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Onboarding", description = "Adaptation plans, their templates, starting onboarding for a new hire")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class OnboardingResource {

    @Inject
    private OnboardingService onboarding;

    /** Who starts when, and (optionally) with which mentor. */
    public record StartBody(Long personId, LocalDate startDate, Long mentorId) {
    }

    /** A template's new content, based on the version read. */
    public record TemplateBody(Long version, String title, List<StepDefinition> steps) {
    }

    @POST
    @Path("start")
    @Operation(summary = "Start onboarding for a new hire: plan, probation, optional mentor (HR, managers)")
    public Response start(StartBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        if (body.personId() == null) {
            throw new RuleViolationException("personId", "rule.required");
        }
        OnboardingService.Started started = onboarding.startFor(body.personId(), body.startDate(), body.mentorId());
        return Response.status(Response.Status.CREATED).entity(started).build();
    }

    @GET
    @Path("plans")
    @Operation(summary = "The person's adaptation plan, for whoever may see the person")
    public PlanView plan(@QueryParam("person") long personId) {
        return onboarding.planOf(personId);
    }

    @POST
    @Path("steps/{id}/done")
    @Operation(summary = "Tick a step off (only its responsible role: trainee, mentor, supervisor, HR)")
    public PlanView tick(@PathParam("id") long stepId) {
        return onboarding.tick(stepId);
    }

    @GET
    @Path("templates")
    @Operation(summary = "Current template versions (HR, managers)")
    public List<TemplateView> templates() {
        return onboarding.templates();
    }

    @GET
    @Path("templates/{id}")
    @Operation(summary = "One template version")
    public TemplateView template(@PathParam("id") long id) {
        return onboarding.template(id);
    }

    @PUT
    @Path("templates/{id}")
    @Operation(summary = "Edit a template (HR); a version plans follow is kept and a new version answered")
    public TemplateView save(@PathParam("id") long id, TemplateBody body) {
        if (body == null || body.version() == null) {
            throw new RuleViolationException("version", "rule.required");
        }
        long saved = onboarding.saveTemplate(id, body.version(), body.title(),
                body.steps() == null ? List.of() : body.steps());
        return onboarding.template(saved);
    }
}
