package ru.navyk.api.hiring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.hiring.HiringRequests.CandidateBody;
import ru.navyk.api.hiring.HiringRequests.HireBody;
import ru.navyk.api.hiring.HiringRequests.RatingsBody;
import ru.navyk.api.hiring.HiringRequests.TransitionBody;
import ru.navyk.api.hiring.HiringRequests.VersionBody;
import ru.navyk.application.hiring.AnonymisationService;
import ru.navyk.application.hiring.AttachmentService;
import ru.navyk.application.hiring.CandidateService;
import ru.navyk.application.hiring.HireService;
import ru.navyk.application.hiring.HiringViews.AttachmentDownload;
import ru.navyk.application.hiring.HiringViews.CandidateSummary;
import ru.navyk.application.hiring.HiringViews.CandidateView;
import ru.navyk.application.hiring.HiringViews.HireResult;
import ru.navyk.application.hiring.InterviewService;
import ru.navyk.domain.hiring.CandidateAttachment;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Candidates: recorded, rated, moved through the pipeline, hired and anonymised by HR and administrators; read by the
 * managers of the vacancy's team; invisible (404) to everyone else.
 */
@Path("candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Candidates", description = "Candidate profiles, interview ratings, pipeline, hire and anonymisation")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class CandidateResource {

    @Inject
    private CandidateService candidates;

    @Inject
    private InterviewService interviews;

    @Inject
    private AttachmentService attachments;

    @Inject
    private HireService hires;

    @Inject
    private AnonymisationService anonymisation;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "The candidates of a vacancy, ranked by fit")
    public List<CandidateSummary> ofVacancy(@QueryParam("vacancy") long vacancyId) {
        return candidates.ranked(vacancyId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One candidate with experience, pipeline, interviews, attachments and fit")
    @APIResponse(responseCode = "404", description = "No such candidate, or the caller may not see them")
    public CandidateView get(@PathParam("id") long id) {
        return candidates.get(id);
    }

    @POST
    @Operation(summary = "Record a candidate for an open vacancy (HR, administrators)",
            description = "Refused (400, consentGiven) without consent to personal-data processing and its date.")
    @APIResponse(responseCode = "201", description = "Created; Location names the candidate")
    public Response create(CandidateBody body) {
        CandidateBody candidate = HiringRequests.present(body);
        if (candidate.vacancyId() == null) {
            throw new RuleViolationException("vacancyId", "rule.required");
        }
        long id = candidates.create(candidate.vacancyId(), candidate.details());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(candidates.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a candidate's data (HR, administrators)")
    @APIResponse(responseCode = "409", description = "The version is stale")
    public CandidateView update(@PathParam("id") long id, CandidateBody body) {
        CandidateBody candidate = HiringRequests.present(body);
        candidates.update(id, HiringRequests.version(candidate.version()), candidate.details());
        return candidates.get(id);
    }

    @POST
    @Path("{id}/ratings")
    @Operation(summary = "Record an interview or test rated against the vacancy's profile items (HR, administrators)")
    @APIResponse(responseCode = "201", description = "Recorded; the answer is the candidate with the new fit")
    public Response rate(@PathParam("id") long id, RatingsBody body) {
        RatingsBody ratings = HiringRequests.present(body);
        interviews.record(id, HiringRequests.version(ratings.version()), ratings.form());
        return Response.status(Response.Status.CREATED).entity(candidates.get(id)).build();
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move the candidate in the pipeline (HR, administrators)",
            description = "new → screening → interview → offer; rejected or withdrawn from any of them; hired only"
                    + " through /hire; outcomes are final.")
    public CandidateView transition(@PathParam("id") long id, TransitionBody body) {
        TransitionBody transition = HiringRequests.present(body);
        candidates.transition(id, HiringRequests.version(transition.version()), transition.stage(), transition.on(),
                transition.note());
        return candidates.get(id);
    }

    @POST
    @Path("{id}/hire")
    @Operation(summary = "Hire a candidate with an offer (HR, administrators)",
            description = "Creates the employee in the vacancy's team and profile position, copies the interview"
                    + " ratings into their evidence, optionally creates an agent account (its password is in the"
                    + " answer this once) and starts onboarding.")
    public HireResult hire(@PathParam("id") long id, HireBody body) {
        HireBody hire = HiringRequests.present(body);
        return hires.hire(id, HiringRequests.version(hire.version()), hire.form());
    }

    @POST
    @Path("{id}/anonymise")
    @Operation(summary = "Anonymise a rejected or withdrawn candidate (HR, administrators)")
    public CandidateView anonymise(@PathParam("id") long id, VersionBody body) {
        anonymisation.anonymise(id, HiringRequests.version(HiringRequests.present(body).version()));
        return candidates.get(id);
    }

    @POST
    @Path("anonymise-expired")
    @Operation(summary = "Run the retention now (administrators): anonymise candidates past the retention period")
    public Map<String, Integer> anonymiseExpired() {
        return Map.of("anonymised", anonymisation.anonymiseExpiredNow());
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (HR, administrators): the body is the file, ?name= its name",
            description = "pdf, doc, docx, rtf, txt, jpg, png; at most 10 MB.")
    @APIResponse(responseCode = "201", description = "Attached")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        long attachmentId = attachments.add(id, name, readLimited(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(attachmentId)).build())
                .entity(candidates.get(id)).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment, as a file")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentDownload file = attachments.download(id, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Delete an attachment (HR, administrators)")
    public CandidateView remove(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.remove(id, attachmentId);
        return candidates.get(id);
    }

    /** Reads at most one byte more than allowed, so an oversized upload is refused without being held whole. */
    private static byte[] readLimited(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            return body.readNBytes(CandidateAttachment.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
