package ru.navyk.api.hiring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import ru.navyk.api.hiring.HiringRequests.VacancyBody;
import ru.navyk.api.hiring.HiringRequests.VersionBody;
import ru.navyk.application.hiring.CandidateService;
import ru.navyk.application.hiring.HiringViews.CandidateSummary;
import ru.navyk.application.hiring.HiringViews.Comparison;
import ru.navyk.application.hiring.HiringViews.VacancyView;
import ru.navyk.application.hiring.VacancyService;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.domain.hiring.VacancyStatus;

/**
 * Vacancies. HR and administrators see and change all; a manager reads those of the teams they manage (and those
 * they are the hiring manager of); to anyone else, and for vacancies out of a manager's scope, every call answers
 * 404 exactly as for a missing one.
 */
@Path("vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Vacancies", description = "Openings for a job profile in a team, and their ranked candidates")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class VacancyResource {

    @Inject
    private VacancyService vacancies;

    @Inject
    private CandidateService candidates;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "The vacancies the caller may see, newest first, a page at a time")
    public Page<VacancyView> search(@QueryParam("q") String text, @QueryParam("status") VacancyStatus status,
                                    @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("max") @DefaultValue("50") int max) {
        return vacancies.search(text, status, Math.max(0, first), Math.max(1, Math.min(max, 500)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One vacancy")
    @APIResponse(responseCode = "404", description = "No such vacancy, or the caller may not see it")
    public VacancyView get(@PathParam("id") long id) {
        return vacancies.get(id);
    }

    @POST
    @Operation(summary = "Open a vacancy from a job profile's current version (HR, administrators)")
    @APIResponse(responseCode = "201", description = "Created; Location names the vacancy")
    public Response open(VacancyBody body) {
        long id = vacancies.open(HiringRequests.present(body).form());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(vacancies.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change team, openings, hiring manager or note (HR, administrators)")
    @APIResponse(responseCode = "409", description = "The version is stale")
    public VacancyView update(@PathParam("id") long id, VacancyBody body) {
        VacancyBody vacancy = HiringRequests.present(body);
        vacancies.update(id, HiringRequests.version(vacancy.version()), vacancy.form());
        return vacancies.get(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a vacancy (HR, administrators)")
    public VacancyView close(@PathParam("id") long id, VersionBody body) {
        vacancies.close(id, HiringRequests.version(HiringRequests.present(body).version()));
        return vacancies.get(id);
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a vacancy (HR, administrators)")
    public VacancyView reopen(@PathParam("id") long id, VersionBody body) {
        vacancies.reopen(id, HiringRequests.version(HiringRequests.present(body).version()));
        return vacancies.get(id);
    }

    @GET
    @Path("{id}/candidates")
    @Operation(summary = "The vacancy's candidates ranked by fit, with the fit of each",
            description = "Formal requirements met first, then the score, then fewer unchecked items.")
    public List<CandidateSummary> candidates(@PathParam("id") long id) {
        return candidates.ranked(id);
    }

    @GET
    @Path("{id}/comparison")
    @Operation(summary = "The vacancy's candidates side by side, item by item of the profile")
    public Comparison comparison(@PathParam("id") long id) {
        return candidates.comparison(id);
    }
}
