package ru.navyk.api.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.notification.NotificationService;
import ru.navyk.application.notification.NotificationService.NotificationView;

/** The caller's inbox: nobody reaches another person's notifications. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Notifications")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class NotificationResource {

    @Inject
    private NotificationService notifications;

    @GET
    @Operation(summary = "The caller's newest notifications, unread first")
    public List<NotificationView> mine() {
        return notifications.mine();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }
}
