package ru.navyk.api.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest answer the portal's API can give: no database, no session, no caller. The benchmarks measure it under
 * the same load as the real views, as the ceiling the server itself sets (docs/performance.md, "Floor"); monitors may
 * use it to see that the API is up.
 */
@Path("ping")
@ApplicationScoped
@Tag(name = "System", description = "The portal itself")
public class PingResource {

    @GET
    @Operation(summary = "Answers 204 without touching the database or a session")
    @APIResponse(responseCode = "204", description = "The API is answering")
    public Response ping() {
        return Response.noContent().build();
    }
}
