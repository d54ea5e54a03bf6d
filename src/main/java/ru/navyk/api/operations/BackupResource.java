package ru.navyk.api.operations;

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
import ru.navyk.application.operations.BackupService;

/** Derby's online backup, for administrators of a single-site installation (docs/deployment.md). */
@Path("backup")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Operations")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class BackupResource {

    @Inject
    private BackupService backups;

    /** Where the copy of the database is, on the portal's machine. */
    public record Backup(String folder) {
    }

    @POST
    @Operation(summary = "Back up the embedded Derby database now, while the portal runs (administrators; 400 on"
            + " PostgreSQL, which is backed up with pg_dump)")
    public Backup backup() {
        return new Backup(backups.backupNow().toString());
    }
}
