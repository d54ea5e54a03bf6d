package ru.navyk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import ru.navyk.testsupport.TestDatabase;

/**
 * The documented move from Derby to PostgreSQL, run as an operator runs it: a portal on Derby with the demo centre
 * is stopped, the command from docs/deployment.md copies it into an empty PostgreSQL database, and the portal
 * started on PostgreSQL lets the demo users in and keeps creating records (the identity sequences moved on).
 */
@Tag("postgresql-only")
class CopyToPostgresqlIT {

    private static final String DATABASE = "navyk_copy";
    private static final List<String> TABLES = List.of("person", "account", "account_role", "team",
            "team_membership", "mentorship", "audit_entry", "competency_item", "model_import_attempt",
            // CLOB on Derby, TEXT on PostgreSQL; the rest of every feature's demo data
            "kb_article", "kb_revision", "kb_obligation", "vacancy", "candidate", "course", "probation",
            "level_decision", "evidence", "notification");

    @Test
    void aDerbyInstallationMovesToPostgresqlWithAllItsData() throws Exception {
        PortalServer onDerby = PortalServer.launch("copy-source").demo(true).start();
        onDerby.stop();
        Path derby = Path.of(System.getProperty("navyk.it.dir", "target/it")).resolve("copy-source-data/derby")
                .toAbsolutePath();

        Result copy = runCopyCommand(derby);

        assertEquals(0, copy.status(), copy.output());
        assertTrue(copy.output().contains("row counts checked, committed"), copy.output());
        try (Connection source = DriverManager.getConnection("jdbc:derby:" + derby);
             Connection target = TestDatabase.connectPostgresql(DATABASE)) {
            for (String table : TABLES) {
                long rows = count(source, table);
                assertTrue(rows > 0, table + " has demo rows to copy");
                assertEquals(rows, count(target, table), table);
            }
        } finally {
            shutDownDerby();
        }

        Result again = runCopyCommand(derby);
        assertEquals(1, again.status(), again.output());
        assertTrue(again.output().contains("not empty"), again.output());

        PortalServer onPostgresql = PortalServer.launch("copy-target").demo(false)
                .environment(TestDatabase.postgresqlEnvironment(DATABASE)).start();
        try {
            Api agent = Api.basic(onPostgresql, DemoAccounts.AGENT, DemoAccounts.PASSWORD);
            assertEquals(DemoAccounts.AGENT, agent.get("/api/me").expect(200).get("username").asString());
            Api admin = Api.basic(onPostgresql, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            String team = "После переезда " + UUID.randomUUID().toString().substring(0, 6);
            long id = admin.post("/api/teams", Api.object("name", team)).expect(201).get("id").asLong();
            assertEquals(team, admin.get("/api/teams/" + id).expect(200).get("name").asString());
        } finally {
            onPostgresql.stop();
        }
    }

    /** The command of docs/deployment.md, from the exploded WAR the build leaves beside navyk.war. */
    private static Result runCopyCommand(Path derby) throws IOException, InterruptedException {
        Path war = Path.of(System.getProperty("navyk.war", "target/navyk.war")).toAbsolutePath();
        Path exploded = war.resolveSibling("navyk");
        String classpath = exploded.resolve("WEB-INF/classes") + ":" + exploded.resolve("WEB-INF/lib") + "/*";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = Files.createTempFile(Path.of(System.getProperty("navyk.it.dir", "target/it")), "copy", ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath,
                "ru.navyk.infrastructure.persistence.CopyToPostgresql",
                "--from", "jdbc:derby:" + derby, "--to", TestDatabase.postgresqlUrl(DATABASE),
                "--to-user", System.getProperty("navyk.it.pg.user", "navyk"))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("NAVYK_DB_PASSWORD", System.getProperty("navyk.it.pg.password", ""));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the copy command did not finish within 3 minutes");
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void shutDownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as an exception (XJ015)
        }
    }
}
