package ru.navyk.api.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.kb.KbRequests.QuizBody;
import ru.navyk.application.knowledge.AcknowledgementService;
import ru.navyk.application.knowledge.KnowledgeViews.AcknowledgementView;
import ru.navyk.application.knowledge.KnowledgeViews.AttemptView;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationSummary;
import ru.navyk.application.knowledge.KnowledgeViews.ReadingView;

/**
 * The caller's own obligations to read knowledge-base revisions. Anyone else's obligation answers 404, exactly like
 * one that does not exist.
 */
@Path("kb/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Knowledge base", description = "My acknowledgements")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class KbObligationResource {

    @Inject
    private AcknowledgementService acknowledgements;

    @GET
    @Operation(summary = "My open obligations, earliest deadline first")
    public List<ObligationSummary> mine() {
        return acknowledgements.myOpenObligations();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my obligations: the revision, its changes since the one I last acknowledged, the"
            + " quiz (without answers) and my attempts")
    @APIResponse(responseCode = "404", description = "No such obligation of mine")
    public ReadingView get(@PathParam("id") long id) {
        return acknowledgements.reading(id);
    }

    @POST
    @Path("{id}/quiz")
    @Operation(summary = "Answer the quiz on the change; passes only when every answer is right, may be retried")
    public AttemptView answer(@PathParam("id") long id, QuizBody body) {
        return acknowledgements.answerQuiz(id, KbRequests.present(body).answers());
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Confirm «ознакомлен(а)»", description = "Idempotent: a repeated call answers the existing"
            + " acknowledgement with 200; the first answers 201.")
    @APIResponse(responseCode = "201", description = "Acknowledged now")
    @APIResponse(responseCode = "200", description = "Already acknowledged earlier; the same record")
    @APIResponse(responseCode = "400", description = "The quiz is not passed yet, or the obligation was superseded")
    public Response acknowledge(@PathParam("id") long id) {
        AcknowledgementView acknowledgement = acknowledgements.acknowledge(id);
        return Response.status(acknowledgement.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(acknowledgement).build();
    }
}
