package ru.navyk.api.people;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.people.PeopleRequests.TeamBody;
import ru.navyk.api.people.PeopleRequests.VersionBody;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.application.people.TeamForm;
import ru.navyk.application.people.TeamService;

/** Teams: everyone logged in may read them (names are not personal data); administrators change them. */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Teams", description = "Teams and their place in the organisation")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class TeamResource {

    @Inject
    private TeamService teams;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "Teams, a page at a time", description = "Deactivated teams only for administrators.")
    public Page<TeamView> search(
            @Parameter(description = "Part of the name") @QueryParam("q") String text,
            @Parameter(description = "Include deactivated teams (administrators)")
            @QueryParam("inactive") @DefaultValue("false") boolean inactive,
            @Parameter(description = "Rows to skip") @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "Rows to answer, 1 to 500") @QueryParam("max") @DefaultValue("50") int max) {
        return teams.search(text, inactive, Bodies.first(first), Bodies.max(max));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team")
    public TeamView get(@PathParam("id") long id) {
        return teams.get(id);
    }

    @POST
    @Operation(summary = "Create a team (administrators)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new team")
    public Response create(TeamForm form) {
        long id = teams.create(Bodies.present(form));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(teams.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a team (administrators)")
    @APIResponse(responseCode = "409", description = "The version is stale: someone else changed the team")
    public TeamView update(@PathParam("id") long id, TeamBody body) {
        TeamBody team = Bodies.present(body);
        teams.update(id, Bodies.required("version", team.version()), team.form());
        return teams.get(id);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate an empty team (administrators)")
    public TeamView deactivate(@PathParam("id") long id, VersionBody body) {
        teams.setActive(id, Bodies.required("version", Bodies.present(body).version()), false);
        return teams.get(id);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a team (administrators)")
    public TeamView reactivate(@PathParam("id") long id, VersionBody body) {
        teams.setActive(id, Bodies.required("version", Bodies.present(body).version()), true);
        return teams.get(id);
    }
}
