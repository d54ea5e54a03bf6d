package ru.navyk.api.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.people.PeopleRequests.TokenBody;
import ru.navyk.api.people.PeopleResponses.Me;
import ru.navyk.api.people.PeopleResponses.MyPerson;
import ru.navyk.api.people.PeopleResponses.NewToken;
import ru.navyk.application.people.AccountService;
import ru.navyk.application.people.AccountService.IssuedToken;
import ru.navyk.application.people.AccountService.TokenView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.shared.NotFoundException;

/** The caller: who they are, and their personal API tokens (each caller sees and revokes only their own). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Me", description = "The current user and their personal API tokens")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class MeResource {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PeopleService people;

    @Inject
    private AccountService accounts;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "The current user: username, roles, their person (if any) and language")
    public Me me() {
        Viewer viewer = currentUser.viewer();
        MyPerson person = viewer.personId() == null ? null : MyPerson.of(people.get(viewer.personId()));
        return new Me(viewer.username(), viewer.roles().stream().sorted(Comparator.naturalOrder()).toList(),
                viewer.personId(), person, accounts.own().language());
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's personal tokens, newest first; never the tokens themselves")
    public List<TokenView> tokens() {
        return accounts.ownTokens();
    }

    @GET
    @Path("tokens/{id}")
    @Operation(summary = "One of the caller's tokens")
    @APIResponse(responseCode = "404", description = "No such token among the caller's own")
    public TokenView token(@PathParam("id") long id) {
        return accounts.ownTokens().stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("ApiToken"));
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create a personal token", description = "Use it as 'Authorization: Bearer <token>'. The"
            + " answer carries the token this once; only its hash is kept.")
    @APIResponse(responseCode = "201", description = "Created; the body holds the token")
    public Response createToken(TokenBody body) {
        TokenBody request = Bodies.present(body);
        IssuedToken issued = Bodies.naming(Map.of("tokenName", "name"), () -> accounts.issueToken(request.name()));
        TokenView view = issued.view();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .entity(new NewToken(view.id(), view.name(), view.prefix(), view.createdAt(), issued.token()))
                .build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens; it never works again")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such token among the caller's own")
    public void revokeToken(@PathParam("id") long id) {
        accounts.revokeToken(id);
    }
}
