package ru.navyk.api.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.profile.JobProfileService;
import ru.navyk.application.profile.JobProfileViews.JobProfileSummary;
import ru.navyk.application.profile.JobProfileViews.JobProfileVersionView;

/** Job profiles: everyone logged in may read them (they describe positions, not people). */
@Path("job-profiles")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Job profiles", description = "Positions of the centre and what they require on the competency model")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class JobProfileResource {

    @Inject
    private JobProfileService profiles;

    @GET
    @Operation(summary = "All job profiles with their current version")
    public List<JobProfileSummary> list() {
        return profiles.list();
    }

    @GET
    @Path("versions/{versionId}")
    @Operation(summary = "One version of a job profile with its required proficiency per item")
    public JobProfileVersionView version(@PathParam("versionId") long versionId) {
        return profiles.version(versionId);
    }
}
