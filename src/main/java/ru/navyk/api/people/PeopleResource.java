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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.people.PeopleRequests.AccountBody;
import ru.navyk.api.people.PeopleRequests.PersonUpdate;
import ru.navyk.api.people.PeopleRequests.PositionBody;
import ru.navyk.api.people.PeopleRequests.TeamMoveBody;
import ru.navyk.api.people.PeopleRequests.TrainingBody;
import ru.navyk.api.people.PeopleRequests.VersionBody;
import ru.navyk.api.people.PeopleResponses.NewAccount;
import ru.navyk.application.people.AccountService;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.application.people.PeopleViews.PersonSummary;
import ru.navyk.application.people.PeopleViews.PersonView;
import ru.navyk.application.people.PersonForm;

/**
 * People. Everyone sees only whom the access policy lets them see (themselves; a manager their teams; a mentor their
 * trainees; HR and administrators everyone); a person the caller may not see answers 404 exactly like one that does
 * not exist. Changes are for HR and administrators, accounts for administrators.
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "People", description = "Employees, their positions, teams and training")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class PeopleResource {

    @Inject
    private PeopleService people;

    @Inject
    private AccountService accounts;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "The people the caller may see, a page at a time",
            description = "Deactivated people are listed only for HR and administrators who ask for them.")
    public Page<PersonSummary> search(
            @Parameter(description = "Part of the name, e-mail or personnel number") @QueryParam("q") String text,
            @Parameter(description = "Only the current members of this team") @QueryParam("teamId") Long teamId,
            @Parameter(description = "Include deactivated people (HR, administrators)")
            @QueryParam("inactive") @DefaultValue("false") boolean inactive,
            @Parameter(description = "Rows to skip") @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "Rows to answer, 1 to 500") @QueryParam("max") @DefaultValue("50") int max) {
        return people.search(text, teamId, inactive, Bodies.first(first), Bodies.max(max));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person", description = "The account is included for administrators.")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "No such person, or the caller may not see them")
    public PersonView get(@PathParam("id") long id) {
        return people.get(id);
    }

    @POST
    @Operation(summary = "Hire a person (HR, administrators)",
            description = "Position title is required; the position and team start on the hire date.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new person")
    @APIResponse(responseCode = "400", description = "A field is refused: {field, code, message}")
    public Response create(PersonForm form) {
        long id = people.create(Bodies.present(form));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(people.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a person's data (HR, administrators)")
    @APIResponse(responseCode = "200", description = "The person as changed")
    @APIResponse(responseCode = "409", description = "The version is stale: someone else changed the person")
    public PersonView update(@PathParam("id") long id, PersonUpdate body) {
        PersonUpdate update = Bodies.present(body);
        people.update(id, Bodies.required("version", update.version()), update.form());
        return people.get(id);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a person and their account (HR, administrators); nothing is deleted")
    public PersonView deactivate(@PathParam("id") long id, VersionBody body) {
        people.deactivate(id, Bodies.required("version", Bodies.present(body).version()));
        return people.get(id);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a person (HR, administrators); their account stays deactivated")
    public PersonView reactivate(@PathParam("id") long id, VersionBody body) {
        people.reactivate(id, Bodies.required("version", Bodies.present(body).version()));
        return people.get(id);
    }

    @POST
    @Path("{id}/positions")
    @Operation(summary = "Start a new position (HR, administrators); the current one ends the day before")
    public PersonView assignPosition(@PathParam("id") long id, PositionBody body) {
        PositionBody position = Bodies.present(body);
        Bodies.naming(Map.of("positionTitle", "title", "positionFrom", "from"),
                () -> people.assignPosition(id, position.title(), position.qualificationLevel(), position.from()));
        return people.get(id);
    }

    @POST
    @Path("{id}/team")
    @Operation(summary = "Move a person to a team (HR, administrators)")
    public PersonView moveToTeam(@PathParam("id") long id, TeamMoveBody body) {
        TeamMoveBody move = Bodies.present(body);
        Bodies.naming(Map.of("teamFrom", "from"),
                () -> people.moveToTeam(id, Bodies.required("teamId", move.teamId()), move.from()));
        return people.get(id);
    }

    @POST
    @Path("{id}/trainings")
    @Operation(summary = "Record a completed training (HR, administrators)")
    public PersonView addTraining(@PathParam("id") long id, TrainingBody body) {
        TrainingBody training = Bodies.present(body);
        Bodies.naming(Map.of("trainingKind", "kind", "trainingTitle", "title", "trainingCompletedOn", "completedOn"),
                () -> people.addTraining(id, training.kind(), training.title(), training.completedOn(),
                        training.hours()));
        return people.get(id);
    }

    @POST
    @Path("{id}/account")
    @Operation(summary = "Give a person an account (administrators)",
            description = "Without a password one is generated. The answer carries the first password this once.")
    @APIResponse(responseCode = "201", description = "Created; Location names the account")
    public Response createAccount(@PathParam("id") long id, AccountBody body) {
        AccountBody account = Bodies.present(body);
        String password = accounts.createAccount(id, account.username(), account.roleSet(), account.password());
        NewAccount created = new NewAccount(people.get(id).account(), password);
        return Response.created(uriInfo.getBaseUriBuilder().path("accounts")
                .path(String.valueOf(created.account().id())).build()).entity(created).build();
    }
}
