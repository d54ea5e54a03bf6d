package ru.navyk.api.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.training.TrainingRequestService;
import ru.navyk.application.training.TrainingViews.TrainingRequestView;

/** Training requests raised by changes (managers, HR, administrators). */
@Path("training/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Training")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class TrainingRequestResource {

    @Inject
    private TrainingRequestService requests;

    @GET
    @Operation(summary = "Recent requests with the people the caller may see and what covers the items")
    public List<TrainingRequestView> list() {
        return requests.list();
    }

    @POST
    @Operation(summary = "Raise a request for everyone whose current job profile requires any of the items")
    public Response create(TrainingBodies.RequestBody body) {
        TrainingBodies.RequestBody b = TrainingBodies.present(body);
        long id = requests.requestTrainingFor(b.itemIds(), b.reason(), b.source());
        return Response.status(Response.Status.CREATED).entity(requests.list().stream()
                .filter(r -> r.id() == id).findFirst().orElse(null)).build();
    }
}
