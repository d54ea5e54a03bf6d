package ru.navyk.api.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.notification.MailOutboxService;

/** The e-mail outbox, for administrators. */
@Path("mail/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Notifications")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class MailOutboxResource {

    @Inject
    private MailOutboxService outbox;

    @POST
    @Path("send")
    @Operation(summary = "Send the pending e-mail now (administrators; the portal also does it every minute);"
            + " busy=true when the scheduled job was sending at that moment")
    public MailOutboxService.SendResult send() {
        return outbox.sendNow();
    }
}
