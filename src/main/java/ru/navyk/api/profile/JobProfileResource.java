package ru.navyk.api.profile;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.profile.ProfileRequests.CopyBody;
import ru.navyk.api.profile.ProfileRequests.DraftBody;
import ru.navyk.api.profile.ProfileRequests.NewProfileBody;
import ru.navyk.api.profile.ProfileRequests.VersionBody;
import ru.navyk.application.profile.JobProfileEditingService;
import ru.navyk.application.profile.JobProfileEditingService.VersionRow;
import ru.navyk.application.profile.JobProfileService;
import ru.navyk.application.profile.JobProfileViews.JobProfileSummary;
import ru.navyk.application.profile.JobProfileViews.JobProfileVersionView;

/**
 * Job profiles: everyone logged in may read them (they describe positions, not people); HR and administrators edit
 * them, always as a draft of the next version, never a published one.
 */
@Path("job-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Job profiles", description = "Positions of the centre and what they require on the competency model")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class JobProfileResource {

    @Inject
    private JobProfileService profiles;

    @Inject
    private JobProfileEditingService editing;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "All job profiles with their current version; q= filters by title or code")
    public List<JobProfileSummary> list(@QueryParam("q") String text) {
        return text == null || text.isBlank() ? profiles.list() : editing.search(text);
    }

    @GET
    @Path("{profileId}/versions")
    @Operation(summary = "A profile's versions, newest first")
    public List<VersionRow> history(@PathParam("profileId") long profileId) {
        return editing.history(profileId);
    }

    @POST
    @Operation(summary = "Draft a new profile from a generalized function and some of its labor functions (HR,"
            + " administrators)")
    @APIResponse(responseCode = "201", description = "The new draft version")
    public Response create(NewProfileBody body) {
        NewProfileBody profile = ProfileRequests.present(body);
        return created(editing.createFromFunction(profile.code(), profile.title(), profile.generalizedFunction(),
                profile.laborFunctions(), profile.required()));
    }

    @POST
    @Path("versions/{versionId}/copy")
    @Operation(summary = "Copy a version into a new profile's first draft (HR, administrators)")
    @APIResponse(responseCode = "201", description = "The new draft version")
    public Response copy(@PathParam("versionId") long versionId, CopyBody body) {
        CopyBody copy = body == null ? new CopyBody(null, null) : body;
        return created(editing.copy(versionId, copy.code(), copy.title()));
    }

    @POST
    @Path("{profileId}/draft")
    @Operation(summary = "Start the draft of the next version from the current one (HR, administrators)")
    @APIResponse(responseCode = "201", description = "The new draft version")
    @APIResponse(responseCode = "400", description = "The profile already has a draft")
    public Response startDraft(@PathParam("profileId") long profileId) {
        return created(editing.startDraft(profileId));
    }

    @PUT
    @Path("versions/{versionId}")
    @Operation(summary = "Save a draft (HR, administrators); a published version is refused")
    @APIResponse(responseCode = "409", description = "The version is stale: someone else saved the draft")
    public JobProfileVersionView saveDraft(@PathParam("versionId") long versionId, DraftBody body) {
        DraftBody draft = ProfileRequests.present(body);
        editing.updateDraft(versionId, ProfileRequests.version(draft.version()), draft.form());
        return profiles.version(versionId);
    }

    @POST
    @Path("versions/{versionId}/publish")
    @Operation(summary = "Publish a draft: it becomes the current version and never changes again")
    public JobProfileVersionView publish(@PathParam("versionId") long versionId, VersionBody body) {
        editing.publish(versionId, ProfileRequests.version(ProfileRequests.present(body).version()));
        return profiles.version(versionId);
    }

    @DELETE
    @Path("versions/{versionId}")
    @Operation(summary = "Discard a draft (HR, administrators); ?version= is the version it is based on")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response discardDraft(@PathParam("versionId") long versionId, @QueryParam("version") Long version) {
        editing.discardDraft(versionId, ProfileRequests.version(version));
        return Response.noContent().build();
    }

    private Response created(long versionId) {
        return Response.created(uriInfo.getBaseUriBuilder().path("job-profiles").path("versions")
                .path(String.valueOf(versionId)).build()).entity(profiles.version(versionId)).build();
    }

    @GET
    @Path("versions/{versionId}")
    @Operation(summary = "One version of a job profile with its required proficiency per item")
    public JobProfileVersionView version(@PathParam("versionId") long versionId) {
        return profiles.version(versionId);
    }
}
