package ru.navyk.api.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import ru.navyk.testsupport.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * Derby's online backup through {@code POST /api/backup}, as docs/deployment.md tells an operator to take it: only
 * administrators, a complete database copy in a new folder while the portal keeps serving; on PostgreSQL a
 * 400 that points to pg_dump.
 */
class BackupApiIT {

    private final PortalServer portal = PortalServer.get();

    @Test
    void anAdministratorBacksUpTheRunningDerbyDatabase() {
        Api admin = Api.basic(portal, "admin", PortalServer.ADMIN_PASSWORD);
        Api.Reply reply = admin.post("/api/backup", null);

        if (TestDatabase.isPostgresql()) {
            JsonNode refused = reply.expect(400);
            assertEquals("backup.notDerby", refused.get("code").asString());
            return;
        }
        Path copy = Path.of(reply.expect(200).get("folder").asString());
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")), "a Derby database in " + copy);
        assertTrue(Files.isDirectory(copy.resolve("seg0")), "with its data files: " + copy);
        assertEquals(200, admin.get("/api/me").status(), "the portal keeps serving");
    }

    @Test
    void onlyAdministratorsMayBackUp() {
        Api supervisor = Api.basic(portal, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
        Api anonymous = Api.anonymous(portal);

        assertEquals(403, supervisor.post("/api/backup", null).status());
        int refused = anonymous.post("/api/backup", null).status();
        assertTrue(refused == 401 || refused == 403, "anonymous: " + refused);
    }
}
