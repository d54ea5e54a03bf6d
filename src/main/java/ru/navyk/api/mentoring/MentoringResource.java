package ru.navyk.api.mentoring;

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
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.mentoring.EffectivenessService;
import ru.navyk.application.mentoring.LogForm;
import ru.navyk.application.mentoring.MentorLogService;
import ru.navyk.application.mentoring.MentoringViews.EffectivenessView;
import ru.navyk.application.mentoring.MentoringViews.FeedbackChoice;
import ru.navyk.application.mentoring.MentoringViews.ItemChoice;
import ru.navyk.application.mentoring.MentoringViews.LogEntryView;
import ru.navyk.application.mentoring.MentoringViews.ProgressView;
import ru.navyk.application.mentoring.MentoringViews.TraineeView;
import ru.navyk.application.mentoring.ProgressService;

/** The mentor's log, a trainee's progress, feedback and effectiveness; a mentor reaches only their trainees. */
@Path("mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Mentoring", description = "Mentor's log, progress toward the job profile, feedback, effectiveness")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class MentoringResource {

    @Inject
    private MentorLogService log;

    @Inject
    private ProgressService progress;

    @Inject
    private EffectivenessService effectiveness;

    /** A trainee's rating of a mentorship's mentor. */
    public record FeedbackBody(Integer rating, String comment) {
    }

    @GET
    @Path("trainees")
    @Operation(summary = "The caller's trainees today, with progress")
    public List<TraineeView> trainees() {
        return log.myTrainees();
    }

    @POST
    @Path("log")
    @Operation(summary = "Log a session (mentor of a mentorship running that day)",
            description = "ratings: item code → 0–3 on the portal's proficiency scale; they become evidence.")
    public Response logSession(LogForm form) {
        if (form == null) {
            throw new BadRequestException();
        }
        long id = log.log(form);
        LogEntryView entry = log.entriesOf(form.traineeId()).stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow();
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    @GET
    @Path("log")
    @Operation(summary = "A trainee's log, newest first")
    public List<LogEntryView> entries(@QueryParam("trainee") long traineeId) {
        return log.entriesOf(traineeId);
    }

    @GET
    @Path("items")
    @Operation(summary = "Items a mentor may rate for the trainee, recently worked on first")
    public List<ItemChoice> items(@QueryParam("trainee") long traineeId) {
        return log.choicesFor(traineeId);
    }

    @GET
    @Path("progress")
    @Operation(summary = "Progress toward the job profile: now, per labor function and item, weekly since the start")
    public ProgressView progress(@QueryParam("person") long personId) {
        return progress.progressOf(personId);
    }

    @GET
    @Path("feedback")
    @Operation(summary = "The caller's mentorships as a trainee, and whether feedback is open")
    public List<FeedbackChoice> feedbackChoices() {
        return log.feedbackChoices();
    }

    @POST
    @Path("feedback/{mentorshipId}")
    @Operation(summary = "The trainee's feedback on the mentor (1–5), once, at the end of the internship")
    public Response feedback(@PathParam("mentorshipId") long mentorshipId, FeedbackBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        log.giveFeedback(mentorshipId, body.rating(), body.comment());
        return Response.noContent().build();
    }

    @GET
    @Path("effectiveness/{mentorId}")
    @Operation(summary = "A mentor's effectiveness report (the mentor: own, feedback only averaged over 3+;"
            + " HR and the mentor's managers: per trainee)")
    public EffectivenessView report(@PathParam("mentorId") long mentorId) {
        return effectiveness.reportFor(mentorId);
    }

    @GET
    @Path("effectiveness")
    @Operation(summary = "Mentors whose report the caller may open")
    public List<EffectivenessService.MentorChoice> mentors() {
        return effectiveness.mentorsInScope();
    }

}
