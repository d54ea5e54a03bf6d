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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.people.PeopleRequests.DepartmentBody;
import ru.navyk.application.people.PeopleViews.DepartmentView;
import ru.navyk.application.people.TeamService;
import ru.navyk.domain.shared.NotFoundException;

/** Departments: everyone logged in may read the active ones; administrators create them. */
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Teams")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class DepartmentResource {

    @Inject
    private TeamService teams;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "The active departments")
    public List<DepartmentView> list() {
        return teams.departments();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One active department")
    public DepartmentView get(@PathParam("id") long id) {
        return teams.departments().stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Department"));
    }

    @POST
    @Operation(summary = "Create a department (administrators)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new department")
    public Response create(DepartmentBody body) {
        DepartmentBody department = Bodies.present(body);
        long id = teams.createDepartment(department.name(), department.parentId(), department.headId());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(get(id)).build();
    }
}
