package ru.navyk.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.Http;
import ru.navyk.testsupport.LoginPage;
import ru.navyk.testsupport.Nginx;
import ru.navyk.testsupport.PortalServer;
import ru.navyk.testsupport.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * Two Payara Micro nodes on one PostgreSQL database, clustered through Payara's Hazelcast data grid on 127.0.0.1,
 * behind nginx: a user who acknowledged a change keeps their session and the acknowledgement when the node that served
 * them is killed with {@code kill -9}; reminders go out once, not once per node; a change made on one node is seen
 * on the other, the competency-model cache included; a scheduled job runs once per cluster, not once per node. Both
 * nodes start at the same moment on an empty database, so start-up work (migration, model import, first
 * administrator, demo) is also checked for races.
 */
@Tag("postgresql-only")
@Tag("cluster")
class ClusterIT {

    private static final String DATABASE = "navyk_cluster";
    /** Source of the old import attempts the retention test seeds. */
    private static final String SEEDED = "cluster-it";
    private static final Duration JOB_INTERVAL = Duration.ofSeconds(4);
    private static final String CLUSTER_NAME = "navyk-it-" + UUID.randomUUID().toString().substring(0, 8);

    private static final int[] DATA_GRID_PORTS = {freePort(), freePort()};
    private static final PortalServer[] nodes = new PortalServer[2];
    private static Nginx nginx;
    private static Path itDir;

    @BeforeAll
    static void startCluster() {
        itDir = Path.of(System.getProperty("navyk.it.dir", "target/it")).resolve("cluster");
        CompletableFuture<PortalServer> a = CompletableFuture.supplyAsync(() -> launch(0, false));
        CompletableFuture<PortalServer> b = CompletableFuture.supplyAsync(() -> launch(1, false));
        nodes[0] = a.join();
        nodes[1] = b.join();
        nginx = Nginx.start(itDir.resolve("nginx"), List.of(nodes));
    }

    @AfterAll
    static void stopCluster() {
        if (nginx != null) {
            nginx.stop();
        }
        for (PortalServer node : nodes) {
            if (node != null) {
                node.stop();
            }
        }
    }

    /** Node i of the cluster; {@code modelFolder} (or the model in the WAR when null) is what it imports. */
    private static PortalServer launch(int i, boolean restart) {
        return launch(i, restart, null);
    }

    private static PortalServer launch(int i, boolean restart, Path modelFolder) {
        String name = "node-" + (char) ('a' + i);
        String members = "127.0.0.1:" + DATA_GRID_PORTS[0] + ",127.0.0.1:" + DATA_GRID_PORTS[1];
        PortalServer.Launch launch = PortalServer.launch("cluster-" + name).demo(true)
                .environment(TestDatabase.postgresqlEnvironment(DATABASE))
                .environment(Map.of("NAVYK_NODE_NAME", name,
                        "NAVYK_JOBS_POLL", "PT1S",
                        "NAVYK_JOBS_RETENTION_CLEANUP_INTERVAL", JOB_INTERVAL.toString()))
                // --nohostaware: both members share 127.0.0.1, and host-aware partitioning would keep no backups there.
                .options(List.of("--name", name, "--clustername", CLUSTER_NAME, "--interfaces", "127.0.0.1",
                        "--clustermode", "tcpip:" + members, "--startport", String.valueOf(DATA_GRID_PORTS[i]),
                        "--nohostaware"))
                .startupTimeout(Duration.ofMinutes(8));
        if (modelFolder != null) {
            launch.environment(Map.of("NAVYK_MODEL_SOURCE", modelFolder.toAbsolutePath().toString()));
        }
        return (restart ? launch.keepData() : launch).start();
    }

    @Test
    void anAgentWhoAcknowledgedAChangeCarriesOnAtTheOtherNodeWhenTheirNodeIsKilled() throws Exception {
        long obligation = openObligationWithoutQuiz(DemoAccounts.AGENT);
        WebDriver browser = Browser.open();
        int killed = -1;
        try {
            LoginPage login = new LoginPage(browser, nginx::uri);
            login.logInAs(DemoAccounts.AGENT, DemoAccounts.PASSWORD);
            String reading = "/kb/read.xhtml?id=" + obligation;
            browser.get(nginx.uri(reading).toString());
            Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("acknowledge:submit")))
                    .click();
            Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("acknowledged")));
            int servedBy = nodeServing(nginx.lastNodePortFor("/kb/read.xhtml"));

            // kill -9: no shutdown, no goodbye to the data grid; the session lives on in the other member's backup.
            nodes[servedBy].kill();
            killed = servedBy;
            browser.get(nginx.uri(reading).toString());

            Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("acknowledged")));
            assertFalse(browser.getCurrentUrl().contains("login.xhtml"), "still logged in: " + browser.getCurrentUrl());
            assertEquals(1 - servedBy, nodeServing(nginx.lastNodePortFor("/kb/read.xhtml")),
                    "the other node served the page");
            browser.get(nginx.uri("/me/index.xhtml").toString());
            Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("me-username"), DemoAccounts.AGENT));
            try (Connection db = TestDatabase.connectPostgresql(DATABASE)) {
                assertEquals(1, count(db, "SELECT COUNT(*) FROM kb_acknowledgement WHERE obligation_id = "
                        + obligation), "the acknowledgement is stored once");
            }

            // The killed node comes back with changed model files and imports version 2; the node that kept
            // running has version 1 cached and must serve version 2 at its next request.
            Path model = changedModel();
            nodes[servedBy] = launch(servedBy, true, model);
            killed = -1;
            String page = Http.get(nodes[1 - servedBy].uri("/model/generalized.xhtml?code=A"), "text/html").body();
            assertTrue(page.contains(MODEL_MARK), "the running node serves the model the other node imported");
        } finally {
            browser.quit();
            if (killed >= 0) {
                nodes[killed] = launch(killed, true);
            }
        }
    }

    /**
     * Both nodes check the jobs every second from their start; the acknowledgement reminders (hourly) therefore ran
     * exactly once for the cluster, and that run sent each due reminder once: one inbox message per reminder row.
     */
    @Test
    void oneReminderRunSentOneSetOfReminders() throws SQLException {
        try (Connection db = TestDatabase.connectPostgresql(DATABASE)) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM scheduled_job_run WHERE job_name = 'knowledge-reminders'"
                    + " AND outcome = 'SUCCEEDED'"), "one run for both nodes");
            long reminders = count(db, "SELECT COUNT(*) FROM kb_reminder");
            assertTrue(reminders > 0, "the demo's overdue acknowledgements were reminded");
            assertEquals(reminders, count(db, "SELECT COUNT(*) FROM notification"
                    + " WHERE link LIKE '/kb/read.xhtml?article=%'"), "one inbox message per reminder");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT recipient_id, subject, link FROM notification"
                    + " WHERE link LIKE '/kb/read.xhtml?article=%' GROUP BY recipient_id, subject, link"
                    + " HAVING COUNT(*) > 1) twice"), "nobody got the same reminder twice");
        }
    }

    /** The id of an open obligation of the demo account {@code username} that needs no quiz. */
    private static long openObligationWithoutQuiz(String username) {
        Api caller = Api.basic(nodes[0], username, DemoAccounts.PASSWORD);
        for (JsonNode open : caller.get("/api/kb/obligations").expect(200)) {
            if (!open.get("hasQuiz").asBoolean()) {
                return open.get("id").asLong();
            }
        }
        throw new AssertionError(username + " has no open obligation without a quiz");
    }

    @Test
    void aChangeMadeOnOneNodeIsSeenOnTheOther() {
        String name = "Кластерная группа " + UUID.randomUUID().toString().substring(0, 6);
        Api onA = Api.basic(nodes[0], DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        Api onB = Api.basic(nodes[1], DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

        long id = onA.post("/api/teams", Api.object("name", name)).expect(201).get("id").asLong();

        assertEquals(name, onB.get("/api/teams/" + id).expect(200).get("name").asString());
    }

    @Test
    void startingTogetherOnAnEmptyDatabaseDidEverythingOnce() throws SQLException {
        try (Connection db = TestDatabase.connectPostgresql(DATABASE)) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM account WHERE username = 'admin'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM model_import_attempt WHERE outcome = 'IMPORTED'"
                    + " AND version_number = 1"));
            assertEquals(43, count(db, "SELECT COUNT(*) FROM person WHERE email LIKE '%@demo.navyk.ru'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM model_import_attempt WHERE outcome = 'FAILED'"
                    + " AND source <> '" + SEEDED + "'"), "no node failed to import (rows this class seeds aside)");
        }
    }

    @Test
    void theRetentionJobRunsOncePerIntervalForTheWholeCluster() throws Exception {
        Instant old = Instant.now().minus(Duration.ofDays(200));
        try (Connection db = TestDatabase.connectPostgresql(DATABASE)) {
            for (String outcome : List.of("UNCHANGED", "UNCHANGED", "FAILED")) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO model_import_attempt"
                        + " (attempted_at, outcome, source, message) VALUES (?, ?, '" + SEEDED + "', 'seeded')")) {
                    insert.setTimestamp(1, Timestamp.from(old));
                    insert.setString(2, outcome);
                    insert.executeUpdate();
                }
            }
            Instant deadline = Instant.now().plus(JOB_INTERVAL.multipliedBy(4));
            while (count(db, "SELECT COUNT(*) FROM model_import_attempt WHERE source = '" + SEEDED + "'"
                    + " AND outcome = 'UNCHANGED'") > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            assertEquals(0, count(db, "SELECT COUNT(*) FROM model_import_attempt WHERE source = '" + SEEDED + "'"
                    + " AND outcome = 'UNCHANGED'"), "old unchanged import attempts are deleted");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM model_import_attempt WHERE source = '" + SEEDED + "'"
                    + " AND outcome = 'FAILED'"), "a failed attempt stays as history");

            Thread.sleep(JOB_INTERVAL.multipliedBy(3).toMillis());
            List<Instant> starts = new ArrayList<>();
            List<String> runNodes = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("SELECT started_at, node FROM scheduled_job_run"
                    + " WHERE job_name = 'retention-cleanup' AND outcome = 'SUCCEEDED' ORDER BY started_at");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    starts.add(rows.getTimestamp(1).toInstant());
                    runNodes.add(rows.getString(2));
                }
            }
            assertTrue(starts.size() >= 3, "the job ran in several periods: " + starts);
            for (int i = 1; i < starts.size(); i++) {
                Duration gap = Duration.between(starts.get(i - 1), starts.get(i));
                assertTrue(gap.compareTo(JOB_INTERVAL.minusMillis(200)) >= 0,
                        "two runs within one interval, on " + runNodes.get(i - 1) + " and " + runNodes.get(i)
                                + ": " + gap);
            }
            long logged = Stream.of(nodes).mapToLong(ClusterIT::loggedRuns).sum();
            assertTrue(logged >= starts.size(), "each run is in the log of the node that ran it");
        }
    }

    private static final String MODEL_MARK = "(редакция кластера)";

    private static Path changedModel() throws IOException {
        Path target = itDir.resolve("model-v2");
        Path source = Path.of("competency-model");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!Files.exists(copy)) {
                    Files.copy(file, copy);
                }
            }
        }
        Path a = target.resolve("functions/A.yaml");
        String text = Files.readString(a, StandardCharsets.UTF_8);
        String name = "name: \"Обработка обращений клиентов по дистанционным каналам коммуникации\"";
        assertTrue(text.contains(name), "the model file still has the name this test changes");
        Files.writeString(a, text.replace(name, name.substring(0, name.length() - 1) + " " + MODEL_MARK + "\""),
                StandardCharsets.UTF_8);
        return target;
    }

    private static long loggedRuns(PortalServer node) {
        try {
            Matcher matcher = Pattern.compile("Scheduled job 'retention-cleanup' ran on node")
                    .matcher(Files.readString(node.log(), StandardCharsets.UTF_8));
            return matcher.results().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int nodeServing(int port) {
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].port() == port) {
                return i;
            }
        }
        throw new AssertionError("no node listens on " + port);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
