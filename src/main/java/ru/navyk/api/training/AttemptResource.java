package ru.navyk.api.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.ApiLocale;
import ru.navyk.api.NavykApi;
import ru.navyk.application.training.LearningService;
import ru.navyk.application.training.TrainingViews.AttemptResult;
import ru.navyk.application.training.TrainingViews.AttemptSheet;
import ru.navyk.application.training.TrainingViews.AttemptSummary;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Test attempts. The questions and the submission are the learner's own; summaries, results and certificates are
 * for whoever may see the learner (an agent their own, a manager their teams'). Anything else answers 404.
 */
@Path("training/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Training")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class AttemptResource {

    @Inject
    private LearningService learning;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "A person's attempts at every course, newest first")
    public List<AttemptSummary> ofPerson(@QueryParam("person") long personId) {
        return learning.attemptsOf(personId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One attempt's summary")
    public AttemptSummary get(@PathParam("id") long id) {
        return learning.attempt(id);
    }

    @GET
    @Path("{id}/sheet")
    @Operation(summary = "The running attempt's questions and options in its order, without the answer key")
    public AttemptSheet sheet(@PathParam("id") long id) {
        return learning.sheet(id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the answers (question id → chosen option ids); the answer is the scored result")
    public AttemptResult submit(@PathParam("id") long id, TrainingBodies.SubmitBody body) {
        Map<Long, Set<Long>> answers = new HashMap<>();
        TrainingBodies.present(body);
        if (body.answers() != null) {
            body.answers().forEach((question, options) -> {
                if (!question.matches("\\d{1,18}")) {
                    throw new RuleViolationException("answers", "api.badRequest");
                }
                answers.put(Long.valueOf(question), options == null ? Set.of() : new HashSet<>(options));
            });
        }
        return learning.submit(id, answers);
    }

    @GET
    @Path("{id}/result")
    @Operation(summary = "A finished attempt's score, answers and explanations")
    public AttemptResult result(@PathParam("id") long id) {
        return learning.result(id);
    }

    @GET
    @Path("{id}/certificate")
    @Produces("application/pdf")
    @Operation(summary = "The completion certificate of a passed attempt (PDF)",
            description = "Worded in the language of Accept-Language (Russian by default).")
    public Response certificate(@PathParam("id") long id) {
        return Response.ok(learning.certificate(id, ApiLocale.of(headers)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"").build();
    }
}
