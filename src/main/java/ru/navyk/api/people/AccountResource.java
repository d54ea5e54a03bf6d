package ru.navyk.api.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.people.PeopleRequests.RolesBody;
import ru.navyk.api.people.PeopleRequests.VersionBody;
import ru.navyk.api.people.PeopleResponses.NewPassword;
import ru.navyk.application.people.AccountService;
import ru.navyk.application.people.PeopleViews.AccountView;

/**
 * Accounts, for administrators only (every other role answers 403). Accounts are created on their person:
 * {@code POST /api/people/{id}/account}.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts", description = "Logins, roles, passwords and lockout (administrators)")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class AccountResource {

    @Inject
    private AccountService accounts;

    @GET
    @Path("{id}")
    @Operation(summary = "One account: roles, whether it is active or locked, last login; never a password")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles", description = "Administrators cannot drop their own ADMIN.")
    public AccountView setRoles(@PathParam("id") long id, RolesBody body) {
        RolesBody roles = Bodies.present(body);
        accounts.setRoles(id, Bodies.required("version", roles.version()), roles.roleSet());
        return accounts.get(id);
    }

    @POST
    @Path("{id}/reset-password")
    @Operation(summary = "Set a new random password and unlock the account; the password is in the answer this once")
    public NewPassword resetPassword(@PathParam("id") long id) {
        return new NewPassword(accounts.resetPassword(id));
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift a lockout after repeated failed logins")
    public AccountView unlock(@PathParam("id") long id) {
        accounts.unlock(id);
        return accounts.get(id);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Stop an account from logging in (with passwords or tokens); administrators cannot stop their own")
    public AccountView deactivate(@PathParam("id") long id, VersionBody body) {
        accounts.setActive(id, Bodies.required("version", Bodies.present(body).version()), false);
        return accounts.get(id);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Let a deactivated account log in again")
    public AccountView reactivate(@PathParam("id") long id, VersionBody body) {
        accounts.setActive(id, Bodies.required("version", Bodies.present(body).version()), true);
        return accounts.get(id);
    }
}
