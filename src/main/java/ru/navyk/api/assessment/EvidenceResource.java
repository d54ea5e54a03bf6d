package ru.navyk.api.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.assessment.EvidenceService;
import ru.navyk.application.assessment.EvidenceService.EvidenceView;
import ru.navyk.domain.profile.ProfileProgress;

/** A person's competency evidence and progress, for whoever may see the person. */
@Path("evidence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Evidence", description = "Ratings of a person on the competency model and progress against a profile")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class EvidenceResource {

    @Inject
    private EvidenceService evidence;

    @GET
    @Operation(summary = "Every rating of a person, newest first",
            description = "A test rates by itself: for the sources COURSE_TEST and KNOWLEDGE_QUIZ, raterName is the "
                    + "title of the course version or knowledge-base revision tested; a course test's score (per cent) "
                    + "and attempt number are testScore and testAttempt.")
    public List<EvidenceView> history(@QueryParam("person") long personId) {
        return evidence.historyOf(personId);
    }

    @GET
    @Path("progress")
    @Operation(summary = "Progress against the job profile of the person's current position",
            description = "404 when the person's position has no job profile.")
    public ProfileProgress progress(@QueryParam("person") long personId) {
        return evidence.progressInCurrentPosition(personId).orElseThrow(NotFoundException::new);
    }
}
