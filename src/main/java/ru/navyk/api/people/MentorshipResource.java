package ru.navyk.api.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.people.MentorshipForm;
import ru.navyk.application.people.MentorshipService;
import ru.navyk.application.people.MentorshipService.MentorshipView;

/**
 * Mentorships: HR, administrators and the trainee's managers assign and end them; whoever may see the trainee may read
 * the mentorship.
 */
@Path("mentorships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "People")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class MentorshipResource {

    @Inject
    private MentorshipService mentorships;

    @Context
    private UriInfo uriInfo;

    @POST
    @Operation(summary = "Assign a mentor to a trainee (HR, administrators)",
            description = "While the mentorship runs (from … to, inclusive; no 'to' is open-ended) the mentor sees"
                    + " the trainee's records.")
    @APIResponse(responseCode = "201", description = "Created; Location names the mentorship")
    public Response create(MentorshipForm form) {
        long id = mentorships.create(Bodies.present(form));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(mentorships.get(id)).build();
    }

    /** The last day of a mentorship. */
    public record EndBody(java.time.LocalDate to) {
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End a mentorship on a day (HR, administrators, the trainee's managers)")
    public MentorshipView end(@PathParam("id") long id, EndBody body) {
        mentorships.end(id, Bodies.present(body).to());
        return mentorships.get(id);
    }

    @GET
    @Operation(summary = "Mentorships running today or later, of the trainees the caller may see")
    public java.util.List<MentorshipView> current() {
        return mentorships.current();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One mentorship")
    @APIResponse(responseCode = "404", description = "No such mentorship, or the caller may not see its trainee")
    public MentorshipView get(@PathParam("id") long id) {
        return mentorships.get(id);
    }
}
